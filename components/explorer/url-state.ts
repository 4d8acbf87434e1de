/**
 * The explorer's state in the URL query: `?category=3d-hosts&class=liquid,oxide&xmin=5&xmax=80&ymin=1
 * &ymax=10&sort=cycles&dir=asc` (`class=none` hides every class). Parsing is total: a malformed or
 * hostile value is dropped with a notice naming the parameter, and the result never holds NaN, Infinity or undefined.
 */
import {
	ELECTROLYTE_CLASSES,
	STRATEGY_IDS,
	type ElectrolyteClass,
	type StrategyId,
} from '../../src/data/vocabulary';
import { DEFAULT_STATE, SORT_KEYS, type FilterState, type SortKey } from './filter';

export interface ParsedState {
	state: FilterState;
	/** Human-readable notes on the parameters that were ignored. */
	notices: string[];
}

const RANGE_KEYS = ['xmin', 'xmax', 'ymin', 'ymax'] as const;
const MAX_SHOWN = 40;

function shown(v: string): string {
	const s = v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v;
	// Control characters would only confuse the notice.
	return Array.from(s, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '?' : c)).join('');
}

/** A strictly positive, finite decimal number written in plain notation (1, 0.5, 2e-3), else null. */
export function parsePositive(raw: string): number | null {
	const t = raw.trim();
	if (!/^[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
	const v = Number(t);
	return Number.isFinite(v) && v > 0 && v < 1e300 ? v : null;
}

export function parseState(search: string | URLSearchParams): ParsedState {
	const params = typeof search === 'string' ? safeParams(search) : search;
	const state: FilterState = { ...DEFAULT_STATE, classes: [...DEFAULT_STATE.classes] };
	const notices: string[] = [];

	const category = params.get('category');
	if (category !== null && category !== '') {
		if ((STRATEGY_IDS as readonly string[]).includes(category))
			state.category = category as StrategyId;
		else notices.push(`Ignored category “${shown(category)}”: not a strategy id.`);
	}

	const classValues = params.getAll('class').flatMap((v) => v.split(','));
	if (classValues.length > 0 && classValues.some((v) => v.trim() !== '')) {
		const valid: ElectrolyteClass[] = [];
		const bad: string[] = [];
		for (const raw of classValues) {
			const v = raw.trim();
			if (!v || v === 'none') continue;
			if ((ELECTROLYTE_CLASSES as readonly string[]).includes(v)) {
				if (!valid.includes(v as ElectrolyteClass)) valid.push(v as ElectrolyteClass);
			} else bad.push(v);
		}
		if (bad.length)
			notices.push(
				`Ignored class ${bad.map((b) => `“${shown(b)}”`).join(', ')}: not an electrolyte class.`,
			);
		if (valid.length) state.classes = ELECTROLYTE_CLASSES.filter((c) => valid.includes(c));
		else if (classValues.some((v) => v.trim() === 'none')) state.classes = [];
	}

	for (const key of RANGE_KEYS) {
		const raw = params.get(key);
		if (raw === null || raw.trim() === '') continue;
		const v = parsePositive(raw);
		if (v === null) notices.push(`Ignored ${key}=“${shown(raw)}”: needs a positive number.`);
		else state[key] = v;
	}
	for (const [lo, hi] of [
		['xmin', 'xmax'],
		['ymin', 'ymax'],
	] as const) {
		const a = state[lo];
		const b = state[hi];
		if (a !== null && b !== null && a > b) {
			notices.push(`Ignored ${lo}/${hi}: the minimum is above the maximum.`);
			state[lo] = null;
			state[hi] = null;
		}
	}

	const sort = params.get('sort');
	if (sort !== null && sort !== '') {
		if ((SORT_KEYS as readonly string[]).includes(sort)) state.sort = sort as SortKey;
		else notices.push(`Ignored sort “${shown(sort)}”: not a sortable column.`);
	}
	const dir = params.get('dir');
	if (dir !== null && dir !== '') {
		if (dir === 'asc' || dir === 'desc') state.dir = dir;
		else notices.push(`Ignored dir “${shown(dir)}”: use asc or desc.`);
	}
	return { state, notices };
}

function safeParams(search: string): URLSearchParams {
	try {
		return new URLSearchParams(search);
	} catch {
		return new URLSearchParams();
	}
}

/** Short decimal text for a bound (no float noise: 5, 0.5, 12.35). */
export function formatBound(v: number): string {
	return String(Number(v.toPrecision(4)));
}

/** The query string (without '?') for a state; defaults are left out. */
export function serializeState(state: FilterState): string {
	const p = new URLSearchParams();
	if (state.category) p.set('category', state.category);
	const all = ELECTROLYTE_CLASSES.every((c) => state.classes.includes(c));
	if (!all) {
		const on = ELECTROLYTE_CLASSES.filter((c) => state.classes.includes(c));
		p.set('class', on.length ? on.join(',') : 'none');
	}
	for (const key of RANGE_KEYS) {
		const v = state[key];
		if (v !== null && Number.isFinite(v)) p.set(key, formatBound(v));
	}
	if (state.sort !== DEFAULT_STATE.sort) p.set('sort', state.sort);
	if (state.dir !== DEFAULT_STATE.dir) p.set('dir', state.dir);
	return p.toString().replace(/%2C/g, ',');
}
