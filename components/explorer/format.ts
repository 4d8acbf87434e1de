/**
 * Text and links for explorer rows: values with units, the cycle-life wording (cycles and hours are
 * never converted into each other), links to the source table row and to the Sand's-time calculator.
 */
import type { CyclingRow } from '../../src/data/cycling';
import { formatNumber } from '../../src/data/cells';
import { parseCiteKeys } from '../../src/data/citations';
import type { ElectrolyteClass } from '../../src/data/vocabulary';

export const CLASS_LABELS: Record<ElectrolyteClass, string> = {
	liquid: 'Liquid',
	oxide: 'Oxide',
	sulfide: 'Sulfide',
	halide: 'Halide',
	polymer: 'Polymer',
	composite: 'Composite',
};

export const UNITS = {
	currentDensity: 'mA cm⁻²',
	arealCapacity: 'mAh cm⁻²',
	temperature: '°C',
} as const;

export function withUnit(v: number | null, unit: string): string {
	return v === null ? 'not reported' : `${formatNumber(v)} ${unit}`;
}

/** Cycle life as printed: a cycle count, a duration, or neither. */
export function lifeText(r: Pick<CyclingRow, 'cycles' | 'hours'>): string {
	const parts: string[] = [];
	if (r.cycles !== null) parts.push(`${formatNumber(r.cycles)} cycles`);
	if (r.hours !== null)
		parts.push(
			r.cycles === null
				? `${formatNumber(r.hours)} h (printed as a duration, not converted to cycles)`
				: `${formatNumber(r.hours)} h`,
		);
	return parts.length ? parts.join(' and ') : 'no cycle count printed';
}

/** One line with every value and unit, for labels and the details panel. */
export function valuesText(r: CyclingRow): string {
	return [
		withUnit(r.currentDensity, UNITS.currentDensity),
		r.arealCapacity === null
			? 'capacity not reported'
			: withUnit(r.arealCapacity, UNITS.arealCapacity),
		lifeText(r),
		r.temperature === null ? 'temperature not given' : withUnit(r.temperature, UNITS.temperature),
	].join(', ');
}

function baseOf(base: string): string {
	return base.endsWith('/') ? base : `${base}/`;
}

/** The row on its table page: /literature/<dataset>/#row-<n>. */
export function rowHref(r: Pick<CyclingRow, 'dataset' | 'rowNumber'>, base: string): string {
	return `${baseOf(base)}literature/${r.dataset}/#row-${r.rowNumber}`;
}

/** The Sand's-time calculator with the row's current density (J) and areal capacity (Q). */
export function calcHref(
	r: Pick<CyclingRow, 'currentDensity' | 'arealCapacity'>,
	base: string,
): string {
	const q = new URLSearchParams({ J: String(r.currentDensity) });
	if (r.arealCapacity !== null) q.set('Q', String(r.arealCapacity));
	return `${baseOf(base)}calculators/sands-time/?${q.toString()}`;
}

/** "Table 2 · seed 000, row 8" */
export function sourceText(r: Pick<CyclingRow, 'table' | 'seed' | 'rowNumber'>): string {
	return `${r.table} · seed ${r.seed}, row ${r.rowNumber}`;
}

/** Reference keys of a printed ref ("[111,112]" → ["111", "112"]); [] when it cannot be read. */
export function refKeys(ref: string | null): string[] {
	if (!ref) return [];
	try {
		return parseCiteKeys(ref.replace(/[[\]]/g, ''));
	} catch {
		return [];
	}
}

/** Key of a reference entry in the citations map passed from the server. */
export function citationKey(seed: string, key: string): string {
	return `${seed}:${key}`;
}

/** The printed citations of a row, one per cited entry; entries not in the map are named as missing. */
export function rowCitations(
	r: Pick<CyclingRow, 'seed' | 'ref'>,
	citations: Record<string, string>,
): string[] {
	return refKeys(r.ref).map(
		(k) =>
			citations[citationKey(r.seed, k)] ??
			`Reference ${k} of seed ${r.seed}: entry not in the reference list.`,
	);
}
