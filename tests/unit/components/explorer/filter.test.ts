import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	applyPreset,
	DEFAULT_STATE,
	filterCyclingRows,
	matchRows,
	prepareRows,
	sortRows,
	type FilterState,
} from '../../../../components/explorer/filter';
import { syntheticRows } from '../../../../components/explorer/synthetic';
import type { CyclingRow } from '../../../../src/data/cycling';
import { ELECTROLYTE_CLASSES, STRATEGY_IDS } from '../../../../src/data/vocabulary';

/** The filter written the obvious way, to compare the precomputed one against. */
function naive(rows: CyclingRow[], s: FilterState): CyclingRow[] {
	return rows.filter((r) => {
		if (!s.classes.includes(r.electrolyteClass)) return false;
		if (s.category !== null && r.category !== s.category) return false;
		if (s.xmin !== null && r.currentDensity < s.xmin) return false;
		if (s.xmax !== null && r.currentDensity > s.xmax) return false;
		if (s.ymin !== null || s.ymax !== null) {
			if (r.arealCapacity === null) return false;
			if (s.ymin !== null && r.arealCapacity < s.ymin) return false;
			if (s.ymax !== null && r.arealCapacity > s.ymax) return false;
		}
		return true;
	});
}

const rows = syntheticRows(500, 7);

describe('filterCyclingRows', () => {
	it('keeps everything in the default state', () => {
		expect(filterCyclingRows(rows, DEFAULT_STATE)).toEqual(rows);
	});

	it('applies class, category and range, leaving out unknown capacities when the capacity is bounded', () => {
		const s: FilterState = { ...DEFAULT_STATE, classes: ['liquid'], xmin: 5 };
		const out = filterCyclingRows(rows, s);
		expect(out.length).toBeGreaterThan(0);
		for (const r of out) {
			expect(r.electrolyteClass).toBe('liquid');
			expect(r.currentDensity).toBeGreaterThanOrEqual(5);
		}
		const withNull = rows.filter((r) => r.arealCapacity === null);
		expect(withNull.length).toBeGreaterThan(0);
		const bounded = filterCyclingRows(rows, { ...DEFAULT_STATE, ymin: 1e-9 });
		for (const r of withNull) expect(bounded).not.toContain(r);
		expect(filterCyclingRows(rows, { ...DEFAULT_STATE, classes: [] })).toEqual([]);
	});

	it('equals the naive filter for any state (property)', () => {
		const bound = fc.option(fc.double({ min: 0.01, max: 200, noNaN: true }), { nil: null });
		const state = fc.record({
			classes: fc.subarray([...ELECTROLYTE_CLASSES]),
			category: fc.option(fc.constantFrom(...STRATEGY_IDS), { nil: null }),
			xmin: bound,
			xmax: bound,
			ymin: bound,
			ymax: bound,
			sort: fc.constant(DEFAULT_STATE.sort),
			dir: fc.constant(DEFAULT_STATE.dir),
		});
		fc.assert(
			fc.property(state, (s) => {
				expect(filterCyclingRows(rows, s)).toEqual(naive(rows, s));
			}),
			{ numRuns: 200 },
		);
	});

	it('precomputes the columns once per rows array', () => {
		expect(prepareRows(rows)).toBe(prepareRows(rows));
		const flags = matchRows(rows, { ...DEFAULT_STATE, xmin: 1 });
		for (let i = 0; i < rows.length; i++) if (flags.selected[i]) expect(flags.shown[i]).toBe(1);
	});

	it('presets reproduce the regimes of Figure 7', () => {
		const a = applyPreset({ ...DEFAULT_STATE, category: '3d-hosts', ymax: 3 }, 'fig7a');
		expect(a).toMatchObject({
			classes: ['liquid'],
			xmin: 5,
			xmax: null,
			ymin: null,
			ymax: null,
			category: null,
		});
		const b = applyPreset(DEFAULT_STATE, 'fig7b');
		expect(b.classes).toEqual(['oxide', 'sulfide', 'halide', 'polymer', 'composite']);
		expect(b.xmin).toBe(0.5);
	});
});

describe('sortRows', () => {
	it('sorts by a number in either direction with missing values last', () => {
		for (const dir of ['asc', 'desc'] as const) {
			const out = sortRows(rows, 'cycles', dir);
			const values = out.map((r) => r.cycles);
			const firstNull = values.indexOf(null);
			expect(firstNull).toBeGreaterThan(0);
			expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
			const nums = values.slice(0, firstNull) as number[];
			const want = [...nums].sort((a, b) => (dir === 'asc' ? a - b : b - a));
			expect(nums).toEqual(want);
		}
		expect(sortRows(rows, 'currentDensity', 'desc')[0]!.currentDensity).toBe(
			Math.max(...rows.map((r) => r.currentDensity)),
		);
	});

	it('does not mutate its input and is stable', () => {
		const copy = [...rows];
		sortRows(rows, 'label', 'asc');
		expect(rows).toEqual(copy);
		const bySource = sortRows(rows, 'source', 'asc');
		expect(bySource[0]!.dataset <= bySource[bySource.length - 1]!.dataset).toBe(true);
	});
});
