/**
 * The unified cycling view: every literature row that reports a cell cycled at a stated current density,
 * from every table that declares a `cycling:` mapping (docs/authoring.md), as one flat list with the same
 * fields and units. Used by the explorer page (/literature/explorer/) and the /data/cycling.csv|json
 * exports. Pure: no Astro imports, so tests and scripts can call it.
 *
 * Units: current density in mA cm⁻², areal capacity in mAh cm⁻², temperature in °C. Cycle counts and
 * durations (h) are kept in separate fields and never converted into each other — a duration can only be
 * turned into cycles with an assumption about the cycling protocol, and the papers print what they print.
 */
import { formulaToPlain } from './formula';
import type { CyclingMap, Dataset, DatasetRow } from './schemas';
import type { ElectrolyteClass, Seed, StrategyId } from './vocabulary';

export interface CyclingRow {
	/** `${datasetId}#row-${n}`: unique, and the anchor of the row on its table page. */
	id: string;
	/** Dataset id, e.g. `seed000-table2`. */
	dataset: string;
	/** 1-based row number in the dataset (the `#row-N` anchor on the table page). */
	rowNumber: number;
	seed: Seed;
	/** "Table 2", as printed. */
	table: string;
	/** The reference as printed, e.g. "[68]"; null when none is printed. */
	ref: string | null;
	/** The strategy text (or the electrolyte when there is none), formula markup flattened. */
	label: string;
	/** mA cm⁻² */
	currentDensity: number;
	/** mAh cm⁻² */
	arealCapacity: number | null;
	/** Number of cycles, as printed. */
	cycles: number | null;
	/** Duration in h, as printed; kept distinct from cycles and never converted. */
	hours: number | null;
	/** °C */
	temperature: number | null;
	electrolyteClass: ElectrolyteClass;
	category: StrategyId;
	/** The row's note (OCR doubt or ambiguity), if any. */
	note?: string;
}

/** Column keys tried, in order, for the row label. */
const LABEL_KEYS = ['strategy', 'electrolyte'] as const;

function num(row: DatasetRow, key: string | undefined): number | null {
	if (!key) return null;
	const v = row[key];
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function labelOf(row: DatasetRow): string {
	for (const key of LABEL_KEYS) {
		const v = row[key];
		if (typeof v === 'string' && v.trim()) return formulaToPlain(v).trim();
	}
	return row.ref ?? '(unlabelled row)';
}

/**
 * One CyclingRow per dataset row that has a numeric current density under the dataset's `cycling`
 * mapping, in dataset order then row order (datasets sorted by id, so the output is stable whatever
 * order the caller passes them in). Rows without a current density are left out; missing values
 * (capacity, cycles, hours, temperature) stay null.
 */
export function buildCyclingRows(datasets: Array<{ id: string; data: Dataset }>): CyclingRow[] {
	const out: CyclingRow[] = [];
	const sorted = [...datasets].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	for (const { id, data } of sorted) {
		const map: CyclingMap | undefined = data.cycling;
		if (!map) continue;
		data.rows.forEach((row, index) => {
			const currentDensity = num(row, map.currentDensity);
			if (currentDensity === null) return;
			const electrolyteClass = row.electrolyteClass ?? data.electrolyteClass;
			// The schema guarantees one of the two; a row without would be a content error, not a point.
			if (!electrolyteClass) return;
			const rowNumber = index + 1;
			const r: CyclingRow = {
				id: `${id}#row-${rowNumber}`,
				dataset: id,
				rowNumber,
				seed: data.seed,
				table: data.table,
				ref: row.ref ?? null,
				label: labelOf(row),
				currentDensity,
				arealCapacity: num(row, map.arealCapacity),
				cycles: num(row, map.cycles),
				hours: num(row, map.hours),
				temperature: num(row, map.temperature),
				electrolyteClass,
				category: row.category,
			};
			if (row.note) r.note = row.note;
			out.push(r);
		});
	}
	return out;
}

/** The ids of the datasets that feed the cycling view (those with a `cycling` mapping). */
export function cyclingDatasetIds(datasets: Array<{ id: string; data: Dataset }>): string[] {
	return datasets
		.filter((d) => !!d.data.cycling)
		.map((d) => d.id)
		.sort();
}
