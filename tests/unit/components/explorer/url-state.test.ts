import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, SORT_KEYS, type FilterState } from '../../../../components/explorer/filter';
import {
	parsePositive,
	parseState,
	serializeState,
} from '../../../../components/explorer/url-state';
import { ELECTROLYTE_CLASSES, STRATEGY_IDS } from '../../../../src/data/vocabulary';

function expectSane(s: FilterState) {
	for (const k of ['xmin', 'xmax', 'ymin', 'ymax'] as const) {
		const v = s[k];
		expect(v === null || (typeof v === 'number' && Number.isFinite(v) && v > 0), `${k}=${v}`).toBe(
			true,
		);
	}
	if (s.xmin !== null && s.xmax !== null) expect(s.xmin).toBeLessThanOrEqual(s.xmax);
	if (s.ymin !== null && s.ymax !== null) expect(s.ymin).toBeLessThanOrEqual(s.ymax);
	expect(s.category === null || (STRATEGY_IDS as readonly string[]).includes(s.category)).toBe(
		true,
	);
	expect(Array.isArray(s.classes)).toBe(true);
	for (const c of s.classes) expect(ELECTROLYTE_CLASSES).toContain(c);
	expect(SORT_KEYS).toContain(s.sort);
	expect(['asc', 'desc']).toContain(s.dir);
	for (const v of Object.values(s)) expect(v).not.toBeUndefined();
}

describe('parseState', () => {
	it('reads a full, valid query', () => {
		const { state, notices } = parseState(
			'?category=3d-hosts&class=liquid,oxide&xmin=5&xmax=80&ymin=0.5&ymax=10&sort=cycles&dir=asc',
		);
		expect(notices).toEqual([]);
		expect(state).toEqual({
			classes: ['liquid', 'oxide'],
			category: '3d-hosts',
			xmin: 5,
			xmax: 80,
			ymin: 0.5,
			ymax: 10,
			sort: 'cycles',
			dir: 'asc',
		});
	});

	it('gives the defaults for an empty query', () => {
		expect(parseState('')).toEqual({ state: DEFAULT_STATE, notices: [] });
		expect(parseState('?')).toEqual({ state: DEFAULT_STATE, notices: [] });
		expect(parseState('?xmin=&category=')).toEqual({ state: DEFAULT_STATE, notices: [] });
	});

	it('ignores malformed values with a notice naming each', () => {
		const { state, notices } = parseState(
			'?category=nope&class=liquid,plasma&xmin=-1&xmax=abc&ymin=1e999&ymax=NaN&sort=evil&dir=up',
		);
		expect(state.category).toBeNull();
		expect(state.classes).toEqual(['liquid']);
		expect([state.xmin, state.xmax, state.ymin, state.ymax]).toEqual([null, null, null, null]);
		expect(state.sort).toBe(DEFAULT_STATE.sort);
		expect(notices).toHaveLength(8);
		expect(notices.join(' ')).toMatch(/category.*nope/);
		expect(notices.join(' ')).toMatch(/plasma/);
	});

	it('drops a reversed range', () => {
		const { state, notices } = parseState('?xmin=10&xmax=5&ymin=1');
		expect([state.xmin, state.xmax, state.ymin]).toEqual([null, null, 1]);
		expect(notices).toHaveLength(1);
	});

	it('accepts repeated class parameters and class=none', () => {
		expect(parseState('?class=sulfide&class=oxide').state.classes).toEqual(['oxide', 'sulfide']);
		expect(parseState('?class=none').state.classes).toEqual([]);
	});

	it('reads only plain positive decimals as bounds', () => {
		expect(parsePositive('5')).toBe(5);
		expect(parsePositive(' 0.5 ')).toBe(0.5);
		expect(parsePositive('2e-3')).toBe(0.002);
		for (const bad of ['0', '-1', 'Infinity', 'NaN', '0x10', '1,5', '', '1e400', '5mA', '--1'])
			expect(parsePositive(bad), bad).toBeNull();
	});

	it('hostile parameter values never produce NaN, Infinity or undefined (property)', () => {
		const value = fc.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.constantFrom(
				'NaN',
				'Infinity',
				'-Infinity',
				'1e309',
				'-0',
				'0',
				'__proto__',
				'constructor',
				'%00',
				'1e-400',
			),
			fc.double().map(String),
		);
		const key = fc.constantFrom(
			'category',
			'class',
			'xmin',
			'xmax',
			'ymin',
			'ymax',
			'sort',
			'dir',
			'__proto__',
			'x',
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(key, value), { maxLength: 12 }), (pairs) => {
				const q = new URLSearchParams();
				for (const [k, v] of pairs) q.append(k, v);
				const { state, notices } = parseState(`?${q.toString()}`);
				expectSane(state);
				for (const n of notices) expect(typeof n).toBe('string');
			}),
		);
		fc.assert(
			fc.property(fc.string(), (raw) => {
				expectSane(parseState(raw).state);
			}),
		);
	});
});

describe('serializeState', () => {
	it('leaves defaults out', () => {
		expect(serializeState(DEFAULT_STATE)).toBe('');
		expect(
			serializeState({ ...DEFAULT_STATE, category: '3d-hosts', classes: ['liquid'], xmin: 5 }),
		).toBe('category=3d-hosts&class=liquid&xmin=5');
	});

	it('round-trips through parseState (property)', () => {
		const bound = fc.option(
			fc.double({ min: 1e-4, max: 1e5, noNaN: true }).map((v) => Number(v.toPrecision(4))),
			{ nil: null },
		);
		const state = fc.record({
			classes: fc.subarray([...ELECTROLYTE_CLASSES]),
			category: fc.option(fc.constantFrom(...STRATEGY_IDS), { nil: null }),
			xmin: bound,
			xmax: bound,
			ymin: bound,
			ymax: bound,
			sort: fc.constantFrom(...SORT_KEYS),
			dir: fc.constantFrom('asc' as const, 'desc' as const),
		});
		fc.assert(
			fc.property(state, (s) => {
				const ordered = { ...s };
				if (ordered.xmin !== null && ordered.xmax !== null && ordered.xmin > ordered.xmax)
					ordered.xmax = null;
				if (ordered.ymin !== null && ordered.ymax !== null && ordered.ymin > ordered.ymax)
					ordered.ymax = null;
				const { state: back, notices } = parseState(`?${serializeState(ordered)}`);
				expect(notices).toEqual([]);
				expect(back).toEqual(ordered);
			}),
		);
	});
});
