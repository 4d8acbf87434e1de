/**
 * What the interactive table page shows besides the data columns, shared by the server-rendered table
 * (components/DataTable.astro) and its island, so both agree on the column order: Ref., the data
 * columns, Category, Electrolyte class (only when the rows differ), Calculators (tables with a cycling
 * mapping that gives current density and areal capacity).
 */
import type { Column, CyclingMap, DatasetRow } from '../../src/data/schemas';

export interface DisplayColumn {
	key: string;
	/** Header text. */
	label: string;
	unit?: string;
	kind: 'ref' | 'data' | 'category' | 'class' | 'calc';
}

export interface ViewInput {
	columns: readonly Column[];
	rows: readonly DatasetRow[];
	electrolyteClass?: string;
	cycling?: CyclingMap;
}

/** The display key of the calculators column (not a data key: column keys are camelCase words). */
export const CALC_KEY = 'calculators';

export function showsClassColumn(d: ViewInput): boolean {
	return new Set(d.rows.map((r) => r.electrolyteClass ?? d.electrolyteClass)).size > 1;
}

export function hasCalculatorLinks(d: ViewInput): boolean {
	return d.rows.some((r) => calculatorValues(d, r) !== null);
}

export function displayColumns(d: ViewInput): DisplayColumn[] {
	const out: DisplayColumn[] = [{ key: 'ref', label: 'Ref.', kind: 'ref' }];
	for (const c of d.columns)
		out.push({ key: c.key, label: c.label, ...(c.unit ? { unit: c.unit } : {}), kind: 'data' });
	out.push({ key: 'category', label: 'Category', kind: 'category' });
	if (showsClassColumn(d))
		out.push({ key: 'electrolyteClass', label: 'Electrolyte class', kind: 'class' });
	if (d.columns.some((c) => c.key === CALC_KEY)) return out;
	if (hasCalculatorLinks(d)) out.push({ key: CALC_KEY, label: 'Calculators', kind: 'calc' });
	return out;
}

/** Current density (mA cm⁻²) and areal capacity (mAh cm⁻²) of a row, when its table maps both. */
export function calculatorValues(
	d: Pick<ViewInput, 'cycling'>,
	row: DatasetRow,
): { J: number; Q: number } | null {
	const map = d.cycling;
	if (!map?.arealCapacity) return null;
	const J = row[map.currentDensity];
	const Q = row[map.arealCapacity];
	if (typeof J !== 'number' || typeof Q !== 'number' || !(J > 0) || !(Q > 0)) return null;
	return { J, Q };
}

/** Six significant digits, without float noise (1/3 → 0.333333, 5/2.5 → 2). */
function short(n: number): string {
	return String(Number(n.toPrecision(6)));
}

/**
 * Query strings of the calculators for a row: Sand's time gets J and Q; the CCD calculator gets Q and
 * the C-rate J/Q (h⁻¹). Paths are without the base; wrap them in href().
 */
export function calculatorLinks(
	d: Pick<ViewInput, 'cycling'>,
	row: DatasetRow,
): { sandsTime: string; ccd: string; J: number; Q: number } | null {
	const v = calculatorValues(d, row);
	if (!v) return null;
	return {
		sandsTime: `/calculators/sands-time/?J=${short(v.J)}&Q=${short(v.Q)}`,
		ccd: `/calculators/ccd/?Q=${short(v.Q)}&crate=${short(v.J / v.Q)}`,
		...v,
	};
}
