/**
 * The two small helpers added for the calculators: the time to pass a charge at a current density
 * (Sand's-time verdict) and the critical areal capacity from a directly known CCD.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chargeTimeAtCurrentDensity } from '../../../src/physics/sands-time';
import { ccdFromStepProtocol, criticalArealCapacity } from '../../../src/physics/ccd';
import {
	allFinite,
	errorsOf,
	expectRel,
	expectWellFormedErrors,
	nastyDouble,
	pos,
	unwrap,
} from './helpers';

describe('chargeTimeAtCurrentDensity', () => {
	it('4 mAh cm⁻² at 4 mA cm⁻² takes one hour (hand arithmetic)', () => {
		// 4 mAh cm⁻² = 144 000 C m⁻²; 4 mA cm⁻² = 40 A m⁻²; 144 000 / 40 = 3600 s
		expect(unwrap(chargeTimeAtCurrentDensity({ Q: 144000, J: 40 }))).toBe(3600);
	});
	it('rejects non-positive and non-finite inputs, naming the field', () => {
		const e = errorsOf(chargeTimeAtCurrentDensity({ Q: 0, J: Number.NaN }));
		expect(e.map((x) => x.field).sort()).toEqual(['J', 'Q']);
		expectWellFormedErrors(e);
	});
	it('reports overflow and underflow as result errors', () => {
		expect(errorsOf(chargeTimeAtCurrentDensity({ Q: 1e308, J: 1e-10 }))[0]?.field).toBe('result');
		expect(errorsOf(chargeTimeAtCurrentDensity({ Q: 1e-320, J: 1e10 }))[0]?.field).toBe('result');
	});
	it('t·J = Q (property)', () => {
		fc.assert(
			fc.property(pos(1, 1e7), pos(1e-3, 1e5), (Q, J) => {
				expectRel(unwrap(chargeTimeAtCurrentDensity({ Q, J })) * J, Q, 1e-12);
			}),
		);
	});
	it('never NaN or Infinity', () => {
		fc.assert(
			fc.property(nastyDouble, nastyDouble, (Q, J) => {
				const r = chargeTimeAtCurrentDensity({ Q, J });
				if (r.ok) expect(allFinite(r.value)).toBe(true);
				else expectWellFormedErrors(r.errors);
			}),
		);
	});
});

describe('criticalArealCapacity', () => {
	it('20 mA cm⁻² for 0.0125 h gives 0.25 mAh cm⁻² (seed 003 CCD test)', () => {
		// 200 A m⁻² × 45 s = 9000 C m⁻² = 0.25 × 36 000
		expectRel(unwrap(criticalArealCapacity({ ccd: 200, halfCycleTime: 45 })), 9000);
	});
	it('matches the step-protocol product', () => {
		const s = unwrap(ccdFromStepProtocol({ J0: 2.5, dJ: 2.5, shortStep: 5, halfCycleTime: 1800 }));
		if (!s.passed) throw new Error('expected a CCD');
		expectRel(
			unwrap(criticalArealCapacity({ ccd: s.ccd, halfCycleTime: 1800 })),
			s.criticalArealCapacity,
		);
	});
	it('rejects bad inputs and overflow', () => {
		const e = errorsOf(criticalArealCapacity({ ccd: -1, halfCycleTime: Number.POSITIVE_INFINITY }));
		expect(e.map((x) => x.field).sort()).toEqual(['ccd', 'halfCycleTime']);
		expect(errorsOf(criticalArealCapacity({ ccd: 1e308, halfCycleTime: 1e10 }))[0]?.field).toBe(
			'result',
		);
	});
	it('never NaN or Infinity', () => {
		fc.assert(
			fc.property(nastyDouble, nastyDouble, (ccd, halfCycleTime) => {
				const r = criticalArealCapacity({ ccd, halfCycleTime });
				if (r.ok) expect(allFinite(r.value)).toBe(true);
				else expectWellFormedErrors(r.errors);
			}),
		);
	});
});
