import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildIndex,
	EMPTY_STATE,
	type TableState,
} from '../../../../components/literature/table-state';
import { displayColumns } from '../../../../components/literature/table-view';
import {
	parseNumber,
	parseTableState,
	tableStateToQuery,
} from '../../../../components/literature/url-state';
import { loadDataset } from '../../../../src/data/load';

const t2 = loadDataset(join('content/literature', 'seed000-table2.yaml'));
const index = buildIndex(t2);
const hideable = displayColumns(t2)
	.filter((c) => c.kind !== 'ref')
	.map((c) => c.key);
const parse = (q: string) => parseTableState(new URLSearchParams(q), index, hideable);

describe('parseTableState', () => {
	it('reads every kind of parameter', () => {
		const { state, notices } = parse(
			'q=separator&sort=-currentDensity&min.capacity=1&max.capacity=5&in.category=3d-hosts&in.category=ion-flux-regulation&hide=hours,cycles',
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			q: 'separator',
			sort: { key: 'currentDensity', dir: 'desc' },
			ranges: { capacity: { min: 1, max: 5 } },
			choices: { category: ['3d-hosts', 'ion-flux-regulation'] },
			hidden: ['hours', 'cycles'],
		});
		expect(parse('sort=ref').state.sort).toEqual({ key: 'ref', dir: 'asc' });
	});

	it('ignores malformed values with a notice naming each, and keeps the rest', () => {
		const { state, notices } = parse(
			'sort=nope&min.capacity=abc&max.strategy=3&in.category=not-a-strategy&in.strategy=x&hide=ghost,hours&min.ghost=1&q=ok',
		);
		expect(state.sort).toBeNull();
		expect(state.ranges).toEqual({});
		expect(state.choices).toEqual({});
		expect(state.hidden).toEqual(['hours']);
		expect(state.q).toBe('ok');
		expect(notices).toHaveLength(7);
		expect(notices.join('\n')).toMatch(/sort=“nope”: no such column/);
		expect(notices.join('\n')).toMatch(/min\.capacity=“abc”: not a number/);
		expect(notices.join('\n')).toMatch(/max\.strategy=“3”: not a numeric column/);
	});

	it('drops a filter whose minimum is above its maximum', () => {
		const { state, notices } = parse('min.capacity=5&max.capacity=1');
		expect(state.ranges).toEqual({});
		expect(notices[0]).toMatch(/minimum 5 is above its maximum 1/);
	});

	it("leaves other parameters (Pagefind's highlight) alone", () => {
		expect(parse('highlight=garnet&utm_source=x')).toEqual({ state: EMPTY_STATE, notices: [] });
	});

	it('never lets a hostile value through unescaped or overlong', () => {
		const long = 'x'.repeat(500);
		const { notices } = parse(`sort=${long}%00`);
		expect(notices[0]!.length).toBeLessThan(120);
		expect(notices[0]).not.toContain('\u0000');
	});
});

describe('tableStateToQuery', () => {
	it('round-trips through parseTableState and keeps foreign parameters', () => {
		const s: TableState = {
			q: 'li metal',
			sort: { key: 'capacity', dir: 'asc' },
			ranges: { currentDensity: { min: 0.5 }, temperature: { max: 60 } },
			choices: { category: ['3d-hosts'] },
			hidden: ['electrolyte'],
		};
		const query = tableStateToQuery(s, new URLSearchParams('highlight=foo&sort=-x'));
		expect(query.startsWith('highlight=foo&')).toBe(true);
		expect(parse(query)).toEqual({ state: s, notices: [] });
	});
	it('writes nothing for the empty state', () => {
		expect(tableStateToQuery(EMPTY_STATE, new URLSearchParams('q=a&sort=b'))).toBe('');
	});
});

describe('parseNumber', () => {
	it('accepts plain and exponent notation and the minus sign', () => {
		expect(parseNumber('5')).toBe(5);
		expect(parseNumber(' 0.5 ')).toBe(0.5);
		expect(parseNumber('1e-4')).toBe(1e-4);
		expect(parseNumber('-20')).toBe(-20);
		expect(parseNumber('\u221220')).toBe(-20);
		for (const bad of ['', 'abc', '1,5', 'Infinity', 'NaN', '1e999', '0x10'])
			expect(parseNumber(bad)).toBeNull();
	});
});
