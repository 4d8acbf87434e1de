import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildHitIndex,
	inRect,
	nearest,
	type HitPoint,
} from '../../../../components/explorer/hit-index';

const W = 720;
const H = 440;
const point = fc.record({
	x: fc.double({ min: 0, max: W, noNaN: true }),
	y: fc.double({ min: 0, max: H, noNaN: true }),
	r: fc.double({ min: 2, max: 18, noNaN: true }),
});
const points = fc
	.array(point, { maxLength: 300 })
	.map((ps) => ps.map((p, i): HitPoint => ({ ...p, i })));

function bruteNearest(ps: HitPoint[], x: number, y: number, slop: number): HitPoint | null {
	let best: HitPoint | null = null;
	let score = Infinity;
	for (const p of ps) {
		const d = Math.hypot(p.x - x, p.y - y);
		const reach = Math.max(p.r, 3) + slop;
		if (d > reach) continue;
		const s = d / reach + p.r * 1e-3;
		if (s < score) {
			score = s;
			best = p;
		}
	}
	return best;
}

describe('grid hit index', () => {
	it('finds a point under the pointer and nothing far away', () => {
		const idx = buildHitIndex(
			[
				{ i: 0, x: 100, y: 100, r: 6 },
				{ i: 1, x: 300, y: 200, r: 3 },
			],
			W,
			H,
		);
		expect(nearest(idx, 103, 98)?.i).toBe(0);
		expect(nearest(idx, 301, 201)?.i).toBe(1);
		expect(nearest(idx, 500, 400)).toBeNull();
		expect(nearest(idx, NaN, 1)).toBeNull();
	});

	it('prefers the small marker drawn over a large one', () => {
		const idx = buildHitIndex(
			[
				{ i: 0, x: 100, y: 100, r: 18 },
				{ i: 1, x: 104, y: 100, r: 3 },
			],
			W,
			H,
		);
		expect(nearest(idx, 104, 100)?.i).toBe(1);
	});

	it('agrees with a brute-force search (property)', () => {
		fc.assert(
			fc.property(
				points,
				fc.double({ min: -20, max: W + 20, noNaN: true }),
				fc.double({ min: -20, max: H + 20, noNaN: true }),
				(ps, x, y) => {
					const idx = buildHitIndex(ps, W, H);
					const got = nearest(idx, x, y, 4, 18);
					const want = bruteNearest(ps, x, y, 4);
					expect(got?.i ?? null).toBe(want?.i ?? null);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('selects the points in a rectangle like a brute-force scan (property)', () => {
		fc.assert(
			fc.property(points, point, point, (ps, a, b) => {
				const idx = buildHitIndex(ps, W, H);
				const got = inRect(idx, a.x, a.y, b.x, b.y)
					.map((p) => p.i)
					.sort((m, n) => m - n);
				const [x0, x1] = [Math.min(a.x, b.x), Math.max(a.x, b.x)];
				const [y0, y1] = [Math.min(a.y, b.y), Math.max(a.y, b.y)];
				const want = ps
					.filter((p) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1)
					.map((p) => p.i);
				expect(got).toEqual(want);
			}),
			{ numRuns: 200 },
		);
	});

	it('indexes 7400 points into buckets, not one structure per point', () => {
		const ps: HitPoint[] = Array.from({ length: 7400 }, (_, i) => ({
			i,
			x: (i * 37) % W,
			y: (i * 53) % H,
			r: 4,
		}));
		const idx = buildHitIndex(ps, W, H, 24);
		expect(idx.size).toBe(7400);
		expect(idx.buckets.size).toBeLessThanOrEqual(idx.cols * idx.rows);
		expect(idx.cols * idx.rows).toBe(30 * 19);
	});
});
