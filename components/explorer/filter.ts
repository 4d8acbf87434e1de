/**
 * The explorer's filter state and the pure filter over cycling rows. The columns the filter reads are
 * precomputed once per rows array (typed arrays, cached in a WeakMap), so re-filtering on every drag
 * frame is a tight loop over numbers, even at 100× today's rows.
 */
import type { CyclingRow } from '../../src/data/cycling';
import {
	ELECTROLYTE_CLASSES,
	STRATEGY_IDS,
	type ElectrolyteClass,
	type StrategyId,
} from '../../src/data/vocabulary';

export const SORT_KEYS = [
	'currentDensity',
	'arealCapacity',
	'cycles',
	'hours',
	'temperature',
	'label',
	'source',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';

export interface FilterState {
	/** Electrolyte classes shown (the legend toggles). */
	classes: ElectrolyteClass[];
	/** One strategy category, or null for all. */
	category: StrategyId | null;
	/** Current-density range, mA cm⁻² (null: open). */
	xmin: number | null;
	xmax: number | null;
	/** Areal-capacity range, mAh cm⁻² (null: open). */
	ymin: number | null;
	ymax: number | null;
	sort: SortKey;
	dir: SortDir;
}

export const DEFAULT_STATE: FilterState = Object.freeze({
	classes: [...ELECTROLYTE_CLASSES],
	category: null,
	xmin: null,
	xmax: null,
	ymin: null,
	ymax: null,
	sort: 'currentDensity',
	dir: 'desc',
}) as FilterState;

export const SOLID_CLASSES: ElectrolyteClass[] = ELECTROLYTE_CLASSES.filter((c) => c !== 'liquid');

/** The two regimes of Figure 7 of seed 000 (liquid ≥ 5 mA cm⁻², solid ≥ 0.5 mA cm⁻²). */
export const PRESETS = {
	fig7a: {
		label: 'Figure 7a: liquid, ≥ 5 mA cm⁻²',
		state: { classes: ['liquid'] as ElectrolyteClass[], xmin: 5 },
	},
	fig7b: {
		label: 'Figure 7b: solid, ≥ 0.5 mA cm⁻²',
		state: { classes: SOLID_CLASSES, xmin: 0.5 },
	},
} as const;
export type PresetId = keyof typeof PRESETS;

export function applyPreset(state: FilterState, id: PresetId): FilterState {
	const p = PRESETS[id].state;
	return {
		...state,
		classes: [...p.classes],
		category: null,
		xmin: p.xmin,
		xmax: null,
		ymin: null,
		ymax: null,
	};
}

/** True when the state has any range bound. */
export function hasRange(s: Pick<FilterState, 'xmin' | 'xmax' | 'ymin' | 'ymax'>): boolean {
	return s.xmin !== null || s.xmax !== null || s.ymin !== null || s.ymax !== null;
}

export interface PreparedRows {
	n: number;
	x: Float64Array;
	/** NaN where the capacity is not reported. */
	y: Float64Array;
	cls: Uint8Array;
	cat: Uint8Array;
}

const CLASS_INDEX = new Map<string, number>(ELECTROLYTE_CLASSES.map((c, i) => [c, i]));
const CAT_INDEX = new Map<string, number>(STRATEGY_IDS.map((c, i) => [c, i]));
const cache = new WeakMap<readonly CyclingRow[], PreparedRows>();

/** The columns the filter reads, as typed arrays; cached per rows array. */
export function prepareRows(rows: readonly CyclingRow[]): PreparedRows {
	const hit = cache.get(rows);
	if (hit && hit.n === rows.length) return hit;
	const n = rows.length;
	const p: PreparedRows = {
		n,
		x: new Float64Array(n),
		y: new Float64Array(n),
		cls: new Uint8Array(n),
		cat: new Uint8Array(n),
	};
	for (let i = 0; i < n; i++) {
		const r = rows[i]!;
		p.x[i] = r.currentDensity;
		p.y[i] = r.arealCapacity ?? NaN;
		p.cls[i] = CLASS_INDEX.get(r.electrolyteClass) ?? 255;
		p.cat[i] = CAT_INDEX.get(r.category) ?? 255;
	}
	cache.set(rows, p);
	return p;
}

export interface MatchFlags {
	/** Passes the class and category filters (drawn in colour or as context). */
	shown: Uint8Array;
	/** Also inside the range selection: listed in the table. */
	selected: Uint8Array;
	count: number;
}

/**
 * Per-row flags for a state: `shown` (class and category match) and `selected` (also inside the range).
 * A range on the capacity axis leaves out rows whose capacity is not reported.
 */
export function matchRows(rows: readonly CyclingRow[], state: FilterState): MatchFlags {
	const p = prepareRows(rows);
	const clsOk = new Uint8Array(256);
	for (const c of state.classes) {
		const i = CLASS_INDEX.get(c);
		if (i !== undefined) clsOk[i] = 1;
	}
	const cat = state.category === null ? -1 : (CAT_INDEX.get(state.category) ?? -2);
	const xmin = state.xmin ?? -Infinity;
	const xmax = state.xmax ?? Infinity;
	const yBounded = state.ymin !== null || state.ymax !== null;
	const ymin = state.ymin ?? -Infinity;
	const ymax = state.ymax ?? Infinity;
	const shown = new Uint8Array(p.n);
	const selected = new Uint8Array(p.n);
	let count = 0;
	for (let i = 0; i < p.n; i++) {
		if (!clsOk[p.cls[i]!]) continue;
		if (cat !== -1 && p.cat[i] !== cat) continue;
		shown[i] = 1;
		const x = p.x[i]!;
		if (x < xmin || x > xmax) continue;
		if (yBounded) {
			const y = p.y[i]!;
			if (!(y >= ymin && y <= ymax)) continue;
		}
		selected[i] = 1;
		count++;
	}
	return { shown, selected, count };
}

/** The rows that pass every filter (class, category, range), in input order. */
export function filterCyclingRows(rows: readonly CyclingRow[], state: FilterState): CyclingRow[] {
	const { selected, count } = matchRows(rows, state);
	const out: CyclingRow[] = new Array(count);
	let k = 0;
	for (let i = 0; i < selected.length; i++) if (selected[i]) out[k++] = rows[i]!;
	return out;
}

function sortValue(r: CyclingRow, key: SortKey): number | string | null {
	switch (key) {
		case 'label':
			return r.label.toLowerCase();
		case 'source':
			return `${r.dataset}#${String(r.rowNumber).padStart(6, '0')}`;
		default:
			return r[key];
	}
}

/** A sorted copy; rows without a value go last in either direction; ties keep source order. */
export function sortRows(rows: readonly CyclingRow[], key: SortKey, dir: SortDir): CyclingRow[] {
	const sign = dir === 'asc' ? 1 : -1;
	const decorated = rows.map((r, i) => ({ r, i, v: sortValue(r, key) }));
	decorated.sort((a, b) => {
		if (a.v === null && b.v === null) return a.i - b.i;
		if (a.v === null) return 1;
		if (b.v === null) return -1;
		if (a.v < b.v) return -sign;
		if (a.v > b.v) return sign;
		return a.i - b.i;
	});
	return decorated.map((d) => d.r);
}
