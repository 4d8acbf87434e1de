import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	canonicalNumber,
	dataValue,
	fill,
	formatDuration,
	formatNumber,
	formatQuantity,
	mathNumber,
	parseNumber,
} from '../../../../components/calculators/format';
import { setUnits } from '../../../../components/calculators/units';
import { unitTable } from '../../../../components/calculators/unit-table';

setUnits(unitTable());

const BAD = /NaN|Infinity|undefined|null/;
const anyNumber = fc.oneof(
	fc.double(),
	fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MIN_VALUE, Number.MAX_VALUE, 1e-320),
);

describe('formatting never shows NaN, Infinity or undefined', () => {
	it('for any double, including the non-finite ones', () => {
		fc.assert(
			fc.property(anyNumber, (x) => {
				for (const s of [
					formatNumber(x),
					formatQuantity(x, 'mA cm⁻²'),
					formatDuration(x),
					mathNumber(x),
					mathNumber(x, 's', 7),
					dataValue(x),
					canonicalNumber(x),
				])
					expect(s).not.toMatch(BAD);
			}),
			{ numRuns: 1000 },
		);
	});

	it('dataValue is empty without a finite number and exact otherwise', () => {
		expect(dataValue(NaN)).toBe('');
		expect(dataValue(Infinity)).toBe('');
		expect(dataValue(undefined)).toBe('');
		expect(dataValue(-0)).toBe('0');
		expect(dataValue(8124.000924170242)).toBe('8124.000924170242');
	});

	it('formats with 4 significant figures and Unicode exponents', () => {
		expect(formatNumber(8124.0009)).toBe('8124');
		expect(formatNumber(1.2e-9)).toBe('1.2 × 10⁻⁹');
		expect(formatNumber(-0.5)).toBe('−0.5');
		expect(formatNumber(NaN)).toBe('—');
		expect(formatQuantity(4.69935, 'mAh cm⁻²')).toBe('4.699 mAh cm⁻²');
		expect(formatQuantity(0.8777, '1')).toBe('0.8777');
		expect(formatDuration(900)).toBe('15 min');
		expect(formatDuration(8124)).toBe('2.257 h');
		expect(mathNumber(96485.33212, '', 7)).toBe('<mn>96485.33</mn>');
	});

	it('canonical numbers hide binary noise and parse back to the same number', () => {
		expect(canonicalNumber(0.1 + 0.2)).toBe('0.3');
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
				const s = canonicalNumber(x);
				const p = parseNumber(s);
				expect(p.kind).toBe('number');
				if (p.kind === 'number') expect(canonicalNumber(p.value)).toBe(s);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('parsing what people type', () => {
	it.each([
		['4', 4],
		[' 0.25 ', 0.25],
		['1e-5', 1e-5],
		['−3', -3],
		['-0', 0],
		['.5', 0.5],
	])('%j → %d', (raw, v) => {
		expect(parseNumber(raw)).toEqual({ kind: 'number', value: v });
	});

	it.each(['abc', 'NaN', 'Infinity', '0x10', '1,5', '1.2.3', '４', '<script>', 'e5'])(
		'%j is not a number',
		(raw) => {
			expect(parseNumber(raw)).toEqual({ kind: 'invalid', reason: 'r_nan' });
		},
	);

	it('1e999 is too large; empty is empty', () => {
		expect(parseNumber('1e999')).toEqual({ kind: 'invalid', reason: 'r_big' });
		expect(parseNumber('   ')).toEqual({ kind: 'empty' });
	});

	it('fills templates without leaking unknown placeholders', () => {
		expect(fill('a {x} b {y}', { x: '1' })).toBe('a 1 b ');
	});
});
