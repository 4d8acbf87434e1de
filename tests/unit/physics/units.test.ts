import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	QUANTITIES,
	UNITS,
	type Quantity,
	convert,
	fromSI,
	toSI,
	unitFactor,
	unitOptions,
} from '../../../src/physics/units';
import { errorsOf, expectRel, pos, unwrap } from './helpers';

describe('conversion factors (hand-derived)', () => {
	it.each([
		// quantity, unit, value, SI value, derivation
		['currentDensity', 'mA cm⁻²', 1, 10], // 1e-3 A / 1e-4 m²
		['currentDensity', 'µA cm⁻²', 1, 0.01],
		['concentration', 'mol L⁻¹', 1, 1000], // 1 mol / 1e-3 m³
		['diffusivity', 'cm² s⁻¹', 1e-5, 1e-9],
		['time', 'min', 15, 900],
		['time', 'h', 1, 3600],
		['length', 'µm', 4.85, 4.85e-6],
		['length', 'nm', 1, 1e-9],
		['length', 'mm', 1, 1e-3],
		['length', 'cm', 1, 1e-2],
		['arealCapacity', 'mAh cm⁻²', 1, 36000], // 3.6 C / 1e-4 m²
		['arealCapacity', 'Ah m⁻²', 1, 3600],
		['loading', 'mg cm⁻²', 1, 0.01], // 1e-6 kg / 1e-4 m²
		['specificCapacity', 'mAh g⁻¹', 1, 3600], // 3.6 C / 1e-3 kg
		['areaSpecificResistance', 'Ω cm²', 11, 1.1e-3],
		['surfaceEnergy', 'J m⁻²', 0.5, 0.5],
		['surfaceEnergy', 'eV Å⁻²', 1, 16.02176634],
		['cRate', 'C', 4, 4 / 3600],
		['volumetricEnergy', 'MJ m⁻³', 1, 1e6],
		['voltage', 'mV', 33, 0.033],
	] as const)('%s: %s %s = %s SI', (q, unit, value, si) => {
		const Q = q as Quantity;
		expectRel(unwrap(toSI(Q, unit as never, value)), si, 1e-15);
		expectRel(unwrap(fromSI(Q, unit as never, si)), value, 1e-15);
	});

	it('areal capacity factor = current-density factor × 1 h (consistency)', () => {
		expect(UNITS.arealCapacity['mAh cm⁻²']).toBe(UNITS.currentDensity['mA cm⁻²'] * UNITS.time.h);
	});

	it('accepts the Greek mu as micro', () => {
		expect(unwrap(toSI('length', 'μm' as 'µm', 2))).toBe(2e-6);
	});

	it('every quantity has its SI unit (factor 1) and a display unit', () => {
		for (const q of Object.keys(UNITS) as Quantity[]) {
			const meta = QUANTITIES[q];
			expect(unwrap(unitFactor(q, meta.si as never))).toBe(1);
			expect(unitFactor(q, meta.display as never).ok).toBe(true);
			expect(unitOptions(q).length).toBeGreaterThanOrEqual(2);
		}
		expect(unitOptions('nope' as Quantity)).toEqual([]);
	});
});

describe('convert', () => {
	it('converts between non-SI units', () => {
		expectRel(unwrap(convert('currentDensity', 'mA cm⁻²', 'µA cm⁻²', 1)), 1000, 1e-15);
		expectRel(unwrap(convert('time', 'h', 'min', 0.25)), 15, 1e-15);
	});
	it('names the bad fields', () => {
		const e = errorsOf(convert('time', 'fortnight' as 's', 'eon' as 's', Number.NaN));
		expect(e.map((x) => x.field)).toEqual(['from', 'to', 'value']);
	});
});

describe('errors', () => {
	it('unknown quantity / unit / non-finite value', () => {
		expect(errorsOf(toSI('speed' as Quantity, 'm' as never, 1))[0]?.field).toBe('quantity');
		const u = errorsOf(toSI('length', 'ft' as 'm', 1))[0];
		expect(u?.field).toBe('unit');
		expect(u?.allowed).toContain('µm');
		for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
			expect(errorsOf(toSI('length', 'm', v))[0]?.code).toBe('not-finite');
		}
	});
	it('overflow and underflow of a non-zero value are errors; zero and −0 pass', () => {
		expect(errorsOf(toSI('arealCapacity', 'mAh cm⁻²', 1e308))[0]?.field).toBe('result');
		expect(errorsOf(toSI('currentDensity', 'µA cm⁻²', 5e-324))[0]?.code).toBe('out-of-range');
		expect(unwrap(toSI('length', 'µm', 0))).toBe(0);
		expect(Object.is(unwrap(toSI('length', 'µm', -0)), -0)).toBe(true);
	});
});

describe('round trips (property)', () => {
	const pairs = (Object.keys(UNITS) as Quantity[]).flatMap((q) =>
		Object.keys(UNITS[q]).map((u) => [q, u] as const),
	);
	it('fromSI(toSI(x)) = x for every unit', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...pairs),
				fc.oneof(
					pos(1e-200, 1e200),
					pos(1e-200, 1e200).map((x) => -x),
				),
				([q, u], x) => {
					const si = unwrap(toSI(q, u as never, x));
					expectRel(unwrap(fromSI(q, u as never, si)), x, 4e-16);
				},
			),
		);
	});
	it('convert(a→b→a) = x', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...(Object.keys(UNITS) as Quantity[])),
				pos(1e-100, 1e100),
				fc.nat(),
				fc.nat(),
				(q, x, i, j) => {
					const units = Object.keys(UNITS[q]);
					const a = units[i % units.length]!;
					const b = units[j % units.length]!;
					const y = unwrap(convert(q, a as never, b as never, x));
					expectRel(unwrap(convert(q, b as never, a as never, y)), x, 1e-15);
				},
			),
		);
	});
});
