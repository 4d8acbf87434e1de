import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	calculatorLinks,
	CALC_KEY,
	displayColumns,
	showsClassColumn,
} from '../../../../components/literature/table-view';
import { loadDataset } from '../../../../src/data/load';

const load = (id: string) => loadDataset(join('content/literature', `${id}.yaml`));

describe('displayColumns', () => {
	it('Ref., the data columns, Category, then class and calculators where they apply', () => {
		const t2 = load('seed000-table2');
		const keys = displayColumns(t2).map((c) => c.key);
		expect(keys).toEqual(['ref', ...t2.columns.map((c) => c.key), 'category', CALC_KEY]);
		const t3 = load('seed000-table3');
		expect(showsClassColumn(t3)).toBe(true);
		expect(
			displayColumns(t3)
				.map((c) => c.key)
				.slice(-3),
		).toEqual(['category', 'electrolyteClass', CALC_KEY]);
		const s4t1 = load('seed004-table1');
		expect(displayColumns(s4t1).map((c) => c.key)).not.toContain(CALC_KEY);
	});
});

describe('calculatorLinks', () => {
	const t2 = load('seed000-table2');
	it("gives Sand's time J and Q, and the CCD calculator Q and the C-rate J/Q", () => {
		const row = t2.rows[0]!; // [33]: 5 mA cm⁻², 2.5 mAh cm⁻²
		expect(calculatorLinks(t2, row)).toEqual({
			sandsTime: '/calculators/sands-time/?J=5&Q=2.5',
			ccd: '/calculators/ccd/?Q=2.5&crate=2',
			J: 5,
			Q: 2.5,
		});
	});
	it('rounds the C-rate to six significant digits', () => {
		const links = calculatorLinks(t2, { ...t2.rows[0]!, currentDensity: 1, capacity: 3 });
		expect(links!.ccd).toBe('/calculators/ccd/?Q=3&crate=0.333333');
	});
	it('gives nothing without both values or without a cycling mapping', () => {
		expect(calculatorLinks(t2, { ...t2.rows[0]!, capacity: null })).toBeNull();
		expect(calculatorLinks(t2, { ...t2.rows[0]!, currentDensity: 0 })).toBeNull();
		const s4t1 = load('seed004-table1');
		expect(calculatorLinks(s4t1, s4t1.rows[0]!)).toBeNull();
	});
});
