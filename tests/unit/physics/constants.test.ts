import { describe, expect, it } from 'vitest';
import {
	BOLTZMANN,
	ELEMENTARY_CHARGE,
	FARADAY,
	GAS_CONSTANT,
	LI_DENSITY,
	LI_MOLAR_MASS,
	LI_MOLAR_VOLUME,
	LI_SPECIFIC_CAPACITY,
	LI_SURFACE_ENERGY_DEFAULT,
} from '../../../src/physics/constants';
import { expectRel } from './helpers';

describe('constants', () => {
	it('are the stated SI values', () => {
		expect(FARADAY).toBe(96485.33212);
		expect(GAS_CONSTANT).toBe(8.314462618);
		expect(BOLTZMANN).toBe(1.380649e-23);
		expect(ELEMENTARY_CHARGE).toBe(1.602176634e-19);
		expect(LI_MOLAR_MASS).toBe(6.94e-3); // kg mol⁻¹
		expect(LI_DENSITY).toBe(534); // kg m⁻³ = 0.534 g cm⁻³
		expect(LI_SURFACE_ENERGY_DEFAULT).toBe(0.5);
	});
	it('are mutually consistent: F/e = R/k_B = N_A', () => {
		// N_A = 6.02214076e23 mol⁻¹ (exact). F and R are rounded to 10 significant digits.
		expectRel(FARADAY / ELEMENTARY_CHARGE, 6.02214076e23, 1e-9);
		expectRel(GAS_CONSTANT / BOLTZMANN, 6.02214076e23, 1e-9);
	});
	it('Li molar volume V_m = M/ρ ≈ 1.2996e-5 m³ mol⁻¹', () => {
		// 6.94e-3 / 534 = 1.29962546816e-5
		expectRel(LI_MOLAR_VOLUME, 1.299625468164794e-5, 1e-14);
		expectRel(LI_SPECIFIC_CAPACITY, 96485.33212 / 6.94e-3, 1e-15);
	});
});
