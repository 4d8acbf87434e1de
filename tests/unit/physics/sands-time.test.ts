import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	SINGLE_ION_REASON,
	chazalvielLimitingCurrent,
	maxCurrentDensityForCapacity,
	sampleSandsTime,
	sampleSurfaceConcentration,
	sandsTime,
	surfaceConcentration,
} from '../../../src/physics/sands-time';
import { FARADAY } from '../../../src/physics/constants';
import { bounded, errorsOf, expectRel, pos, unwrap } from './helpers';

// Reference electrolyte: D = 1e-5 cm² s⁻¹ = 1e-9 m² s⁻¹, c0 = 1 M = 1000 mol m⁻³, t₊ = 0.3.
const base = { D: 1e-9, c0: 1000, tPlus: 0.3 };

describe("Sand's time", () => {
	it('matches a hand-computed value', () => {
		// J = 10 mA cm⁻² = 100 A m⁻².
		// τ = π·1e-9·(96485.33212·1000)² / (4·100²·(1−0.3)²)
		//   = π·1e-9·9.30941952e15 / (4·1e4·0.49)
		//   = 2.92461…e7 / 19600 = 1492.16343505 s   (bc -l: 1492.1634350516770755)
		const r = bounded(unwrap(sandsTime({ ...base, J: 100 })));
		expectRel(r.tau, 1492.163435051677, 1e-12);
		// Q_s = J·τ = 100·1492.163… = 149216.34 C m⁻² (= 4.145 mAh cm⁻²)
		expectRel(r.sandCapacity, 149216.3435051677, 1e-12);
		expect(r.localCurrentDensity).toBe(100);
	});

	it('is unbounded for a single-ion conductor (t₊ = 1), as a variant, not a number', () => {
		const r = unwrap(sandsTime({ ...base, tPlus: 1, J: 100 }));
		expect(r.bounded).toBe(false);
		if (!r.bounded) expect(r.reason).toBe(SINGLE_ION_REASON);
		expect('tau' in r).toBe(false);
		expect(SINGLE_ION_REASON).toMatch(/single-ion conductor \(t₊ = 1\)/);
	});

	it('t₊ = 0 is valid (all current carried by migration-free diffusion)', () => {
		// τ = π·1e-9·(96485.33212e3)²/(4·100²) = 1492.1634350516770755·0.49
		const r = bounded(unwrap(sandsTime({ ...base, tPlus: 0, J: 100 })));
		expectRel(r.tau, 1492.163435051677 * 0.49, 1e-12);
	});

	it('3D host: local current density J/A, τ(J, A) = τ(J/A, 1) = A²·τ(J, 1)', () => {
		const planar = bounded(unwrap(sandsTime({ ...base, J: 100 })));
		const host = bounded(unwrap(sandsTime({ ...base, J: 100, areaFactor: 5 })));
		const equiv = bounded(unwrap(sandsTime({ ...base, J: 20 })));
		expect(host.localCurrentDensity).toBe(20);
		expectRel(host.tau, equiv.tau);
		expectRel(host.tau, 25 * planar.tau);
		// Sand capacity is per geometric area: applied J × τ.
		expectRel(host.sandCapacity, 100 * host.tau);
	});

	it('default z = 1; z = 2 quadruples τ', () => {
		const z1 = bounded(unwrap(sandsTime({ ...base, J: 100, z: 1 })));
		const z2 = bounded(unwrap(sandsTime({ ...base, J: 100, z: 2 })));
		const zd = bounded(unwrap(sandsTime({ ...base, J: 100 })));
		expect(zd.tau).toBe(z1.tau);
		expectRel(z2.tau, 4 * z1.tau);
	});

	it('reports ALL invalid fields at once with plain messages', () => {
		const errors = errorsOf(
			sandsTime({ D: 0, c0: -1, J: Number.NaN, tPlus: 1.5, z: 1.5, areaFactor: 0.5 }),
		);
		const byField = Object.fromEntries(errors.map((e) => [e.field, e]));
		expect(Object.keys(byField).sort()).toEqual(['D', 'J', 'areaFactor', 'c0', 'tPlus', 'z']);
		expect(byField.D).toMatchObject({
			code: 'out-of-range',
			message: 'Diffusion coefficient must be greater than 0',
			allowed: '> 0',
		});
		expect(byField.J?.code).toBe('not-finite');
		expect(byField.tPlus?.allowed).toBe('0 ≤ t₊ ≤ 1');
		expect(byField.z?.allowed).toBe('whole number ≥ 1');
		expect(byField.areaFactor?.allowed).toBe('≥ 1');
	});

	it('rejects −0 and non-positive z', () => {
		expect(errorsOf(sandsTime({ ...base, J: -0 }))[0]?.field).toBe('J');
		expect(errorsOf(sandsTime({ ...base, J: 1, z: 0 }))[0]?.field).toBe('z');
		expect(errorsOf(sandsTime({ ...base, J: 1, z: -1 }))[0]?.field).toBe('z');
	});

	it('overflow gives a result error instead of Infinity', () => {
		const errors = errorsOf(sandsTime({ D: 1e308, c0: 1e308, tPlus: 0, J: 1 }));
		expect(errors[0]).toMatchObject({ code: 'not-finite', field: 'result' });
		expect(errors[0]?.message).toMatch(/Sand's time is too large/);
	});

	it('underflow of τ to 0 is an error, not a zero time', () => {
		const errors = errorsOf(sandsTime({ D: 5e-324, c0: 1e-300, tPlus: 0, J: 1e300 }));
		expect(errors[0]).toMatchObject({ field: 'result', code: 'out-of-range' });
	});

	describe('scaling laws (property tests)', () => {
		const arb = {
			D: pos(1e-14, 1e-6),
			c0: pos(1, 1e4),
			J: pos(1e-3, 1e4),
			tPlus: fc.double({ min: 0, max: 0.99, noNaN: true }),
			k: pos(0.1, 10),
		};
		const tau = (i: { D: number; c0: number; J: number; tPlus: number }) =>
			bounded(unwrap(sandsTime(i))).tau;

		it('τ ∝ J⁻²', () => {
			fc.assert(
				fc.property(arb.D, arb.c0, arb.J, arb.tPlus, arb.k, (D, c0, J, tPlus, k) => {
					expectRel(tau({ D, c0, J: k * J, tPlus }), tau({ D, c0, J, tPlus }) / (k * k), 1e-12);
				}),
			);
		});
		it('τ ∝ c0²', () => {
			fc.assert(
				fc.property(arb.D, arb.c0, arb.J, arb.tPlus, arb.k, (D, c0, J, tPlus, k) => {
					expectRel(tau({ D, c0: k * c0, J, tPlus }), tau({ D, c0, J, tPlus }) * k * k, 1e-12);
				}),
			);
		});
		it('τ ∝ D (the corrected form: D in the numerator)', () => {
			fc.assert(
				fc.property(arb.D, arb.c0, arb.J, arb.tPlus, arb.k, (D, c0, J, tPlus, k) => {
					expectRel(tau({ D: k * D, c0, J, tPlus }), tau({ D, c0, J, tPlus }) * k, 1e-12);
				}),
			);
		});
		it('Q_s = J·τ ∝ 1/J', () => {
			fc.assert(
				fc.property(arb.D, arb.c0, arb.J, arb.tPlus, arb.k, (D, c0, J, tPlus, k) => {
					const a = bounded(unwrap(sandsTime({ D, c0, J, tPlus })));
					const b = bounded(unwrap(sandsTime({ D, c0, J: k * J, tPlus })));
					expectRel(a.sandCapacity, J * a.tau, 1e-15);
					expectRel(b.sandCapacity, a.sandCapacity / k, 1e-12);
				}),
			);
		});
		it('Jmax·τ(Jmax) = Q, also with a 3D-host area factor', () => {
			fc.assert(
				fc.property(
					arb.D,
					arb.c0,
					arb.tPlus,
					pos(1, 1e6),
					pos(1, 100),
					(D, c0, tPlus, Q, areaFactor) => {
						const m = bounded(
							unwrap(maxCurrentDensityForCapacity({ D, c0, tPlus, Q, areaFactor })),
						);
						const s = bounded(unwrap(sandsTime({ D, c0, tPlus, J: m.Jmax, areaFactor })));
						expectRel(m.Jmax * s.tau, Q, 1e-12);
						expectRel(m.tau, s.tau, 1e-12);
					},
				),
			);
		});
	});
});

describe('maximum current density for a capacity', () => {
	it('matches the closed form by hand', () => {
		// Q = 4 mAh cm⁻² = 144000 C m⁻²
		// Jmax = π·1e-9·(96485.33212e3)²/(4·144000·0.49) = 103.6224607674776 A m⁻² (10.36 mA cm⁻²)
		const m = bounded(unwrap(maxCurrentDensityForCapacity({ ...base, Q: 144000 })));
		expectRel(m.Jmax, 103.6224607674776, 1e-12);
		// τ(Jmax) = Q/Jmax = 1389.66 s
		expectRel(m.tau, 1389.66010779388, 1e-12);
	});
	it('is unbounded for t₊ = 1', () => {
		const m = unwrap(maxCurrentDensityForCapacity({ ...base, tPlus: 1, Q: 144000 }));
		expect(m).toEqual({ bounded: false, reason: SINGLE_ION_REASON });
	});
	it('rejects Q ≤ 0', () => {
		expect(errorsOf(maxCurrentDensityForCapacity({ ...base, Q: 0 }))[0]?.field).toBe('Q');
	});
});

describe("Chazalviel's limiting current", () => {
	it('matches a hand-computed value', () => {
		// J* = 2·96485.33212·1000·3e-10/(0.6·25e-6) = 3859.4132848 A m⁻² (385.9 mA cm⁻²)
		const r = bounded(
			unwrap(chazalvielLimitingCurrent({ D: 3e-10, c0: 1000, tPlus: 0.4, L: 25e-6 })),
		);
		expectRel(r.Jstar, 3859.4132848, 1e-12);
	});
	it('equals seed 001 Eq. (6) written with mobilities: 2eDC0(μa+μc)/(Lμa), e·C0 → F·c0', () => {
		// μa = 3, μc = 2 ⇒ t_a = 3/5 = 0.6 ⇒ t₊ = 0.4
		const mua = 3;
		const muc = 2;
		const printed = (2 * FARADAY * 3e-10 * 1000 * (mua + muc)) / (25e-6 * mua);
		const r = bounded(
			unwrap(chazalvielLimitingCurrent({ D: 3e-10, c0: 1000, tPlus: 0.4, L: 25e-6 })),
		);
		expectRel(r.Jstar, printed, 1e-12);
	});
	it('J* ∝ 1/L and unbounded for t₊ = 1', () => {
		const a = bounded(
			unwrap(chazalvielLimitingCurrent({ D: 1e-9, c0: 1000, tPlus: 0.3, L: 1e-4 })),
		);
		const b = bounded(
			unwrap(chazalvielLimitingCurrent({ D: 1e-9, c0: 1000, tPlus: 0.3, L: 2e-4 })),
		);
		expectRel(b.Jstar, a.Jstar / 2);
		const u = unwrap(chazalvielLimitingCurrent({ D: 1e-9, c0: 1000, tPlus: 1, L: 1e-4 }));
		expect(u.bounded).toBe(false);
	});
	it('rejects L ≤ 0', () => {
		const errors = errorsOf(chazalvielLimitingCurrent({ D: 1e-9, c0: 1000, tPlus: 0.3, L: 0 }));
		expect(errors.map((e) => e.field)).toEqual(['L']);
	});
});

describe('surface concentration', () => {
	const J = 100;
	const tau = bounded(unwrap(sandsTime({ ...base, J }))).tau;

	it('starts at c0 and reaches zero exactly at τ', () => {
		expect(bounded(unwrap(surfaceConcentration({ ...base, J, t: 0 }))).cs).toBe(1000);
		const end = bounded(unwrap(surfaceConcentration({ ...base, J, t: tau })));
		expect(end.cs).toBe(0);
		expect(end.tau).toBe(tau);
	});

	it('equals the Sand form c0 − 2J(1−t₊)√(t/(πD))/(zF) inside (0, τ)', () => {
		// at t = τ/4: c_s = c0(1 − √(1/4)) = 500 mol m⁻³
		expectRel(bounded(unwrap(surfaceConcentration({ ...base, J, t: tau / 4 }))).cs, 500, 1e-12);
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
				const t = x * tau;
				const direct = 1000 - (2 * J * 0.7 * Math.sqrt(t / (Math.PI * 1e-9))) / FARADAY;
				const cs = bounded(unwrap(surfaceConcentration({ ...base, J, t }))).cs;
				expect(Math.abs(cs - direct)).toBeLessThan(1e-9 * 1000);
			}),
		);
	});

	it('rejects t > τ and t < 0 with the τ in the message', () => {
		const errors = errorsOf(surfaceConcentration({ ...base, J, t: tau * 1.01 }));
		expect(errors[0]?.field).toBe('t');
		expect(errors[0]?.allowed).toMatch(/^0 ≤ t ≤ τ = 1492 s$/);
		expect(errorsOf(surfaceConcentration({ ...base, J, t: -1 }))[0]?.field).toBe('t');
	});

	it('stays at c0 for a single-ion conductor', () => {
		const r = unwrap(surfaceConcentration({ ...base, tPlus: 1, J, t: 1e6 }));
		expect(r).toMatchObject({ bounded: false, cs: 1000, fraction: 1 });
	});

	it('sampling gives n points from (0, c0) to (τ, 0), decreasing', () => {
		const s = bounded(unwrap(sampleSurfaceConcentration({ ...base, J, n: 11 })));
		expect(s.points).toHaveLength(11);
		expect(s.points[0]).toEqual({ t: 0, cs: 1000 });
		expect(s.points[10]).toEqual({ t: tau, cs: 0 });
		for (let i = 1; i < 11; i++) {
			expect(s.points[i]!.cs).toBeLessThan(s.points[i - 1]!.cs);
		}
		expect(unwrap(sampleSurfaceConcentration({ ...base, J })).bounded && true).toBe(true);
		expect(unwrap(sampleSurfaceConcentration({ ...base, tPlus: 1, J })).bounded).toBe(false);
		expect(errorsOf(sampleSurfaceConcentration({ ...base, J, n: 1 }))[0]?.field).toBe('n');
		expect(errorsOf(sampleSurfaceConcentration({ ...base, J, n: 2.5 }))[0]?.field).toBe('n');
	});
});

describe('τ vs J sweep (log–log)', () => {
	it('is log-spaced with exact endpoints and slopes −2 (τ) and −1 (Q_s)', () => {
		const s = bounded(unwrap(sampleSandsTime({ ...base, Jmin: 1, Jmax: 1000, n: 4 })));
		expect(s.points.map((p) => p.J)).toEqual([
			1,
			expect.closeTo(10, 12),
			expect.closeTo(100, 10),
			1000,
		]);
		for (let i = 1; i < s.points.length; i++) {
			const a = s.points[i - 1]!;
			const b = s.points[i]!;
			const dlogJ = Math.log(b.J / a.J);
			expectRel(Math.log(b.tau / a.tau) / dlogJ, -2, 1e-9);
			expectRel(Math.log(b.sandCapacity / a.sandCapacity) / dlogJ, -1, 1e-9);
		}
	});
	it('validates the range and reports unbounded for t₊ = 1', () => {
		const errors = errorsOf(sampleSandsTime({ ...base, Jmin: 10, Jmax: 10 }));
		expect(errors.map((e) => e.field)).toEqual(['Jmax']);
		expect(unwrap(sampleSandsTime({ ...base, tPlus: 1, Jmin: 1, Jmax: 10 })).bounded).toBe(false);
		// Extreme but valid range: no Infinity leaks; overflowing points give an error.
		const r = sampleSandsTime({ ...base, Jmin: 1e-320, Jmax: 1e308, n: 5 });
		expect(r.ok).toBe(false);
	});
});
