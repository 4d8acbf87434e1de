import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	formatTick,
	invertValue,
	logScale,
	logTicks,
	niceCeil,
	niceFloor,
	niceLogDomain,
	scaleValue,
} from '../../../../components/explorer/scales';

const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const domain = fc
	.tuple(positive, fc.double({ min: 1.5, max: 1e6, noNaN: true, noDefaultInfinity: true }))
	.map(([a, k]) => [a, a * k] as [number, number]);
const pxRange = fc
	.tuple(
		fc.double({ min: -2000, max: 2000, noNaN: true }),
		fc.double({ min: 20, max: 2000, noNaN: true }),
		fc.boolean(),
	)
	.map(([a, len, flip]) => (flip ? [a + len, a] : [a, a + len]) as [number, number]);
const hostile = fc.oneof(
	fc.constantFrom(
		NaN,
		Infinity,
		-Infinity,
		0,
		-0,
		-1,
		-1e300,
		1e300,
		Number.MIN_VALUE,
		Number.MAX_VALUE,
	),
	fc.double(),
);

describe('log scale', () => {
	it('maps the domain ends to the range ends', () => {
		const s = logScale([0.1, 100], [50, 650]);
		expect(scaleValue(s, 0.1)).toBeCloseTo(50, 9);
		expect(scaleValue(s, 100)).toBeCloseTo(650, 9);
		expect(scaleValue(s, Math.sqrt(10))).toBeCloseTo(350, 9);
		const y = logScale([0.1, 100], [400, 10]);
		expect(scaleValue(y, 100)).toBeCloseTo(10, 9);
	});

	it('value → px → value round-trips (property)', () => {
		fc.assert(
			fc.property(domain, pxRange, fc.double({ min: 0, max: 1, noNaN: true }), (d, r, t) => {
				const s = logScale(d, r);
				const v = s.d0 * Math.pow(s.d1 / s.d0, t);
				const back = invertValue(s, scaleValue(s, v));
				expect(Math.abs(back - v) / v).toBeLessThan(1e-9);
			}),
		);
	});

	it('px → value → px round-trips (property)', () => {
		fc.assert(
			fc.property(domain, pxRange, fc.double({ min: 0, max: 1, noNaN: true }), (d, r, t) => {
				const s = logScale(d, r);
				const px = s.r0 + t * (s.r1 - s.r0);
				expect(Math.abs(scaleValue(s, invertValue(s, px)) - px)).toBeLessThan(
					1e-6 * Math.max(1, Math.abs(px)),
				);
			}),
		);
	});

	it('is monotonic (property)', () => {
		fc.assert(
			fc.property(domain, pxRange, positive, positive, (d, r, a, b) => {
				const s = logScale(d, r);
				const sign = Math.sign(s.r1 - s.r0);
				if (a < b) expect(sign * (scaleValue(s, b) - scaleValue(s, a))).toBeGreaterThanOrEqual(0);
			}),
		);
	});

	it('never returns NaN or Infinity, whatever it is given (property)', () => {
		fc.assert(
			fc.property(hostile, hostile, hostile, hostile, hostile, (a, b, c, d, v) => {
				const s = logScale([a, b], [c, d]);
				for (const x of [s.d0, s.d1, s.r0, s.r1, scaleValue(s, v), invertValue(s, v)])
					expect(Number.isFinite(x)).toBe(true);
				expect(s.d0).toBeGreaterThan(0);
				expect(s.d1).toBeGreaterThan(s.d0);
				expect(invertValue(s, v)).toBeGreaterThan(0);
			}),
		);
	});
});

describe('nice domains and ticks', () => {
	it('snaps to 1-2-5 values', () => {
		expect(niceFloor(0.4)).toBe(0.2);
		expect(niceFloor(7)).toBe(5);
		expect(niceFloor(1)).toBe(1);
		expect(niceCeil(100)).toBe(100);
		expect(niceCeil(101)).toBe(200);
		expect(niceCeil(0.03)).toBe(0.05);
	});

	it('covers the data with padding, ignoring invalid values', () => {
		expect(niceLogDomain([0.5, 80])).toEqual([0.2, 100]);
		expect(niceLogDomain([0.1, 80, NaN, -3, Infinity])).toEqual([0.05, 100]);
		expect(niceLogDomain([])).toEqual([0.1, 100]);
		fc.assert(
			fc.property(fc.array(positive, { minLength: 1, maxLength: 30 }), (vs) => {
				const [a, b] = niceLogDomain(vs);
				expect(a).toBeLessThanOrEqual(Math.min(...vs));
				expect(b).toBeGreaterThanOrEqual(Math.max(...vs));
				expect(b).toBeGreaterThan(a);
			}),
		);
	});

	it('ticks lie in the domain, ascending, with every decade labelled', () => {
		const t = logTicks(0.2, 100);
		expect(t.major).toEqual([0.2, 0.5, 1, 2, 5, 10, 20, 50, 100]);
		expect(logTicks(0.01, 1e4).major).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000]);
		fc.assert(
			fc.property(domain, (d) => {
				const { major, minor } = logTicks(d[0], d[1]);
				for (const v of [...major, ...minor]) {
					expect(v).toBeGreaterThanOrEqual(d[0] * (1 - 1e-9));
					expect(v).toBeLessThanOrEqual(d[1] * (1 + 1e-9));
				}
				for (let i = 1; i < major.length; i++) expect(major[i]!).toBeGreaterThan(major[i - 1]!);
			}),
		);
		fc.assert(
			fc.property(hostile, hostile, (a, b) => {
				const { major, minor } = logTicks(a, b);
				for (const v of [...major, ...minor]) expect(Number.isFinite(v)).toBe(true);
			}),
		);
	});

	it('formats tick labels without float noise', () => {
		expect(formatTick(0.2)).toBe('0.2');
		expect(formatTick(100)).toBe('100');
		expect(formatTick(1e4)).toBe('10⁴');
		expect(formatTick(2e-4)).toBe('2×10⁻⁴');
		expect(formatTick(0.1 * 3)).toBe('0.3');
	});
});
