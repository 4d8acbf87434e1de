/**
 * Shared result and error types for every physics function, plus the input-validation helper.
 *
 * No paper is implemented here. Rule of the library: an exported function never throws and never
 * returns NaN or ±Infinity. It returns `{ ok: true, value }` or `{ ok: false, errors }`, where
 * `errors` lists EVERY invalid input field at once (so a form can show a message beside each
 * field). When all inputs are valid but the result cannot be represented as a finite double
 * (e.g. overflow for 1e308 inputs, or underflow of a strictly positive quantity to 0), the error's
 * `field` is {@link RESULT_FIELD} (`'result'`).
 */

/** Kind of error: non-numeric/NaN/±Infinity input, value outside the allowed range, or no answer. */
export type PhysicsErrorCode = 'not-finite' | 'out-of-range' | 'no-solution';

/** One problem with one input field (or with the result, field `'result'`). */
export type PhysicsError = {
	code: PhysicsErrorCode;
	/** Name of the input property, e.g. `'D'`, `'tPlus'`; `'result'` for output problems. */
	field: string;
	/** Plain-language message, e.g. "Diffusion coefficient must be greater than 0". */
	message: string;
	/** The allowed range in short notation, e.g. "> 0", "0 ≤ t₊ ≤ 1". */
	allowed: string;
};

/** Either a value or the complete list of errors. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: PhysicsError[] };

/** Field name used for errors about the computed result rather than an input. */
export const RESULT_FIELD = 'result';

/** Wrap a successful value. */
export function ok<T>(value: T): Result<T> {
	return { ok: true, value };
}

/** Wrap one or more errors. */
export function fail<T = never>(errors: PhysicsError[]): Result<T> {
	return { ok: false, errors };
}

/** True when `v` is a number that is neither NaN nor ±Infinity. */
export function isFiniteNumber(v: unknown): v is number {
	return typeof v === 'number' && Number.isFinite(v);
}

/**
 * Read an input object defensively: anything that is not an object is treated as `{}` (so every
 * required field is then reported as missing instead of throwing).
 * @internal
 */
export function asFields(input: unknown): Record<string, unknown> {
	return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

/**
 * Collects validation errors for all fields of one call. Each rule first checks that the value
 * is a finite number (code `not-finite`), then the range (code `out-of-range`). Rules return the
 * validity so callers can skip dependent checks.
 * @internal used by the physics modules; not part of the UI-facing API.
 */
export class Validator {
	readonly errors: PhysicsError[] = [];

	get valid(): boolean {
		return this.errors.length === 0;
	}

	add(error: PhysicsError): void {
		this.errors.push(error);
	}

	/** Generic rule: finite number satisfying `test`. */
	check(
		field: string,
		label: string,
		value: unknown,
		test: (v: number) => boolean,
		rangeMessage: string,
		allowed: string,
	): boolean {
		if (!isFiniteNumber(value)) {
			this.add({
				code: 'not-finite',
				field,
				message: `${label} must be a finite number`,
				allowed,
			});
			return false;
		}
		if (!test(value)) {
			this.add({ code: 'out-of-range', field, message: `${label} ${rangeMessage}`, allowed });
			return false;
		}
		return true;
	}

	/** value > 0 (so −0 and 0 are rejected). */
	positive(field: string, label: string, value: unknown): boolean {
		return this.check(field, label, value, (v) => v > 0, 'must be greater than 0', '> 0');
	}

	/** value ≥ 0. */
	nonNegative(field: string, label: string, value: unknown): boolean {
		return this.check(field, label, value, (v) => v >= 0, 'must be 0 or greater', '≥ 0');
	}

	/** 0 ≤ value ≤ 1 (transference number; 1 = single-ion conductor). */
	transference(field: string, label: string, value: unknown): boolean {
		return this.check(
			field,
			label,
			value,
			(v) => v >= 0 && v <= 1,
			'must be between 0 and 1 (1 = single-ion conductor)',
			'0 ≤ t₊ ≤ 1',
		);
	}

	/** 0 < value ≤ 1 (contact fraction, active-material fraction). */
	fraction(field: string, label: string, value: unknown, symbol = 'f'): boolean {
		return this.check(
			field,
			label,
			value,
			(v) => v > 0 && v <= 1,
			'must be greater than 0 and at most 1',
			`0 < ${symbol} ≤ 1`,
		);
	}

	/** value ≥ min. */
	atLeast(field: string, label: string, value: unknown, min: number): boolean {
		return this.check(field, label, value, (v) => v >= min, `must be at least ${min}`, `≥ ${min}`);
	}

	/** Integer in [min, max]. */
	integer(field: string, label: string, value: unknown, min: number, max: number): boolean {
		const allowed =
			max === Number.MAX_SAFE_INTEGER ? `whole number ≥ ${min}` : `whole number ${min}–${max}`;
		return this.check(
			field,
			label,
			value,
			(v) => Number.isInteger(v) && v >= min && v <= max,
			max === Number.MAX_SAFE_INTEGER
				? `must be a whole number of at least ${min}`
				: `must be a whole number from ${min} to ${max}`,
			allowed,
		);
	}
}

/** Largest double, for the `allowed` text of result errors. */
const MAX_TEXT = '|x| ≤ 1.8 × 10³⁰⁸';

/**
 * Check a computed number: must be finite; when `strictlyPositive`, must not have underflowed to 0.
 * Pushes an error with field {@link RESULT_FIELD} into `errors` and returns false on failure.
 */
export function checkOutput(
	errors: PhysicsError[],
	label: string,
	value: number,
	strictlyPositive = false,
): boolean {
	if (!Number.isFinite(value)) {
		errors.push({
			code: 'not-finite',
			field: RESULT_FIELD,
			message: `${label} is too large to represent as a number (overflow); check the magnitudes and units of the inputs`,
			allowed: `finite result, ${MAX_TEXT}`,
		});
		return false;
	}
	if (strictlyPositive && !(value > 0)) {
		errors.push({
			code: 'out-of-range',
			field: RESULT_FIELD,
			message: `${label} is too small to represent as a number (underflow to 0); check the magnitudes and units of the inputs`,
			allowed: 'result > 4.9 × 10⁻³²⁴',
		});
		return false;
	}
	return true;
}

/** Run {@link checkOutput} over several named outputs; returns the collected errors. */
export function checkOutputs(
	outputs: ReadonlyArray<readonly [label: string, value: number, strictlyPositive: boolean]>,
): PhysicsError[] {
	const errors: PhysicsError[] = [];
	for (const [label, value, pos] of outputs) checkOutput(errors, label, value, pos);
	return errors;
}
