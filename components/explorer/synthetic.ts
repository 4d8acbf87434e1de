/**
 * Deterministic synthetic cycling rows for scale tests and the benchmark (never imported by the page).
 * A seeded PRNG (mulberry32) draws log-uniform current densities and capacities in the ranges of the
 * real tables, a mix of cycle counts, durations and missing values, and every class and category.
 */
import type { CyclingRow } from '../../src/data/cycling';
import { ELECTROLYTE_CLASSES, STRATEGY_IDS, SEEDS } from '../../src/data/vocabulary';

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function logUniform(rand: () => number, lo: number, hi: number): number {
	const v = lo * Math.pow(hi / lo, rand());
	return Number(v.toPrecision(3));
}

function pick<T>(rand: () => number, items: readonly T[]): T {
	return items[Math.floor(rand() * items.length) % items.length]!;
}

/** `n` synthetic rows; the same (n, seed) always gives the same rows. */
export function syntheticRows(n: number, seed = 1): CyclingRow[] {
	const rand = mulberry32(seed);
	const count = Math.max(0, Math.floor(Number.isFinite(n) ? n : 0));
	const rows: CyclingRow[] = [];
	for (let k = 0; k < count; k++) {
		const dataset = `synthetic-table${(k % 8) + 1}`;
		const rowNumber = Math.floor(k / 8) + 1;
		const cls = pick(rand, ELECTROLYTE_CLASSES);
		const liquid = cls === 'liquid';
		const u = rand();
		const cycles = u < 0.8 ? Math.round(logUniform(rand, 10, 12000)) : null;
		const hours = cycles === null && u < 0.95 ? Math.round(logUniform(rand, 50, 3000)) : null;
		rows.push({
			id: `${dataset}#row-${rowNumber}`,
			dataset,
			rowNumber,
			seed: pick(rand, SEEDS),
			table: `Table ${(k % 8) + 1}`,
			ref: `[${1 + Math.floor(rand() * 250)}]`,
			label: `Synthetic strategy ${k + 1}`,
			currentDensity: liquid ? logUniform(rand, 1, 100) : logUniform(rand, 0.05, 30),
			arealCapacity: rand() < 0.03 ? null : logUniform(rand, 0.05, 100),
			cycles,
			hours,
			temperature: rand() < 0.3 ? null : pick(rand, [25, 30, 55, 60, 100]),
			electrolyteClass: cls,
			category: pick(rand, STRATEGY_IDS),
		});
	}
	return rows;
}
