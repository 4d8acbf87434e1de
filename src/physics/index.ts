/**
 * Public API of the physics library (pure TypeScript, SI units inside, no DOM).
 *
 * Modules: sands-time (seed 000 Eq. 1 corrected; seed 001 Eqs. 4–6), ccd (seeds 000 §3, 004 §2.2 and
 * §5.1 Eqs. 1–2), areal-capacity (seeds 003 §2.3, 000 §1, 004 §1), units (UI-edge conversions),
 * constants, result (Result / PhysicsError). Every function returns a Result and never throws.
 */

export * from './constants';
export {
	type PhysicsError,
	type PhysicsErrorCode,
	type Result,
	RESULT_FIELD,
	ok,
	fail,
	isFiniteNumber,
} from './result';
export * from './units';
export * from './sands-time';
export * from './ccd';
export * from './areal-capacity';
