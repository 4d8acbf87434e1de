/**
 * The table page's state in the URL query, so a filtered, sorted view can be bookmarked and shared:
 *
 *   ?q=LiTFSI&sort=-currentDensity&min.capacity=1&max.capacity=5&in.category=3d-hosts&in.category=…&hide=hours,notes
 *
 * `sort=key` ascending, `sort=-key` descending; `min.<key>` / `max.<key>` on numeric columns;
 * `in.<key>` (repeatable) on choice columns; `hide` a comma-separated list of column keys. Parsing is
 * total: anything malformed is dropped with a notice naming it; parameters that are not ours (Pagefind's
 * `highlight`, tracking tags) are left alone and kept when the state is written back.
 */
import { column, EMPTY_STATE, type TableIndex, type TableState } from './table-state';

export interface ParsedTableState {
	state: TableState;
	/** One sentence per ignored parameter, for the visible notice. */
	notices: string[];
}

const MAX_SHOWN = 40;
const MAX_Q = 200;

function shown(v: string): string {
	const s = v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v;
	// Control characters would only confuse the notice.
	return [...s].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? '?' : c)).join('');
}

/** A finite decimal number in plain or exponent notation (−20, 0.5, 1e-4), else null. */
export function parseNumber(raw: string): number | null {
	const t = raw.trim().replace(/^\u2212/, '-');
	if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
	const v = Number(t);
	return Number.isFinite(v) && Math.abs(v) < 1e300 ? v : null;
}

function isOurs(name: string): boolean {
	return name === 'q' || name === 'sort' || name === 'hide' || /^(min|max|in)\./.test(name);
}

/**
 * The state in `params` for this table. `hideable` lists the column keys that may be hidden (the table's
 * displayed columns).
 */
export function parseTableState(
	params: URLSearchParams,
	index: TableIndex,
	hideable: readonly string[],
): ParsedTableState {
	const state: TableState = { ...EMPTY_STATE, ranges: {}, choices: {}, hidden: [] };
	const notices: string[] = [];
	const ignore = (name: string, value: string, why: string) =>
		notices.push(`Ignored ${name}=“${shown(value)}”: ${why}.`);

	const seen = new Set<string>();
	for (const [name, value] of params) {
		if (!isOurs(name)) continue;
		if (name === 'q') {
			if (seen.has('q')) ignore(name, value, 'given twice');
			else state.q = value.slice(0, MAX_Q);
		} else if (name === 'sort') {
			if (seen.has('sort')) {
				ignore(name, value, 'given twice');
				continue;
			}
			const desc = value.startsWith('-');
			const key = desc ? value.slice(1) : value;
			if (column(index, key)) state.sort = { key, dir: desc ? 'desc' : 'asc' };
			else ignore(name, value, 'no such column');
		} else if (name === 'hide') {
			for (const key of value
				.split(',')
				.map((k) => k.trim())
				.filter(Boolean)) {
				if (!hideable.includes(key)) ignore(name, key, 'no such column');
				else if (!state.hidden.includes(key)) state.hidden.push(key);
			}
		} else {
			const dot = name.indexOf('.');
			const kind = name.slice(0, dot);
			const key = name.slice(dot + 1);
			const col = column(index, key);
			if (kind === 'in') {
				if (!col || col.filter !== 'choice') {
					ignore(name, value, col ? 'this column has no choice list' : 'no such column');
					continue;
				}
				if (!col.choices!.some((c) => c.value === value)) {
					ignore(name, value, `not a value of ${col.name}`);
					continue;
				}
				const list = (state.choices[key] ??= []);
				if (!list.includes(value)) list.push(value);
			} else {
				if (!col || col.filter !== 'range') {
					ignore(name, value, col ? 'not a numeric column' : 'no such column');
					continue;
				}
				const v = parseNumber(value);
				if (v === null) {
					ignore(name, value, 'not a number');
					continue;
				}
				if (seen.has(name)) {
					ignore(name, value, 'given twice');
					continue;
				}
				const r = (state.ranges[key] ??= {});
				if (kind === 'min') r.min = v;
				else r.max = v;
			}
		}
		seen.add(name);
	}
	for (const [key, r] of Object.entries(state.ranges)) {
		if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
			notices.push(
				`Ignored the ${column(index, key)!.name} filter: its minimum ${r.min} is above its maximum ${r.max}.`,
			);
			delete state.ranges[key];
		}
	}
	return { state, notices };
}

/**
 * `base` with our parameters replaced by `state` (others kept, in order). Returns the query string
 * without "?" ('' when nothing is left).
 */
export function tableStateToQuery(state: TableState, base: URLSearchParams): string {
	const out = new URLSearchParams();
	for (const [k, v] of base) if (!isOurs(k)) out.append(k, v);
	if (state.q.trim()) out.set('q', state.q);
	if (state.sort) out.set('sort', `${state.sort.dir === 'desc' ? '-' : ''}${state.sort.key}`);
	for (const [key, r] of Object.entries(state.ranges)) {
		if (r.min !== undefined) out.set(`min.${key}`, String(r.min));
		if (r.max !== undefined) out.set(`max.${key}`, String(r.max));
	}
	for (const [key, values] of Object.entries(state.choices))
		for (const v of values) out.append(`in.${key}`, v);
	if (state.hidden.length) out.set('hide', state.hidden.join(','));
	return out.toString();
}
