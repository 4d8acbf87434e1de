import { describe, expect, it } from 'vitest';
import {
	RESULT_FIELD,
	Validator,
	asFields,
	checkOutput,
	fail,
	isFiniteNumber,
	ok,
	type PhysicsError,
} from '../../../src/physics/result';

describe('result helpers', () => {
	it('ok / fail build the two variants', () => {
		expect(ok(3)).toEqual({ ok: true, value: 3 });
		const e: PhysicsError = { code: 'no-solution', field: 'x', message: 'm', allowed: 'a' };
		expect(fail([e])).toEqual({ ok: false, errors: [e] });
	});
	it('isFiniteNumber rejects NaN, ±Infinity and non-numbers', () => {
		expect(isFiniteNumber(0)).toBe(true);
		expect(isFiniteNumber(-0)).toBe(true);
		for (const v of [Number.NaN, Infinity, -Infinity, '1', null, undefined, {}]) {
			expect(isFiniteNumber(v)).toBe(false);
		}
	});
	it('asFields treats non-objects as empty', () => {
		expect(asFields(null)).toEqual({});
		expect(asFields(3)).toEqual({});
		expect(asFields({ a: 1 })).toEqual({ a: 1 });
	});
	it('Validator collects every error, not-finite before range', () => {
		const v = new Validator();
		expect(v.positive('D', 'Diffusion coefficient', 0)).toBe(false);
		expect(v.positive('J', 'Current density', '5')).toBe(false);
		expect(v.transference('tPlus', 'Transference number', 1)).toBe(true);
		expect(v.fraction('f', 'Contact fraction', 0)).toBe(false);
		expect(v.atLeast('A', 'Area factor', 0.9, 1)).toBe(false);
		expect(v.integer('n', 'Points', 3, 2, 10)).toBe(true);
		expect(v.nonNegative('t', 'Time', -0)).toBe(true);
		expect(v.valid).toBe(false);
		expect(v.errors.map((e) => [e.field, e.code])).toEqual([
			['D', 'out-of-range'],
			['J', 'not-finite'],
			['f', 'out-of-range'],
			['A', 'out-of-range'],
		]);
		expect(v.errors[0]?.message).toBe('Diffusion coefficient must be greater than 0');
		expect(v.errors[2]?.allowed).toBe('0 < f ≤ 1');
	});
	it('checkOutput flags overflow and underflow on the result field', () => {
		const errors: PhysicsError[] = [];
		expect(checkOutput(errors, 'X', 1)).toBe(true);
		expect(checkOutput(errors, 'X', Infinity)).toBe(false);
		expect(checkOutput(errors, 'X', Number.NaN)).toBe(false);
		expect(checkOutput(errors, 'X', 0, true)).toBe(false);
		expect(checkOutput(errors, 'X', 0, false)).toBe(true);
		expect(errors.map((e) => [e.field, e.code])).toEqual([
			[RESULT_FIELD, 'not-finite'],
			[RESULT_FIELD, 'not-finite'],
			[RESULT_FIELD, 'out-of-range'],
		]);
	});
});
