import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	arealCapacity,
	cRateForChargeTime,
	chargeTime,
	currentDensityAtCRate,
	electrodeDesign,
	lithiumFoilCapacity,
	npRatio,
	platedLithiumThickness,
	sampleCapacityVsLoading,
} from '../../../src/physics/areal-capacity';
import { LI_SPECIFIC_CAPACITY } from '../../../src/physics/constants';
import { errorsOf, expectRel, pos, unwrap } from './helpers';

// Unit factors written out by hand here (not imported) so the tests check units.ts independently.
const mAh_cm2 = 36000; // C m⁻²  (3.6 C / 1e-4 m²)
const mA_cm2 = 10; // A m⁻²
const mg_cm2 = 0.01; // kg m⁻²
const mAh_g = 3600; // C kg⁻¹
const C = 1 / 3600; // s⁻¹

describe('seed 003: areal capacity vs LZO@LCO mass loading', () => {
	// Pairs printed in the abstract and §2.3 (mAh cm⁻² ↔ mg cm⁻²). The paper does not print the
	// specific capacity it assumed; Q/loading = 135.0 mAh g⁻¹ for all pairs (active fraction 1: the
	// loading is the LZO@LCO mass). Max deviation 0.10 % (0.2 / 1.48 = 135.14 mAh g⁻¹; 74.08 is
	// 2 × 37.04, exact 74.074), i.e. rounding of the printed loadings — tolerance 0.15 %.
	const printed: Array<[number, number]> = [
		[0.2, 1.48],
		[0.5, 3.7],
		[4.7, 34.81],
		[5, 37.04],
		[7, 51.85],
		[10, 74.08],
		[15, 111.11],
	];
	it.each(printed)('%s mAh cm⁻² ↔ %s mg cm⁻² at 135 mAh g⁻¹', (q, loading) => {
		const Q = unwrap(arealCapacity({ loading: loading * mg_cm2, specificCapacity: 135 * mAh_g }));
		expectRel(Q / mAh_cm2, q, 1.5e-3);
	});

	// C-rate ↔ current-density pairs printed in seed 003 (exact).
	const rates: Array<[number, number, number]> = [
		[0.2, 50, 10], // 50C (10 mA cm⁻²) at 0.2 mAh cm⁻²
		[0.2, 30, 6], // 30C (6 mA cm⁻²)
		[0.5, 25, 12.5], // 25C (12.5 mA cm⁻²) at 0.5 mAh cm⁻²
		[4.7, 1, 4.7], // 1C (4.7 mA cm⁻²) at 4.7 mAh cm⁻²
		[7, 0.1, 0.7], // 0.1C (0.7 mA cm⁻²) at 7 mAh cm⁻²
	];
	it.each(rates)('%s mAh cm⁻² at %sC → %s mA cm⁻²', (q, c, j) => {
		const J = unwrap(currentDensityAtCRate({ Q: q * mAh_cm2, cRate: c * C }));
		expectRel(J / mA_cm2, j, 1e-12);
	});
});

describe('fast-charging references', () => {
	it('seed 000: 4 mA cm⁻² at 1C (a 4 mAh cm⁻² electrode)', () => {
		// J = 4·36000 C m⁻² · (1/3600) s⁻¹ = 40 A m⁻² = 4 mA cm⁻²
		expectRel(unwrap(currentDensityAtCRate({ Q: 4 * mAh_cm2, cRate: 1 * C })), 40, 1e-12);
	});
	it('seed 004: 4C ↔ 15 min nominal charge time', () => {
		// t = 1/(4/3600 s⁻¹) = 900 s = 15 min
		expectRel(unwrap(chargeTime({ cRate: 4 * C })), 900, 1e-12);
		expectRel(unwrap(cRateForChargeTime({ time: 15 * 60 })) / C, 4, 1e-12);
	});
	it('chargeTime and cRateForChargeTime are inverses', () => {
		fc.assert(
			fc.property(pos(1e-8, 1e3), (c) => {
				const t = unwrap(chargeTime({ cRate: c }));
				expectRel(unwrap(cRateForChargeTime({ time: t })), c, 1e-15);
			}),
		);
	});
});

describe('lithium thickness and N/P', () => {
	it('≈ 4.85 µm of dense Li per mAh cm⁻² (from F, M, ρ)', () => {
		// h = 36000 C m⁻² / 96485.33212 C mol⁻¹ · (6.94e-3/534) m³ mol⁻¹ = 4.8490808e-6 m
		const h = unwrap(platedLithiumThickness({ Q: mAh_cm2 }));
		expectRel(h, 4.849080769680475e-6, 1e-12);
		expect(Math.round(h * 1e8) / 100).toBe(4.85); // µm, 2 decimals
	});
	it('thickness ∝ Q and foil capacity is its inverse', () => {
		fc.assert(
			fc.property(pos(1e-3, 1e7), (Q) => {
				const h = unwrap(platedLithiumThickness({ Q }));
				expectRel(unwrap(lithiumFoilCapacity({ thickness: h })), Q, 1e-14);
			}),
		);
	});
	it('Li gravimetric capacity from constants ≈ the seeds’ 3860 mAh g⁻¹', () => {
		// F/M = 96485.33212/6.94 g = 13902.79 C g⁻¹ /3.6 = 3861.88 mAh g⁻¹ (printed 3860; 0.05 %)
		expectRel(LI_SPECIFIC_CAPACITY / mAh_g, 3861.884891130323, 1e-12);
		expectRel(LI_SPECIFIC_CAPACITY / mAh_g, 3860, 1e-3);
	});
	it('N/P of a 20 µm foil against 4.7 mAh cm⁻² (seed 003 cell)', () => {
		// foil: 20e-6 m / 1.2996e-5 m³ mol⁻¹ · F = 148491.75 C m⁻² (4.125 mAh cm⁻²); /169200 = 0.8776
		const r = unwrap(npRatio({ foilThickness: 20e-6, cathodeCapacity: 4.7 * mAh_cm2 }));
		expectRel(r.ratio, 0.87755171568664, 1e-12);
		expectRel(r.foilCapacity / mAh_cm2, 20 / 4.849080769680475, 1e-12);
	});
});

describe('electrode design and sweep', () => {
	it('combines Q, J, time, thickness and N/P', () => {
		// 30 mg cm⁻², 90 % active, 200 mAh g⁻¹ → Q = 0.3·0.9·720000 = 194400 C m⁻² = 5.4 mAh cm⁻²
		// at 2C: J = 194400/1800 = 108 A m⁻² = 10.8 mA cm⁻²; t = 1800 s
		const d = unwrap(
			electrodeDesign({
				loading: 30 * mg_cm2,
				activeFraction: 0.9,
				specificCapacity: 200 * mAh_g,
				cRate: 2 * C,
				foilThickness: 50e-6,
			}),
		);
		expectRel(d.Q, 194400, 1e-12);
		expectRel(d.J, 108, 1e-12);
		expectRel(d.chargeTime, 1800, 1e-12);
		expectRel(d.platedThickness, 5.4 * 4.849080769680475e-6, 1e-12);
		expectRel(d.npRatio!, 50 / (5.4 * 4.849080769680475), 1e-12);
		expect(
			'npRatio' in unwrap(electrodeDesign({ loading: 1, specificCapacity: 1, cRate: 1 })),
		).toBe(false);
	});
	it('sweep is linear in loading with exact endpoints', () => {
		const pts = unwrap(
			sampleCapacityVsLoading({
				specificCapacity: 135 * mAh_g,
				cRate: C,
				loadingMin: 1 * mg_cm2,
				loadingMax: 111.11 * mg_cm2,
				n: 5,
			}),
		);
		expect(pts).toHaveLength(5);
		expect(pts[0]!.loading).toBe(1 * mg_cm2);
		expect(pts[4]!.loading).toBe(111.11 * mg_cm2);
		for (const p of pts) {
			expectRel(p.Q, p.loading * 135 * mAh_g, 1e-12);
			expectRel(p.J, p.Q * C, 1e-12);
		}
		expectRel(pts[4]!.Q / mAh_cm2, 15, 1.5e-3);
	});
	it('validation lists all bad fields', () => {
		const e = errorsOf(
			arealCapacity({ loading: 0, activeFraction: 1.5, specificCapacity: Number.NaN }),
		);
		expect(e.map((x) => x.field)).toEqual(['loading', 'activeFraction', 'specificCapacity']);
		expect(e[1]?.allowed).toBe('0 < x ≤ 1');
		expect(errorsOf(chargeTime({ cRate: 0 }))[0]?.message).toBe('C-rate must be greater than 0');
		expect(
			errorsOf(npRatio({ foilThickness: -1, cathodeCapacity: 0 })).map((x) => x.field),
		).toEqual(['foilThickness', 'cathodeCapacity']);
		expect(
			errorsOf(
				sampleCapacityVsLoading({ specificCapacity: 1, cRate: 1, loadingMin: 2, loadingMax: 1 }),
			).map((x) => x.field),
		).toEqual(['loadingMax']);
	});
	it('overflow/underflow become result errors', () => {
		expect(errorsOf(arealCapacity({ loading: 1e308, specificCapacity: 1e308 }))[0]?.field).toBe(
			'result',
		);
		expect(errorsOf(chargeTime({ cRate: 5e-324 }))[0]?.code).toBe('not-finite');
		expect(errorsOf(platedLithiumThickness({ Q: 5e-324 }))[0]?.code).toBe('out-of-range');
	});
});
