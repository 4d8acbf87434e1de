import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	assessCcd,
	ccdFromStepProtocol,
	ccdHeadroom,
	localCurrentDensity,
	maxCRate,
	sampleHeadroomVsCRate,
	voidNucleation,
} from '../../../src/physics/ccd';
import {
	FARADAY,
	LI_MOLAR_VOLUME,
	LI_SURFACE_ENERGY_DEFAULT,
} from '../../../src/physics/constants';
import { errorsOf, expectRel, pos, unwrap } from './helpers';

const oneC = 1 / 3600; // s⁻¹

describe('local current density under partial contact', () => {
	it('f = 1 gives J_local = J; f = 0.25 quadruples it', () => {
		expect(unwrap(localCurrentDensity({ J: 40, contactFraction: 1 }))).toBe(40);
		expect(unwrap(localCurrentDensity({ J: 40 }))).toBe(40);
		expect(unwrap(localCurrentDensity({ J: 40, contactFraction: 0.25 }))).toBe(160);
	});
	it('contact fraction must be in (0, 1]', () => {
		for (const f of [0, -0.1, 1.0001, Number.NaN]) {
			const e = errorsOf(localCurrentDensity({ J: 40, contactFraction: f }));
			expect(e[0]?.field).toBe('contactFraction');
			expect(e[0]?.allowed).toBe('0 < f ≤ 1');
		}
	});
});

describe('headroom and maximum C-rate', () => {
	it('hand-computed assessment: CCD 1 mA cm⁻², 1 mAh cm⁻² at 1C, 80 % contact', () => {
		// CCD = 1 mA cm⁻² = 10 A m⁻²; Q = 1 mAh cm⁻² = 36000 C m⁻²; C = 1/3600 s⁻¹
		// J = 36000/3600 = 10 A m⁻²; J_local = 10/0.8 = 12.5 A m⁻²; headroom = 10/12.5 = 0.8 (unsafe)
		// C_max = 10·0.8/36000 = 2.222e-4 s⁻¹ = 0.8 C; t_min = 36000/8 = 4500 s = 75 min
		const a = unwrap(assessCcd({ ccd: 10, Q: 36000, cRate: oneC, contactFraction: 0.8 }));
		expectRel(a.J, 10);
		expectRel(a.localCurrentDensity, 12.5);
		expectRel(a.headroom, 0.8);
		expect(a.safe).toBe(false);
		expectRel(a.maxCRate * 3600, 0.8);
		expectRel(a.minChargeTime, 4500);
	});
	it('headroom ≥ 1 is safe; full contact default', () => {
		const h = unwrap(ccdHeadroom({ ccd: 200, J: 40 }));
		expect(h).toEqual({ localCurrentDensity: 40, headroom: 5, safe: true });
		expect(unwrap(ccdHeadroom({ ccd: 40, J: 40 })).safe).toBe(true);
	});
	it('shortest charge time = 1/maxCRate', () => {
		fc.assert(
			fc.property(pos(1e-3, 1e4), pos(1, 1e6), pos(1e-3, 1), (ccd, Q, f) => {
				const m = unwrap(maxCRate({ ccd, Q, contactFraction: f }));
				expectRel(m.minChargeTime, 1 / m.maxCRate, 1e-12);
				expectRel(m.maxCRate, (ccd * f) / Q, 1e-12);
			}),
		);
	});
	it('headroom ∝ f and ∝ 1/C-rate; safe exactly when C ≤ C_max', () => {
		fc.assert(
			fc.property(pos(1e-2, 1e3), pos(100, 1e6), pos(1e-3, 1), pos(1e-6, 1e-1), (ccd, Q, f, c) => {
				const a = unwrap(assessCcd({ ccd, Q, cRate: c, contactFraction: f }));
				const b = unwrap(assessCcd({ ccd, Q, cRate: 2 * c, contactFraction: f / 2 }));
				expectRel(b.headroom, a.headroom / 4, 1e-12);
				expectRel(a.headroom, a.maxCRate / c, 1e-12);
			}),
		);
	});
	it('reports every bad field', () => {
		const e = errorsOf(
			assessCcd({ ccd: 0, Q: -1, cRate: Number.POSITIVE_INFINITY, contactFraction: 2 }),
		);
		expect(e.map((x) => x.field).sort()).toEqual(['Q', 'cRate', 'ccd', 'contactFraction']);
		expect(e.find((x) => x.field === 'cRate')?.code).toBe('not-finite');
	});
});

describe('step-increase CCD protocol', () => {
	it('CCD is the last completed step, J0 + (n − 2)ΔJ', () => {
		// J0 = ΔJ = 0.25 mA cm⁻² = 2.5 A m⁻²; short during step 8 (at 2.5 + 7·2.5 = 20 A m⁻²)
		// CCD = 2.5 + 6·2.5 = 17.5 A m⁻²; t_h = 0.5 h = 1800 s → critical capacity 31500 C m⁻²
		const r = unwrap(ccdFromStepProtocol({ J0: 2.5, dJ: 2.5, shortStep: 8, halfCycleTime: 1800 }));
		expect(r).toEqual({
			passed: true,
			ccd: 17.5,
			criticalArealCapacity: 31500,
			shortCurrentDensity: 20,
			stepsPassed: 7,
		});
	});
	it('n = 2: only the first step passed, CCD = J0', () => {
		const r = unwrap(ccdFromStepProtocol({ J0: 1, dJ: 5, shortStep: 2, halfCycleTime: 3600 }));
		expect(r.passed && r.ccd).toBe(1);
	});
	it('n = 1: no step passed — a worded variant, not a number', () => {
		const r = unwrap(ccdFromStepProtocol({ J0: 1, dJ: 5, shortStep: 1, halfCycleTime: 3600 }));
		expect(r.passed).toBe(false);
		if (!r.passed) {
			expect(r.reason).toMatch(/No step passed/);
			expect(r.shortCurrentDensity).toBe(1);
			expect('ccd' in r).toBe(false);
		}
	});
	it('shortStep must be a whole number ≥ 1', () => {
		for (const n of [0, 1.5, -2, Number.NaN]) {
			const e = errorsOf(ccdFromStepProtocol({ J0: 1, dJ: 1, shortStep: n, halfCycleTime: 1 }));
			expect(e.map((x) => x.field)).toEqual(['shortStep']);
		}
	});
});

describe('void nucleation (seed 004 Eqs. 1–2)', () => {
	it('matches a hand-computed value', () => {
		// R_s = 11 Ω cm² = 1.1e-3 Ω m² (seed 004 §5.1); J = 1.5 mA cm⁻² = 15 A m⁻²; f = 0.5
		// i = 30 A m⁻²; η = i·R_s = 0.033 V
		// ΔG_V = −96485.33212·0.033/(0.00694/534) = −2.4499488798539481e8 J m⁻³
		// r_crit = 2·0.5/2.44994888e8 = 4.0817178195963593e-9 m ≈ 4.08 nm
		const v = unwrap(voidNucleation({ J: 15, contactFraction: 0.5, Rs: 1.1e-3, gamma: 0.5 }));
		expect(v.localCurrentDensity).toBe(30);
		expectRel(v.overpotential, 0.033);
		expectRel(v.deltaGV, -2.4499488798539481e8, 1e-12);
		expectRel(v.rCrit, 4.08171781959636e-9, 1e-12);
	});
	it('units: ΔG_V·V_m/F = −i·R_s (a voltage), r_crit·|ΔG_V| = 2γ', () => {
		const v = unwrap(voidNucleation({ J: 10, Rs: 1e-4 }));
		expectRel((v.deltaGV * LI_MOLAR_VOLUME) / FARADAY, -10 * 1e-4);
		expectRel(v.rCrit * Math.abs(v.deltaGV), 2 * LI_SURFACE_ENERGY_DEFAULT);
		expect(v.deltaGV).toBeLessThan(0);
	});
	it('r_crit ∝ 1/i (Eq. 2) and ∝ 1/R_s', () => {
		fc.assert(
			fc.property(pos(1e-2, 1e3), pos(1e-6, 1e-1), pos(0.1, 10), (J, Rs, k) => {
				const a = unwrap(voidNucleation({ J, Rs }));
				const b = unwrap(voidNucleation({ J: k * J, Rs }));
				const c = unwrap(voidNucleation({ J, Rs: k * Rs }));
				expectRel(b.rCrit, a.rCrit / k, 1e-12);
				expectRel(c.rCrit, a.rCrit / k, 1e-12);
			}),
		);
	});
	it('validates R_s, γ and V_m', () => {
		const e = errorsOf(voidNucleation({ J: 10, Rs: 0, gamma: -1, Vm: Number.NaN }));
		expect(e.map((x) => x.field)).toEqual(['Rs', 'gamma', 'Vm']);
		expect(e[0]?.message).toBe('Interface resistance must be greater than 0');
	});
});

describe('headroom vs C-rate sweep', () => {
	it('is log-spaced; headroom·C is constant and crosses 1 at C_max', () => {
		// CCD 1 mA cm⁻², 1 mAh cm⁻², full contact → C_max = 1 C
		const pts = unwrap(
			sampleHeadroomVsCRate({ ccd: 10, Q: 36000, cRateMin: 0.1 * oneC, cRateMax: 10 * oneC, n: 3 }),
		);
		expect(pts).toHaveLength(3);
		expect(pts[0]!.cRate).toBe(0.1 * oneC);
		expect(pts[2]!.cRate).toBe(10 * oneC);
		expectRel(pts[1]!.cRate, oneC, 1e-12);
		expectRel(pts[1]!.headroom, 1, 1e-12);
		expectRel(pts[0]!.headroom, 10, 1e-12);
		expectRel(pts[2]!.headroom, 0.1, 1e-12);
	});
	it('validates the range', () => {
		const e = errorsOf(sampleHeadroomVsCRate({ ccd: 10, Q: 1, cRateMin: 2, cRateMax: 1 }));
		expect(e.map((x) => x.field)).toEqual(['cRateMax']);
	});
});
