import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	activeFilterCount,
	buildIndex,
	EMPTY_STATE,
	filterRows,
	nextSort,
	shownText,
	sortMessage,
	sortOrder,
	type TableState,
} from '../../../../components/literature/table-state';
import { loadDataset } from '../../../../src/data/load';
import type { Column, DatasetRow } from '../../../../src/data/schemas';

const t2 = loadDataset(join('content/literature', 'seed000-table2.yaml'));
const t1 = loadDataset(join('content/literature', 'seed000-table1.yaml'));
const s4t1 = loadDataset(join('content/literature', 'seed004-table1.yaml'));
const s4t4 = loadDataset(join('content/literature', 'seed004-table4.yaml'));

const state = (s: Partial<TableState>): TableState => ({ ...EMPTY_STATE, ...s });
const refs = (rows: Int32Array, d: { rows: DatasetRow[] }) =>
	Array.from(rows, (i) => d.rows[i]!.ref);

describe('buildIndex', () => {
	it('indexes every row with a lowercase search string of its cells', () => {
		const index = buildIndex(t2);
		expect(index.size).toBe(t2.rows.length);
		expect(index.search[0]).toContain('[33]');
		expect(index.search[0]).toContain('electronegative nanochannels separator');
		// Formula markup is flattened, so "LiPF6" finds "LiPF_{6}".
		expect(index.search[0]).toContain('lipf6');
		// The category label is searchable too.
		expect(index.search[0]).toContain('ion-flux regulation');
	});

	it('offers min/max on numeric columns and choice lists on categorical ones', () => {
		const index = buildIndex(t2);
		const byKey = Object.fromEntries(index.columns.map((c) => [c.key, c]));
		expect(byKey.currentDensity!.filter).toBe('range');
		expect(byKey.temperature!.filter).toBe('range');
		expect(byKey.strategy!.filter).toBeNull();
		expect(byKey.category!.filter).toBe('choice');
		// Every row of Table 2 is liquid: no point in a choice list.
		expect(byKey.electrolyteClass!.filter).toBeNull();
		const s4 = Object.fromEntries(buildIndex(s4t1).columns.map((c) => [c.key, c]));
		expect(s4.iceType!.filter).toBe('choice');
		expect(s4.iceType!.choices!.map((c) => c.value)).toEqual(expect.arrayContaining(['Sulfides']));
		expect(s4.electrolyteClass!.filter).toBe('choice');
		expect(s4.conductivity!.filter).toBe('range');
	});
});

describe('sortOrder and filterRows', () => {
	const index = buildIndex(t2);
	const cd = (rows: Int32Array) =>
		Array.from(rows, (i) => t2.rows[i]!.currentDensity as number | null);

	it('keeps the printed order without a sort or filter', () => {
		expect(Array.from(filterRows(EMPTY_STATE, index))).toEqual(t2.rows.map((_, i) => i));
	});

	it('sorts numbers both ways, empty cells last in both directions', () => {
		const asc = cd(filterRows(state({ sort: { key: 'currentDensity', dir: 'asc' } }), index));
		const desc = cd(filterRows(state({ sort: { key: 'currentDensity', dir: 'desc' } }), index));
		const filled = t2.rows
			.map((r) => r.currentDensity as number | null)
			.filter((v) => v !== null) as number[];
		expect(asc.filter((v) => v !== null)).toEqual([...filled].sort((a, b) => a - b));
		expect(desc.filter((v) => v !== null)).toEqual([...filled].sort((a, b) => b - a));
		const temps = (dir: 'asc' | 'desc') =>
			Array.from(
				filterRows(state({ sort: { key: 'temperature', dir } }), index),
				(i) => t2.rows[i]!.temperature,
			);
		for (const dir of ['asc', 'desc'] as const) {
			const t = temps(dir);
			const firstNull = t.indexOf(null);
			expect(firstNull).toBeGreaterThan(0);
			expect(t.slice(firstNull).every((v) => v === null)).toBe(true);
		}
	});

	it('sorts ties stably (printed order) and text alphabetically', () => {
		const asc = Array.from(
			filterRows(state({ sort: { key: 'currentDensity', dir: 'asc' } }), index),
		);
		for (let k = 1; k < asc.length; k++) {
			const a = t2.rows[asc[k - 1]!]!.currentDensity;
			const b = t2.rows[asc[k]!]!.currentDensity;
			if (a === b) expect(asc[k - 1]!).toBeLessThan(asc[k]!);
		}
		const byStrategy = Array.from(
			filterRows(state({ sort: { key: 'strategy', dir: 'asc' } }), index),
			(i) => (t2.rows[i]!.strategy as string).toLowerCase(),
		);
		const sorted = [...byStrategy].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
		expect(byStrategy).toEqual(sorted);
	});

	it('sorts references by number', () => {
		const r = refs(filterRows(state({ sort: { key: 'ref', dir: 'asc' } }), index), t2);
		const nums = r.map((x) => Number(/\d+/.exec(x!)![0]));
		expect(nums).toEqual([...nums].sort((a, b) => a - b));
	});

	it('memoizes each sort order', () => {
		const s = { key: 'capacity', dir: 'desc' } as const;
		expect(sortOrder(index, s)).toBe(sortOrder(index, s));
	});

	it('text filter: case-insensitive, every word must match', () => {
		const all = filterRows(state({ q: 'separator' }), index);
		expect(all.length).toBeGreaterThan(0);
		expect(all.length).toBeLessThan(t2.rows.length);
		for (const i of all) expect(index.search[i]).toContain('separator');
		const two = filterRows(state({ q: 'SEPARATOR  lipf6' }), index);
		expect(two.length).toBeLessThanOrEqual(all.length);
		for (const i of two)
			expect(index.search[i]).toMatch(/separator[\s\S]*lipf6|lipf6[\s\S]*separator/);
		expect(filterRows(state({ q: 'no-such-word-anywhere' }), index)).toHaveLength(0);
	});

	it('min/max filter: keeps rows inside the bounds and drops empty cells', () => {
		const shown = filterRows(state({ ranges: { currentDensity: { min: 10, max: 20 } } }), index);
		expect(shown.length).toBeGreaterThan(0);
		for (const i of shown) {
			const v = t2.rows[i]!.currentDensity as number;
			expect(v).toBeGreaterThanOrEqual(10);
			expect(v).toBeLessThanOrEqual(20);
		}
		const hot = filterRows(state({ ranges: { temperature: { min: -100 } } }), index);
		for (const i of hot) expect(t2.rows[i]!.temperature).not.toBeNull();
	});

	it('range cells pass when their range overlaps the bounds', () => {
		const i1 = buildIndex(t1);
		// Oxides print 1e-7 – 1e-3 S/cm: overlaps [1e-4, 1].
		const shown = filterRows(state({ ranges: { ionicConductivity: { min: 1e-4 } } }), i1);
		expect(Array.from(shown, (i) => t1.rows[i]!.seType)).toContain('Oxide');
		const none = filterRows(state({ ranges: { ionicConductivity: { min: 10 } } }), i1);
		expect(none).toHaveLength(0);
	});

	it('choice filter: category by id, any of the chosen values', () => {
		const cats = [...new Set(t2.rows.map((r) => r.category))].slice(0, 2);
		const shown = filterRows(state({ choices: { category: cats } }), index);
		expect(shown.length).toBe(t2.rows.filter((r) => cats.includes(r.category)).length);
		const i4 = buildIndex(s4t4);
		const cls = filterRows(state({ choices: { electrolyteClass: ['sulfide'] } }), i4);
		for (const i of cls) expect(s4t4.rows[i]!.electrolyteClass).toBe('sulfide');
	});

	it('reusing the last result while typing gives the same rows as a fresh index', () => {
		const warm = buildIndex(t2);
		const sequence: TableState[] = [
			state({ q: 's' }),
			state({ q: 'se' }),
			state({ q: 'sep' }),
			state({ q: 'se' }),
			state({ q: 'separator' }),
			state({ q: '' }),
			state({ q: 'separator lipf6' }),
			state({ q: 'separator', ranges: { currentDensity: { min: 10 } } }),
			state({ q: 'separator x', ranges: { currentDensity: { min: 10 } } }),
			state({ q: 'separator x', sort: { key: 'capacity', dir: 'desc' } }),
			state({ q: 'li', choices: { category: ['3d-hosts'] } }),
			state({ q: 'lit', choices: { category: ['3d-hosts', 'electrolyte-design'] } }),
		];
		for (const s of sequence)
			expect(Array.from(filterRows(s, warm)), JSON.stringify(s)).toEqual(
				Array.from(filterRows(s, buildIndex(t2))),
			);
	});

	it('combines filters with the sort', () => {
		const shown = filterRows(
			state({
				q: 'li',
				sort: { key: 'capacity', dir: 'desc' },
				ranges: { currentDensity: { min: 5 } },
			}),
			index,
		);
		const caps = Array.from(shown, (i) => t2.rows[i]!.capacity as number | null).filter(
			(v) => v !== null,
		);
		expect(caps).toEqual([...caps].sort((a, b) => b! - a!));
	});
});

describe('messages and helpers', () => {
	const index = buildIndex(t2);
	it('counts and announces', () => {
		expect(shownText(12, 38)).toBe('Showing 12 of 38 rows');
		expect(shownText(1, 1)).toBe('Showing 1 of 1 row');
		expect(sortMessage(index, { key: 'currentDensity', dir: 'desc' })).toBe(
			'Sorted by Current density, descending',
		);
		expect(sortMessage(index, { key: 'ref', dir: 'asc' })).toBe('Sorted by Ref., ascending');
	});
	it('toggles the sort direction on the same column, starts ascending on a new one', () => {
		expect(nextSort(null, 'a')).toEqual({ key: 'a', dir: 'asc' });
		expect(nextSort({ key: 'a', dir: 'asc' }, 'a')).toEqual({ key: 'a', dir: 'desc' });
		expect(nextSort({ key: 'a', dir: 'desc' }, 'a')).toEqual({ key: 'a', dir: 'asc' });
		expect(nextSort({ key: 'a', dir: 'desc' }, 'b')).toEqual({ key: 'b', dir: 'asc' });
	});
	it('counts active per-column filters', () => {
		expect(activeFilterCount(EMPTY_STATE)).toBe(0);
		expect(
			activeFilterCount(state({ ranges: { a: { min: 1 }, b: {} }, choices: { c: ['x'], d: [] } })),
		).toBe(2);
	});
});

describe('scale', () => {
	/** 10 000 rows: copies of Table 2 with numbers scaled by a seeded factor. */
	function synthetic(n: number): {
		columns: Column[];
		rows: DatasetRow[];
		electrolyteClass?: string;
	} {
		let seed = 42;
		const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
		const rows: DatasetRow[] = [];
		for (let k = 0; k < n; k++) {
			const src = t2.rows[k % t2.rows.length]!;
			const copy: DatasetRow = { ...src };
			for (const [key, v] of Object.entries(src))
				if (typeof v === 'number') copy[key] = Number((v * (0.5 + 1.5 * rand())).toPrecision(3));
			rows.push(copy);
		}
		return { columns: t2.columns, rows, electrolyteClass: t2.electrolyteClass };
	}

	it('filters 10 000 rows per keystroke in a few milliseconds', () => {
		const data = synthetic(10_000);
		const t0 = performance.now();
		const index = buildIndex(data);
		const indexMs = performance.now() - t0;
		const word = 'separator';
		const states = [...word].map((_, i) =>
			state({ q: word.slice(0, i + 1), sort: { key: 'currentDensity', dir: 'desc' } }),
		);
		filterRows(states[0]!, index); // builds the memoized sort order
		const t1 = performance.now();
		const reps = 10;
		let total = 0;
		for (let r = 0; r < reps; r++) for (const s of states) total += filterRows(s, index).length;
		const perKeystroke = (performance.now() - t1) / (reps * states.length);
		const ranged = performance.now();
		filterRows(
			state({
				ranges: { currentDensity: { min: 5, max: 50 } },
				choices: { category: ['3d-hosts'] },
			}),
			index,
		);
		const rangeMs = performance.now() - ranged;
		console.info(
			`10 000 rows: index ${indexMs.toFixed(1)} ms, text filter ${perKeystroke.toFixed(3)} ms/keystroke, range+choice ${rangeMs.toFixed(3)} ms`,
		);
		expect(total).toBeGreaterThan(0);
		// Generous bounds for slow CI machines; typical values are ~1 ms and ~100 ms.
		expect(perKeystroke).toBeLessThan(16);
		expect(indexMs).toBeLessThan(2000);
	});
});
