import { expect } from 'vitest';
import fc from 'fast-check';
import type { PhysicsError, Result } from '../../../src/physics/result';

/** Unwrap an ok result or fail the test with the errors. */
export function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw new Error(`expected ok, got errors: ${JSON.stringify(r.errors)}`);
	return r.value;
}

/** Unwrap a failed result's errors or fail the test. */
export function errorsOf<T>(r: Result<T>): PhysicsError[] {
	if (r.ok) throw new Error(`expected errors, got value: ${JSON.stringify(r.value)}`);
	return r.errors;
}

/** |a − b| ≤ rel·|b| (or ≤ rel when b = 0). */
export function expectRel(actual: number, expected: number, rel = 1e-12): void {
	const scale = expected === 0 ? 1 : Math.abs(expected);
	expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel);
}

/** Narrow a bounded/unbounded variant. */
export function bounded<T extends { bounded: boolean }>(v: T): Extract<T, { bounded: true }> {
	if (!v.bounded) throw new Error(`expected bounded result, got ${JSON.stringify(v)}`);
	return v as Extract<T, { bounded: true }>;
}

/** Every number anywhere inside `v` is finite. */
export function allFinite(v: unknown): boolean {
	if (typeof v === 'number') return Number.isFinite(v);
	if (Array.isArray(v)) return v.every(allFinite);
	if (typeof v === 'object' && v !== null) return Object.values(v).every(allFinite);
	return true;
}

/** Doubles including the nasty ones. */
export const nastyDouble = fc.oneof(
	fc.double(),
	fc.constantFrom(
		Number.NaN,
		Number.POSITIVE_INFINITY,
		Number.NEGATIVE_INFINITY,
		-0,
		0,
		1,
		0.5,
		1e308,
		-1e308,
		1e-320,
		5e-324,
		Number.MAX_VALUE,
	),
	fc.integer({ min: -3, max: 12 }),
);

/** Sane positive ranges for scaling-law properties (well inside double range). */
export const pos = (min: number, max: number) =>
	fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** An error object is well formed. */
export function expectWellFormedErrors(errors: PhysicsError[]): void {
	expect(errors.length).toBeGreaterThan(0);
	for (const e of errors) {
		expect(['not-finite', 'out-of-range', 'no-solution']).toContain(e.code);
		expect(e.field.length).toBeGreaterThan(0);
		expect(e.message.length).toBeGreaterThan(0);
		expect(e.allowed.length).toBeGreaterThan(0);
	}
}
