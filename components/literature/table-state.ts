/**
 * The table island's model, pure and DOM-free: an index built once per table (a lowercase search string
 * per row, numeric sort keys and numeric bounds per column, plain text per column), and `filterRows`,
 * which maps a state (text filter, per-column filters, sort) to the row numbers to show, in order.
 *
 * Cost: building the index is O(rows × columns); a sort order is computed once per column and direction
 * and memoized on the index; `filterRows` is then a single pass over the rows (a substring test per row
 * and a few number comparisons), so a keystroke in the filter box costs O(rows) with no sorting.
 */
import { cellSortValue, cellText, isNumericColumn } from '../../src/data/cells';
import { formulaToPlain } from '../../src/data/formula';
import type { Column, DatasetRow } from '../../src/data/schemas';
import { STRATEGY_LABELS, type StrategyId } from '../../src/data/vocabulary';

export type SortDir = 'asc' | 'desc';

export interface Choice {
	value: string;
	label: string;
	/** The label in the formula markup (`Li_{6}PS_{5}Cl`), for rendering subscripts. */
	markup?: string;
	/** Rows holding this value. */
	count: number;
}

export interface IndexColumn {
	/** `ref`, a data column key, `category` or `electrolyteClass`. */
	key: string;
	/** Header text without the unit. */
	name: string;
	unit?: string;
	/** Sorted numerically (nulls last) or alphabetically (empties last). */
	sort: 'number' | 'text';
	/** Min/max inputs, a list of checkboxes, or no per-column filter (the text filter still applies). */
	filter: 'range' | 'choice' | null;
	choices?: Choice[];
}

export interface TableIndex {
	size: number;
	columns: IndexColumn[];
	/** One lowercase string per row: every cell as text, joined. */
	search: string[];
	/** Numeric sort key per row (NaN for empty), for `sort: 'number'` columns. */
	sortKey: Record<string, Float64Array>;
	/** Numeric bounds per row for `filter: 'range'` columns: a number has lo = hi; NaN for empty. */
	lo: Record<string, Float64Array>;
	hi: Record<string, Float64Array>;
	/** Plain text per row for text and choice columns ('' for empty). */
	text: Record<string, string[]>;
	/** Category ids per row (the category choice filter compares ids; `text.category` holds labels). */
	categoryIds: string[];
	/** Memoized sort orders, `key:dir` → row indices. */
	orders: Map<string, Int32Array>;
	/** The last filtered result, reused when the next query only narrows it (typing a word). */
	lastText?: { rest: string; words: string[]; result: Int32Array };
}

export interface RangeFilter {
	min?: number;
	max?: number;
}

export interface TableState {
	/** Free text; every whitespace-separated word must occur in the row (case-insensitive). */
	q: string;
	sort: { key: string; dir: SortDir } | null;
	/** Per-column numeric bounds; a row passes when its value (or range) overlaps [min, max]. */
	ranges: Record<string, RangeFilter>;
	/** Per-column chosen values; a row passes when its value is one of them. Empty or absent: no filter. */
	choices: Record<string, string[]>;
	/** Column keys hidden from view (display only; filters still apply). */
	hidden: string[];
}

export const EMPTY_STATE: TableState = { q: '', sort: null, ranges: {}, choices: {}, hidden: [] };

/** What `buildIndex` reads: a dataset's columns and rows (the table default electrolyte class too). */
export interface IndexInput {
	columns: readonly Column[];
	rows: readonly DatasetRow[];
	electrolyteClass?: string;
}

/** A text column offers a choice list when it has 2…MAX_CHOICES distinct values, at most ⅔ of its filled cells. */
export const MAX_CHOICES = 8;

const REF_NUMBER = /\d+/;

function refSortValue(ref: string | null): number {
	const m = ref ? REF_NUMBER.exec(ref) : null;
	if (!m) return NaN;
	// "16b" sorts just after "16".
	const letter = ref!.slice(m.index + m[0].length).match(/^[a-z]/);
	return Number(m[0]) + (letter ? (letter[0].charCodeAt(0) - 96) / 100 : 0);
}

function choicesOf(values: readonly string[], labelOf: (v: string) => string): Choice[] {
	const counts = new Map<string, number>();
	for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts]
		.map(([value, count]) => ({ value, label: labelOf(value), count }))
		.sort((a, b) => a.label.localeCompare(b.label));
}

function boundsOf(col: Column, v: unknown): [number, number] {
	if (v === null || v === undefined) return [NaN, NaN];
	let r: unknown = v;
	if (col.type === 'conditioned') r = (v as { value: unknown }).value;
	if (typeof r === 'number') return [r, r];
	const o = r as { min?: number; max?: number };
	return [o.min ?? -Infinity, o.max ?? Infinity];
}

export function buildIndex(input: IndexInput): TableIndex {
	const { columns, rows } = input;
	const n = rows.length;
	const index: TableIndex = {
		size: n,
		columns: [],
		search: new Array<string>(n).fill(''),
		sortKey: {},
		lo: {},
		hi: {},
		text: {},
		categoryIds: [],
		orders: new Map(),
	};
	const parts: string[][] = rows.map(() => []);

	// Ref: numeric sort by the first reference number, text searchable.
	const refKey = new Float64Array(n);
	rows.forEach((r, i) => {
		refKey[i] = refSortValue(r.ref);
		if (r.ref) parts[i]!.push(r.ref);
	});
	index.sortKey.ref = refKey;
	index.columns.push({ key: 'ref', name: 'Ref.', sort: 'number', filter: null });

	for (const col of columns) {
		const numeric = isNumericColumn(col) || col.type === 'parts';
		const texts = new Array<string>(n);
		const markup = new Map<string, string>();
		const key = numeric ? new Float64Array(n) : null;
		const ranged = isNumericColumn(col);
		const lo = ranged ? new Float64Array(n) : null;
		const hi = ranged ? new Float64Array(n) : null;
		rows.forEach((r, i) => {
			const v = r[col.key];
			const t = cellText(col, v);
			texts[i] = t;
			if (t) parts[i]!.push(t);
			if (t && typeof v === 'string' && v !== t) markup.set(t, v);
			if (key) key[i] = cellSortValue(col, v) ?? NaN;
			if (lo && hi) [lo[i], hi[i]] = boundsOf(col, v);
		});
		const ic: IndexColumn = {
			key: col.key,
			name: col.label,
			...(col.unit ? { unit: col.unit } : {}),
			sort: numeric ? 'number' : 'text',
			filter: ranged ? 'range' : null,
		};
		if (key) index.sortKey[col.key] = key;
		if (lo && hi) {
			index.lo[col.key] = lo;
			index.hi[col.key] = hi;
		}
		if (!numeric) {
			index.text[col.key] = texts;
			const choices = choicesOf(texts, (v) => v);
			const filled = texts.filter(Boolean).length;
			if (
				choices.length >= 2 &&
				choices.length <= MAX_CHOICES &&
				choices.length * 3 <= filled * 2
			) {
				ic.filter = 'choice';
				ic.choices = choices.map((c) =>
					markup.has(c.value) ? { ...c, markup: markup.get(c.value)! } : c,
				);
			}
		}
		index.columns.push(ic);
	}

	const categories = rows.map((r) => r.category);
	const classes = rows.map((r) => r.electrolyteClass ?? input.electrolyteClass ?? '');
	rows.forEach((_, i) => {
		parts[i]!.push(STRATEGY_LABELS[categories[i] as StrategyId] ?? categories[i]!);
		if (classes[i]) parts[i]!.push(classes[i]!);
	});
	index.text.category = categories.map((c) => STRATEGY_LABELS[c as StrategyId] ?? c);
	index.categoryIds = categories;
	index.text.electrolyteClass = classes;
	const catChoices = choicesOf(categories, (v) => STRATEGY_LABELS[v as StrategyId] ?? v);
	index.columns.push({
		key: 'category',
		name: 'Category',
		sort: 'text',
		filter: catChoices.length >= 2 ? 'choice' : null,
		choices: catChoices,
	});
	const classChoices = choicesOf(classes, (v) => v);
	index.columns.push({
		key: 'electrolyteClass',
		name: 'Electrolyte class',
		sort: 'text',
		filter: classChoices.length >= 2 ? 'choice' : null,
		choices: classChoices,
	});

	for (let i = 0; i < n; i++) index.search[i] = parts[i]!.join(' \u0001 ').toLowerCase();
	return index;
}

export function column(index: TableIndex, key: string): IndexColumn | undefined {
	return index.columns.find((c) => c.key === key);
}

/** Value a choice filter compares against (category filters by id, shows labels). */
function choiceValues(index: TableIndex, key: string): string[] | undefined {
	return key === 'category' ? index.categoryIds : index.text[key];
}

let collator: Intl.Collator | undefined;

/**
 * All rows in the order of a sort (stable: ties keep the printed order; empty values last in both
 * directions). Memoized on the index.
 */
export function sortOrder(index: TableIndex, sort: TableState['sort']): Int32Array {
	const n = index.size;
	if (!sort) {
		const id = index.orders.get('');
		if (id) return id;
		const out = new Int32Array(n);
		for (let i = 0; i < n; i++) out[i] = i;
		index.orders.set('', out);
		return out;
	}
	const memoKey = `${sort.key}:${sort.dir}`;
	const hit = index.orders.get(memoKey);
	if (hit) return hit;
	const sign = sort.dir === 'asc' ? 1 : -1;
	const filled: number[] = [];
	const empty: number[] = [];
	const nums = index.sortKey[sort.key];
	let cmp: (a: number, b: number) => number;
	if (nums) {
		for (let i = 0; i < n; i++) (Number.isNaN(nums[i]!) ? empty : filled).push(i);
		cmp = (a, b) => sign * (nums[a]! - nums[b]!) || a - b;
	} else {
		const texts = index.text[sort.key] ?? [];
		for (let i = 0; i < n; i++) (texts[i] ? filled : empty).push(i);
		collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
		// Rank once with the collator, then sort ranks: avoids a collator call per comparison.
		const distinct = [...new Set(filled.map((i) => texts[i]!))].sort(collator.compare);
		const rank = new Map(distinct.map((t, r) => [t, r]));
		const ranks = new Int32Array(n);
		for (const i of filled) ranks[i] = rank.get(texts[i]!)!;
		cmp = (a, b) => sign * (ranks[a]! - ranks[b]!) || a - b;
	}
	filled.sort(cmp);
	const out = Int32Array.from(filled.concat(empty));
	index.orders.set(memoKey, out);
	return out;
}

/**
 * The rows to show, in display order (0-based row indices). Pure in effect: the only writes are memos
 * on the index (sort orders, and the last result, which a narrowing query such as the next keystroke of
 * a word scans instead of the whole table).
 */
export function filterRows(state: TableState, index: TableIndex): Int32Array {
	const order = sortOrder(index, state.sort);
	const words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
	const ranges: Array<[Float64Array, Float64Array, number, number]> = [];
	for (const [key, r] of Object.entries(state.ranges)) {
		const lo = index.lo[key];
		const hi = index.hi[key];
		if (!lo || !hi || (r.min === undefined && r.max === undefined)) continue;
		ranges.push([lo, hi, r.min ?? -Infinity, r.max ?? Infinity]);
	}
	const choices: Array<[string[], Set<string>]> = [];
	for (const [key, values] of Object.entries(state.choices)) {
		const texts = choiceValues(index, key);
		if (!texts || values.length === 0) continue;
		choices.push([texts, new Set(values)]);
	}
	if (words.length === 0 && ranges.length === 0 && choices.length === 0) return order;
	// Typing narrows: when every word of the last query is inside a word of this one (and nothing else
	// changed), the rows to test are the last result, not the whole table.
	const rest = JSON.stringify([state.sort, state.ranges, state.choices]);
	const last = index.lastText;
	const narrowing =
		last !== undefined &&
		last.rest === rest &&
		last.words.every((o) => words.some((w) => w.includes(o)));
	const pool = narrowing ? last.result : order;
	const out = new Int32Array(pool.length);
	let k = 0;
	const search = index.search;
	const nw = words.length;
	const nr = ranges.length;
	const nc = choices.length;
	for (let j = 0; j < pool.length; j++) {
		const i = pool[j]!;
		let ok = true;
		for (let f = 0; ok && f < nr; f++) {
			const [lo, hi, min, max] = ranges[f]!;
			// NaN (empty) fails every comparison, so empty cells drop out once a bound is set.
			ok = hi[i]! >= min && lo[i]! <= max;
		}
		for (let f = 0; ok && f < nc; f++) ok = choices[f]![1].has(choices[f]![0][i]!);
		if (ok && nw) {
			const s = search[i]!;
			for (let w = 0; ok && w < nw; w++) ok = s.includes(words[w]!);
		}
		if (ok) out[k++] = i;
	}
	const result = out.slice(0, k);
	index.lastText = { rest, words, result };
	return result;
}

/** "Showing 12 of 38 rows". */
export function shownText(shown: number, total: number): string {
	return `Showing ${shown} of ${total} ${total === 1 ? 'row' : 'rows'}`;
}

/** The live-region message after a sort: "Sorted by Current density, descending". */
export function sortMessage(index: TableIndex, sort: TableState['sort']): string {
	if (!sort) return 'Rows in the printed order';
	const col = column(index, sort.key);
	return `Sorted by ${col ? formulaToPlain(col.name) : sort.key}, ${sort.dir === 'asc' ? 'ascending' : 'descending'}`;
}

/** The next sort after activating a column's sort button: ascending first, then toggling. */
export function nextSort(
	current: TableState['sort'],
	key: string,
): NonNullable<TableState['sort']> {
	if (current && current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: 'asc' };
}

/** How many per-column filters are set (for the "Filters (2 active)" label). */
export function activeFilterCount(state: TableState): number {
	let n = 0;
	for (const r of Object.values(state.ranges)) if (r.min !== undefined || r.max !== undefined) n++;
	for (const v of Object.values(state.choices)) if (v.length) n++;
	return n;
}
