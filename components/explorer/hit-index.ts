/**
 * Hit-testing for the plot without one DOM node per point: points are bucketed into a uniform grid of
 * `cell`-pixel squares; a pointer query looks only at the buckets around it. Building is O(n), a query
 * O(points in the nearby buckets).
 */

export interface HitPoint {
	/** Index of the row in the caller's array. */
	i: number;
	x: number;
	y: number;
	/** Drawn radius in px (a larger marker is easier to hit). */
	r: number;
}

export interface HitIndex {
	readonly cell: number;
	readonly cols: number;
	readonly rows: number;
	readonly buckets: Map<number, HitPoint[]>;
	readonly size: number;
}

export function buildHitIndex(
	points: readonly HitPoint[],
	width: number,
	height: number,
	cell = 24,
): HitIndex {
	const c = Math.max(4, Number.isFinite(cell) ? cell : 24);
	const cols = Math.max(1, Math.ceil((Number.isFinite(width) ? Math.max(width, 1) : 1) / c));
	const rows = Math.max(1, Math.ceil((Number.isFinite(height) ? Math.max(height, 1) : 1) / c));
	const buckets = new Map<number, HitPoint[]>();
	let size = 0;
	for (const p of points) {
		if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
		const key = keyOf(p.x, p.y, c, cols, rows);
		const b = buckets.get(key);
		if (b) b.push(p);
		else buckets.set(key, [p]);
		size++;
	}
	return { cell: c, cols, rows, buckets, size };
}

function clampInt(v: number, lo: number, hi: number): number {
	return Math.min(hi, Math.max(lo, Math.floor(v)));
}

function keyOf(x: number, y: number, cell: number, cols: number, rows: number): number {
	return clampInt(y / cell, 0, rows - 1) * cols + clampInt(x / cell, 0, cols - 1);
}

/**
 * The point nearest to (x, y) whose marker (radius + `slop` px) contains the position, or null. Ties go to
 * the smaller marker, so a small point drawn over a large one can still be picked.
 */
export function nearest(
	index: HitIndex,
	x: number,
	y: number,
	slop = 4,
	maxR = 24,
): HitPoint | null {
	if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
	const reach = maxR + slop;
	const c0 = clampInt((x - reach) / index.cell, 0, index.cols - 1);
	const c1 = clampInt((x + reach) / index.cell, 0, index.cols - 1);
	const r0 = clampInt((y - reach) / index.cell, 0, index.rows - 1);
	const r1 = clampInt((y + reach) / index.cell, 0, index.rows - 1);
	let best: HitPoint | null = null;
	let bestScore = Infinity;
	for (let r = r0; r <= r1; r++) {
		for (let c = c0; c <= c1; c++) {
			const b = index.buckets.get(r * index.cols + c);
			if (!b) continue;
			for (const p of b) {
				const d = Math.hypot(p.x - x, p.y - y);
				if (d > Math.max(p.r, 3) + slop) continue;
				// Distance relative to the marker size: the centre of a small marker beats the rim of a big one.
				const score = d / (Math.max(p.r, 3) + slop) + p.r * 1e-3;
				if (score < bestScore) {
					bestScore = score;
					best = p;
				}
			}
		}
	}
	return best;
}

/** Every indexed point whose centre lies in the rectangle (corners in any order). */
export function inRect(
	index: HitIndex,
	xa: number,
	ya: number,
	xb: number,
	yb: number,
): HitPoint[] {
	const x0 = Math.min(xa, xb);
	const x1 = Math.max(xa, xb);
	const y0 = Math.min(ya, yb);
	const y1 = Math.max(ya, yb);
	if (![x0, x1, y0, y1].every(Number.isFinite)) return [];
	const out: HitPoint[] = [];
	for (
		let r = clampInt(y0 / index.cell, 0, index.rows - 1);
		r <= clampInt(y1 / index.cell, 0, index.rows - 1);
		r++
	) {
		for (
			let c = clampInt(x0 / index.cell, 0, index.cols - 1);
			c <= clampInt(x1 / index.cell, 0, index.cols - 1);
			c++
		) {
			for (const p of index.buckets.get(r * index.cols + c) ?? []) {
				if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) out.push(p);
			}
		}
	}
	return out;
}
