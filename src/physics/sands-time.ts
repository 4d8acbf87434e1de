/**
 * Sand's time, Sand capacity, Chazalviel's limiting current and the surface concentration of Li⁺
 * under galvanostatic plating from a binary liquid electrolyte (semi-infinite diffusion).
 *
 * Papers and equations:
 * - Seed 000 — K. Park, J. Song, K. T. Lee, "Fast Charging Lithium Metal Batteries with Liquid and
 *   Solid-State Electrolytes", §2, Eq. (1) (Sand's equation); §3 (t₊ ≈ 1 for solid electrolytes:
 *   "ion depletion … cannot theoretically occur").
 * - Seed 001 — J. Hou, M. Yang, B. Sun, G. Wang, "Improvement Strategies toward Stable Lithium-Metal
 *   Anodes for High-Energy Batteries", Eqs. (4)–(6) (printed in §2.2 "Space-charge model", not §2.1)
 *   and §4.1 (3D frameworks lower the local current density and so delay Sand's time).
 *
 * Implemented (SI: D m² s⁻¹, c₀ mol m⁻³, J A m⁻², F C mol⁻¹, t s, L m):
 *   τ      = π D (z F c₀)² / (4 J² (1 − t₊)²)                      Sand's time
 *   Q_s    = J τ = π D (z F c₀)² / (4 J (1 − t₊)²)    ∝ 1/J         Sand capacity (C m⁻²)
 *   J_max  = π D (z F c₀)² / (4 Q (1 − t₊)²)                       from J·τ(J) = Q
 *   J*     = 2 z F c₀ D / ((1 − t₊) L)                              Chazalviel limiting current
 *   t_c    = Q / J                                                 time to charge Q (compare with τ)
 *   c_s(t) = c₀ − 2 J (1 − t₊) √(t / (π D)) / (z F)  = c₀ (1 − √(t/τ)),   0 ≤ t ≤ τ
 * With a 3D host of effective-area factor A ≥ 1 (seed 001 §4.1), the local current density J/A
 * replaces J in τ and c_s, so τ(J/A) = A² τ(J); J stays the geometric (applied) current density in
 * Q_s = J·τ and in J_max.
 *
 * UNIT CHECK of Sand's time (the reason for the deviation from seed 000):
 *   correct form:  [D (zFc₀)² / J²] = m² s⁻¹ · (C mol⁻¹ · mol m⁻³)² / (C s⁻¹ m⁻²)²
 *                                    = m² s⁻¹ · C² m⁻⁶ / (C² s⁻² m⁻⁴) = s  ✓
 *   seed 000 Eq. (1) as printed, τ = (z C₀ F)² / (π D · 4 J² (1 − t)²), has π·D in the DENOMINATOR:
 *                  [(zFc₀)² / (D J²)] = C² m⁻⁶ / (m² s⁻¹ · C² s⁻² m⁻⁴) = s³ m⁻⁴  ✗ (not a time).
 *   The π is misplaced too (dimensionless, so only a comparison with Sand's result and with seed 001
 *   Eq. (4) catches it): printed/correct = 1/(π² D²). We implement the correct form, which agrees
 *   with seed 001 Eq. (4).
 *
 * Seed 001 printed forms, compared:
 * - Eq. (4) τ = π D [e C₀ / (2 J t_a)]² uses the elementary charge e, i.e. C₀ as a NUMBER density
 *   (m⁻³): [e C₀ / J]² = (C m⁻³ / (C s⁻¹ m⁻²))² = s² m⁻², times D → s ✓. Our molar form replaces
 *   e·C₀ by z F c₀ (F = N_A e) and t_a by 1 − t₊ (Eq. (5): t_a ≈ 1 − t_c = μ_a/(μ_a + μ_c)).
 * - Eq. (6) J* = 2 e D C₀ (μ_a + μ_c) / (L μ_a): same e·C₀ convention, and (μ_a + μ_c)/μ_a = 1/t_a,
 *   so J* = 2 z F c₀ D / ((1 − t₊) L) in molar form; [C mol⁻¹ · mol m⁻³ · m² s⁻¹ / m] = A m⁻² ✓.
 *   In Chazalviel's model D is the ambipolar diffusion coefficient of the salt; seed 001 calls it
 *   "bipolar diffusion factor". Seed 001's text below Eq. (2) swaps the labels (it says μ_c is the
 *   anion and μ_a the cation "migration number"); μ_a, μ_c are the anion and cation MOBILITIES,
 *   consistent with Eq. (5). We take them as such.
 *
 * Single-ion limit: t₊ = 1 (solid electrolytes, seed 000 §3) gives no concentration gradient, so τ,
 * Q_s, J_max and J* are unbounded; this is returned as a `{ bounded: false, reason }` variant, never
 * as a number. The surface concentration then stays at c₀.
 *
 * c_s(t) is computed as c₀(1 − √(t/τ)), algebraically identical to the Sand form above (insert
 * τ = π D (zFc₀)² / (4 J²(1−t₊)²)), so it reaches exactly 0 at t = τ. The semi-infinite solution is
 * only meaningful up to depletion, so t > τ is rejected (out-of-range) rather than clamped.
 */

import { FARADAY } from './constants';
import { type Result, Validator, asFields, checkOutputs, fail, ok } from './result';

/** Why τ (and related limits) are unbounded when t₊ = 1. */
export const SINGLE_ION_REASON =
	'single-ion conductor (t₊ = 1): no concentration gradient forms, so Li⁺ never depletes at the electrode';

/** Electrolyte and electrode geometry shared by the Sand's-time functions. All SI. */
export interface ElectrolyteInput {
	/** Li⁺ / salt diffusion coefficient D, m² s⁻¹ (> 0). */
	D: number;
	/** Bulk salt concentration c₀, mol m⁻³ (> 0). 1 mol L⁻¹ = 1000 mol m⁻³. */
	c0: number;
	/** Cation transference number t₊, dimensionless (0 ≤ t₊ ≤ 1; 1 = single-ion conductor). */
	tPlus: number;
	/** Cation charge number z (whole number ≥ 1). Default 1 (Li⁺). */
	z?: number;
	/** Effective-area factor A of a 3D host (≥ 1); local current density = J/A. Default 1 (planar). */
	areaFactor?: number;
}

/** {@link ElectrolyteInput} plus the applied (geometric) current density. */
export interface SandInput extends ElectrolyteInput {
	/** Applied current density J, A m⁻² (> 0). 1 mA cm⁻² = 10 A m⁻². */
	J: number;
}

/** Result of {@link sandsTime}. */
export type SandsTime =
	| {
			bounded: true;
			/** Sand's time τ, s. */
			tau: number;
			/** Sand capacity Q_s = J·τ, C m⁻² of geometric area (∝ 1/J). 36 000 C m⁻² = 1 mAh cm⁻². */
			sandCapacity: number;
			/** Local current density J/A, A m⁻². */
			localCurrentDensity: number;
	  }
	| { bounded: false; reason: string; localCurrentDensity: number };

interface Params {
	D: number;
	c0: number;
	tPlus: number;
	z: number;
	A: number;
}

function validateElectrolyte(v: Validator, raw: Record<string, unknown>, withArea = true): Params {
	v.positive('D', 'Diffusion coefficient', raw.D);
	v.positive('c0', 'Concentration', raw.c0);
	v.transference('tPlus', 'Transference number', raw.tPlus);
	const z = raw.z === undefined ? 1 : raw.z;
	v.integer('z', 'Charge number', z, 1, Number.MAX_SAFE_INTEGER);
	const A = !withArea || raw.areaFactor === undefined ? 1 : raw.areaFactor;
	if (withArea) v.atLeast('areaFactor', 'Effective-area factor', A, 1);
	return {
		D: raw.D as number,
		c0: raw.c0 as number,
		tPlus: raw.tPlus as number,
		z: z as number,
		A: A as number,
	};
}

/**
 * r = z F c₀ / (J (1 − t₊)) in s m⁻¹ (C m⁻³ / (C s⁻¹ m⁻²)); τ = (π/4) D r² in m² s⁻¹ · s² m⁻² = s.
 * Ordered (c₀/J first) to limit intermediate overflow; the caller checks the result.
 */
function tauAt(p: Params, Jlocal: number): number {
	const r = ((p.c0 / Jlocal) * (p.z * FARADAY)) / (1 - p.tPlus);
	return (Math.PI / 4) * p.D * r * r;
}

/** K = π D (z F c₀)² / (4 (1 − t₊)²), A² s m⁻⁴ (so τ = K/J²). */
function sandConstant(p: Params): number {
	const s = (p.z * FARADAY * p.c0) / (1 - p.tPlus);
	return (Math.PI / 4) * p.D * s * s;
}

/**
 * Sand's time τ = π D (z F c₀)² / (4 (J/A)² (1 − t₊)²) (s) and Sand capacity Q_s = J τ (C m⁻²).
 * Seed 000 Eq. (1) corrected (D in the numerator), = seed 001 Eq. (4) in molar form.
 * Returns `{ bounded: false }` for t₊ = 1.
 */
export function sandsTime(input: SandInput): Result<SandsTime> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw);
	v.positive('J', 'Current density', raw.J);
	if (!v.valid) return fail(v.errors);
	return computeSand(p, raw.J as number);
}

/** Sand's time for validated parameters. */
function computeSand(p: Params, J: number): Result<SandsTime> {
	const Jlocal = J / p.A;
	const e0 = checkOutputs([['Local current density', Jlocal, true]]);
	if (e0.length) return fail(e0);
	if (p.tPlus === 1) {
		return ok({ bounded: false, reason: SINGLE_ION_REASON, localCurrentDensity: Jlocal });
	}
	const tau = tauAt(p, Jlocal);
	const sandCapacity = J * tau;
	const errors = checkOutputs([
		["Sand's time", tau, true],
		['Sand capacity', sandCapacity, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ bounded: true, tau, sandCapacity, localCurrentDensity: Jlocal });
}

/** Input of {@link maxCurrentDensityForCapacity}. */
export interface MaxCurrentInput extends ElectrolyteInput {
	/** Areal capacity to be plated in one charge, Q, C m⁻² (> 0). 1 mAh cm⁻² = 36 000 C m⁻². */
	Q: number;
}

/** Result of {@link maxCurrentDensityForCapacity}. */
export type MaxCurrent =
	| {
			bounded: true;
			/** Largest applied current density that plates Q before Sand's time, A m⁻². */
			Jmax: number;
			/** Sand's time at Jmax, s — equal to the charge time Q/Jmax. */
			tau: number;
	  }
	| { bounded: false; reason: string };

/**
 * Largest applied current density J_max (A m⁻²) at which an areal capacity Q is plated before the
 * surface depletes: solve J τ(J) = Q ⇒ J_max = π D (z F c₀ A)² / (4 Q (1 − t₊)²), with A the
 * effective-area factor. Charging faster than J_max reaches Sand's time before Q is delivered.
 * Unbounded for t₊ = 1.
 */
export function maxCurrentDensityForCapacity(input: MaxCurrentInput): Result<MaxCurrent> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw);
	v.positive('Q', 'Areal capacity', raw.Q);
	if (!v.valid) return fail(v.errors);
	if (p.tPlus === 1) return ok({ bounded: false, reason: SINGLE_ION_REASON });
	const Q = raw.Q as number;
	const Jmax = (sandConstant(p) / Q) * p.A * p.A;
	const tau = Q / Jmax;
	const errors = checkOutputs([
		['Maximum current density', Jmax, true],
		["Sand's time at the maximum current density", tau, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ bounded: true, Jmax, tau });
}

/**
 * Time to pass areal capacity Q at a constant current density J: t = Q / J, s. `Q` in C m⁻², `J` in
 * A m⁻² (both > 0). 4 mAh cm⁻² (144 000 C m⁻²) at 4 mA cm⁻² (40 A m⁻²) → 3600 s. Used to compare a
 * charge with Sand's time (seed 000 §2, seed 001 §2.2): the charge completes before depletion when
 * Q / J ≤ τ(J).
 */
export function chargeTimeAtCurrentDensity(input: { Q: number; J: number }): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('Q', 'Areal capacity', raw.Q);
	v.positive('J', 'Current density', raw.J);
	if (!v.valid) return fail(v.errors);
	const t = (raw.Q as number) / (raw.J as number);
	const errors = checkOutputs([['Charge time', t, true]]);
	return errors.length ? fail(errors) : ok(t);
}

/** Input of {@link chazalvielLimitingCurrent}. */
export interface LimitingCurrentInput {
	/** Ambipolar salt diffusion coefficient D, m² s⁻¹ (> 0). */
	D: number;
	/** Bulk salt concentration c₀, mol m⁻³ (> 0). */
	c0: number;
	/** Cation transference number t₊ (0 ≤ t₊ ≤ 1). */
	tPlus: number;
	/** Inter-electrode distance L, m (> 0). */
	L: number;
	/** Cation charge number z (whole number ≥ 1). Default 1. */
	z?: number;
}

/** Result of {@link chazalvielLimitingCurrent}. */
export type LimitingCurrent =
	| {
			bounded: true;
			/** Limiting current density J*, A m⁻². Above it the surface depletes in steady state. */
			Jstar: number;
	  }
	| { bounded: false; reason: string };

/**
 * Chazalviel's limiting current density J* = 2 z F c₀ D / ((1 − t₊) L), A m⁻² (seed 001 Eq. (6) in
 * molar form). Unbounded for t₊ = 1.
 */
export function chazalvielLimitingCurrent(input: LimitingCurrentInput): Result<LimitingCurrent> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw, false);
	v.positive('L', 'Inter-electrode distance', raw.L);
	if (!v.valid) return fail(v.errors);
	if (p.tPlus === 1) {
		return ok({
			bounded: false,
			reason:
				'single-ion conductor (t₊ = 1): no concentration gradient forms, so there is no diffusion-limited current',
		});
	}
	const L = raw.L as number;
	const Jstar = (2 * p.z * FARADAY * p.c0 * (p.D / L)) / (1 - p.tPlus);
	const errors = checkOutputs([['Limiting current density', Jstar, true]]);
	if (errors.length) return fail(errors);
	return ok({ bounded: true, Jstar });
}

/** Input of {@link surfaceConcentration}. */
export interface SurfaceConcentrationInput extends SandInput {
	/** Time since the current was switched on, s (0 ≤ t ≤ τ). */
	t: number;
}

/** Result of {@link surfaceConcentration}. */
export type SurfaceConcentration =
	| {
			bounded: true;
			/** Li⁺ concentration at the electrode surface c_s, mol m⁻³ (0 at t = τ). */
			cs: number;
			/** c_s / c₀, dimensionless. */
			fraction: number;
			/** Sand's time τ, s. */
			tau: number;
	  }
	| {
			bounded: false;
			/** Stays equal to c₀ for a single-ion conductor, mol m⁻³. */
			cs: number;
			fraction: 1;
			reason: string;
	  };

/**
 * Surface concentration c_s(t) = c₀ − 2 J_loc (1 − t₊) √(t/(π D)) / (z F) = c₀ (1 − √(t/τ)),
 * mol m⁻³, valid for 0 ≤ t ≤ τ (t > τ is an out-of-range error: the surface is depleted).
 */
export function surfaceConcentration(
	input: SurfaceConcentrationInput,
): Result<SurfaceConcentration> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw);
	v.positive('J', 'Current density', raw.J);
	v.nonNegative('t', 'Time', raw.t);
	if (!v.valid) return fail(v.errors);
	const t = raw.t as number;
	const st = computeSand(p, raw.J as number);
	if (!st.ok) return st;
	if (!st.value.bounded) {
		return ok({ bounded: false, cs: p.c0, fraction: 1, reason: st.value.reason });
	}
	const tau = st.value.tau;
	if (t > tau) {
		return fail([
			{
				code: 'out-of-range',
				field: 't',
				message: `Time must not exceed Sand's time (${formatSeconds(tau)}); the surface is depleted then and the model no longer applies`,
				allowed: `0 ≤ t ≤ τ = ${formatSeconds(tau)}`,
			},
		]);
	}
	const fraction = 1 - Math.sqrt(t / tau);
	return ok({ bounded: true, cs: p.c0 * fraction, fraction, tau });
}

function formatSeconds(s: number): string {
	return `${Number(s.toPrecision(4))} s`;
}

/** Validate the optional sample count n (2 ≤ n ≤ 10 000). */
function sampleCount(v: Validator, raw: Record<string, unknown>, dflt: number): number {
	const n = raw.n === undefined ? dflt : raw.n;
	v.integer('n', 'Number of points', n, 2, 10000);
	return n as number;
}

/** Input of {@link sampleSurfaceConcentration}. */
export interface SurfaceProfileInput extends SandInput {
	/** Number of points, whole number 2–10 000. Default 101. */
	n?: number;
}

/** Result of {@link sampleSurfaceConcentration}. */
export type SurfaceProfile =
	| {
			bounded: true;
			/** Sand's time τ, s (the last sample). */
			tau: number;
			/** Evenly spaced samples from t = 0 (c_s = c₀) to t = τ (c_s = 0). t in s, cs in mol m⁻³. */
			points: Array<{ t: number; cs: number }>;
	  }
	| { bounded: false; reason: string };

/** c_s(t) at n evenly spaced times from 0 to τ, for a plot. Unbounded for t₊ = 1. */
export function sampleSurfaceConcentration(input: SurfaceProfileInput): Result<SurfaceProfile> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw);
	v.positive('J', 'Current density', raw.J);
	const n = sampleCount(v, raw, 101);
	if (!v.valid) return fail(v.errors);
	const st = computeSand(p, raw.J as number);
	if (!st.ok) return st;
	if (!st.value.bounded) return ok({ bounded: false, reason: st.value.reason });
	const tau = st.value.tau;
	const points: Array<{ t: number; cs: number }> = [];
	for (let i = 0; i < n; i++) {
		const x = i / (n - 1);
		points.push({ t: i === n - 1 ? tau : tau * x, cs: p.c0 * (1 - Math.sqrt(x)) });
	}
	return ok({ bounded: true, tau, points });
}

/** Input of {@link sampleSandsTime}. */
export interface SandSweepInput extends ElectrolyteInput {
	/** Lowest applied current density, A m⁻² (> 0). */
	Jmin: number;
	/** Highest applied current density, A m⁻² (> Jmin). */
	Jmax: number;
	/** Number of log-spaced points, whole number 2–10 000. Default 50. */
	n?: number;
}

/** Result of {@link sampleSandsTime}. */
export type SandSweep =
	| {
			bounded: true;
			/** J in A m⁻², tau in s, sandCapacity in C m⁻²; J log-spaced from Jmin to Jmax. */
			points: Array<{ J: number; tau: number; sandCapacity: number }>;
	  }
	| { bounded: false; reason: string };

/** τ and Q_s versus J at n log-spaced current densities (for a log–log plot; slope −2 and −1). */
export function sampleSandsTime(input: SandSweepInput): Result<SandSweep> {
	const raw = asFields(input);
	const v = new Validator();
	const p = validateElectrolyte(v, raw);
	const okMin = v.positive('Jmin', 'Lowest current density', raw.Jmin);
	const okMax = v.positive('Jmax', 'Highest current density', raw.Jmax);
	const n = sampleCount(v, raw, 50);
	if (okMin && okMax && !((raw.Jmax as number) > (raw.Jmin as number))) {
		v.add({
			code: 'out-of-range',
			field: 'Jmax',
			message: 'Highest current density must be greater than the lowest',
			allowed: '> Jmin',
		});
	}
	if (!v.valid) return fail(v.errors);
	if (p.tPlus === 1) return ok({ bounded: false, reason: SINGLE_ION_REASON });
	const lo = Math.log(raw.Jmin as number);
	const hi = Math.log(raw.Jmax as number);
	const points: Array<{ J: number; tau: number; sandCapacity: number }> = [];
	for (let i = 0; i < n; i++) {
		const J =
			i === 0
				? (raw.Jmin as number)
				: i === n - 1
					? (raw.Jmax as number)
					: Math.exp(lo + ((hi - lo) * i) / (n - 1));
		const st = computeSand(p, J);
		if (!st.ok) return st;
		if (!st.value.bounded) return ok({ bounded: false, reason: st.value.reason });
		points.push({ J, tau: st.value.tau, sandCapacity: st.value.sandCapacity });
	}
	return ok({ bounded: true, points });
}
