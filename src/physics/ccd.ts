/**
 * Critical current density (CCD): headroom of a charging protocol, partial interfacial contact,
 * the step-increase CCD protocol, critical areal capacity, and void nucleation at the Li/solid-
 * electrolyte interface.
 *
 * Papers and equations:
 * - Seed 000 — K. Park, J. Song, K. T. Lee, "Fast Charging Lithium Metal Batteries with Liquid and
 *   Solid-State Electrolytes", §3: CCD = the largest current density endured during cycling without
 *   a short circuit; poor adhesion and voids concentrate current on the contacted area.
 * - Seed 004 — J. Yu et al., F. Ciucci, "Fast-Charging Solid-State Li Batteries: Materials,
 *   Strategies, and Prospects" (Adv. Mater. 2025), §2.2 (point contacts raise the local current
 *   density and lower the CCD; Wen's "critical areal capacity") and §5.1 Eqs. (1)–(2):
 *     ΔG_V   = −F i R_s / V_m                      (1)
 *     r_crit = |2 γ_Li / ΔG_V|  ∝ 1/i              (2)
 *
 * Implemented (SI: J A m⁻², Q C m⁻², C-rate s⁻¹, t s, R_s Ω m², γ J m⁻², V_m m³ mol⁻¹):
 *   J        = Q × C-rate                 required (geometric) current density
 *   J_local  = J / f                      f = contacted area fraction, 0 < f ≤ 1
 *   headroom = CCD / J_local              ≥ 1 means the interface tolerates the protocol
 *   C_max    = CCD f / Q,  t_min = 1 / C_max = Q / (CCD f)
 *   step protocol (start J₀, increment ΔJ, short at step n, 1-based):
 *     CCD = J₀ + (n − 2) ΔJ  (the last completed step), none passed when n = 1;
 *     critical areal capacity = CCD × t_h (t_h = half-cycle duration).
 *   void nucleation with i = J_local: η = i R_s, ΔG_V = −F η / V_m, r_crit = 2 γ_Li / |ΔG_V|.
 *
 * UNIT CHECK of seed 004 Eqs. (1)–(2) (printed forms are consistent):
 *   [F i R_s] = C mol⁻¹ · A m⁻² · Ω m² = C mol⁻¹ · V = J mol⁻¹;  / [V_m] = m³ mol⁻¹  → J m⁻³ ✓
 *   [2 γ / ΔG_V] = J m⁻² / J m⁻³ = m ✓.
 * Notes: seed 004 calls ΔG_V the "nucleation barrier"; dimensionally it is the free-energy change
 * per unit volume (the driving force) of classical nucleation, not the barrier itself (which would be
 * 16πγ³/(3ΔG_V²), not printed and not implemented). Seed 004 Eq. (3) (void growth rate, not
 * implemented) adds −F i R_s/V_m (J m⁻³) to l·Δg_l (J, with Δg_l a barrier per unit distance) and
 * divides by k_B T (J): the exponent is not dimensionless as printed — the first term needs a
 * volume factor (e.g. the volume per atom V_m/N_A).
 * γ_Li is not printed in any seed; the default is LI_SURFACE_ENERGY_DEFAULT (0.5 J m⁻²), see
 * constants.ts.
 */

import { FARADAY, LI_MOLAR_VOLUME, LI_SURFACE_ENERGY_DEFAULT } from './constants';
import { type Result, Validator, asFields, checkOutputs, fail, ok } from './result';

function contactFractionOf(v: Validator, raw: Record<string, unknown>): number {
	const f = raw.contactFraction === undefined ? 1 : raw.contactFraction;
	v.fraction('contactFraction', 'Contact fraction', f, 'f');
	return f as number;
}

/** Input of {@link localCurrentDensity}. */
export interface LocalCurrentInput {
	/** Applied (geometric) current density J, A m⁻² (> 0). */
	J: number;
	/** Fraction of the interface in contact, 0 < f ≤ 1. Default 1 (full contact). */
	contactFraction?: number;
}

/** Local current density on the contacted area J_local = J / f, A m⁻² (f = 1 → J). */
export function localCurrentDensity(input: LocalCurrentInput): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('J', 'Current density', raw.J);
	const f = contactFractionOf(v, raw);
	if (!v.valid) return fail(v.errors);
	const Jlocal = (raw.J as number) / f;
	const errors = checkOutputs([['Local current density', Jlocal, true]]);
	return errors.length ? fail(errors) : ok(Jlocal);
}

/** Input of {@link ccdHeadroom}. */
export interface HeadroomInput extends LocalCurrentInput {
	/** Critical current density of the interface, A m⁻² (> 0). */
	ccd: number;
}

/** Result of {@link ccdHeadroom}. */
export interface Headroom {
	/** J / f, A m⁻². */
	localCurrentDensity: number;
	/** CCD / J_local, dimensionless. */
	headroom: number;
	/** headroom ≥ 1. */
	safe: boolean;
}

/** Headroom = CCD / (J/f); ≥ 1 means the interface tolerates the current. */
export function ccdHeadroom(input: HeadroomInput): Result<Headroom> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('ccd', 'Critical current density', raw.ccd);
	v.positive('J', 'Current density', raw.J);
	const f = contactFractionOf(v, raw);
	if (!v.valid) return fail(v.errors);
	return headroomOf(raw.ccd as number, raw.J as number, f);
}

function headroomOf(ccd: number, J: number, f: number): Result<Headroom> {
	const Jlocal = J / f;
	const headroom = ccd / Jlocal;
	const errors = checkOutputs([
		['Local current density', Jlocal, true],
		['Headroom', headroom, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ localCurrentDensity: Jlocal, headroom, safe: headroom >= 1 });
}

/** Input of {@link maxCRate}. */
export interface MaxCRateInput {
	/** Critical current density, A m⁻² (> 0). */
	ccd: number;
	/** Areal capacity charged, C m⁻² (> 0). */
	Q: number;
	/** Contact fraction, 0 < f ≤ 1. Default 1. */
	contactFraction?: number;
}

/** Result of {@link maxCRate}. */
export interface MaxCRate {
	/** Largest C-rate the interface tolerates, CCD f / Q, s⁻¹ (× 3600 → C). */
	maxCRate: number;
	/** Shortest nominal charge time, Q / (CCD f), s. */
	minChargeTime: number;
}

/** Largest C-rate (s⁻¹) the interface tolerates and the matching shortest charge time (s). */
export function maxCRate(input: MaxCRateInput): Result<MaxCRate> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('ccd', 'Critical current density', raw.ccd);
	v.positive('Q', 'Areal capacity', raw.Q);
	const f = contactFractionOf(v, raw);
	if (!v.valid) return fail(v.errors);
	return maxCRateOf(raw.ccd as number, raw.Q as number, f);
}

function maxCRateOf(ccd: number, Q: number, f: number): Result<MaxCRate> {
	const allowed = ccd * f;
	const rate = allowed / Q;
	const minChargeTime = Q / allowed;
	const errors = checkOutputs([
		['Tolerated current density', allowed, true],
		['Maximum C-rate', rate, true],
		['Shortest charge time', minChargeTime, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ maxCRate: rate, minChargeTime });
}

/** Input of {@link assessCcd}. */
export interface CcdAssessmentInput {
	/** Critical current density, A m⁻² (> 0). */
	ccd: number;
	/** Areal capacity, C m⁻² (> 0). */
	Q: number;
	/** Charging C-rate, s⁻¹ (> 0). */
	cRate: number;
	/** Contact fraction, 0 < f ≤ 1. Default 1. */
	contactFraction?: number;
}

/** Result of {@link assessCcd}. Units: A m⁻², s⁻¹, s. */
export interface CcdAssessment extends Headroom, MaxCRate {
	/** Required geometric current density Q × C-rate, A m⁻². */
	J: number;
}

/** Everything the CCD calculator shows: J = Q·C, J_local, headroom, safe, max C-rate, min time. */
export function assessCcd(input: CcdAssessmentInput): Result<CcdAssessment> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('ccd', 'Critical current density', raw.ccd);
	v.positive('Q', 'Areal capacity', raw.Q);
	v.positive('cRate', 'C-rate', raw.cRate);
	const f = contactFractionOf(v, raw);
	if (!v.valid) return fail(v.errors);
	const ccd = raw.ccd as number;
	const Q = raw.Q as number;
	const J = Q * (raw.cRate as number);
	const e0 = checkOutputs([['Current density', J, true]]);
	if (e0.length) return fail(e0);
	const h = headroomOf(ccd, J, f);
	const m = maxCRateOf(ccd, Q, f);
	if (!h.ok || !m.ok) return fail([...(h.ok ? [] : h.errors), ...(m.ok ? [] : m.errors)]);
	return ok({ J, ...h.value, ...m.value });
}

/** Input of {@link ccdFromStepProtocol}. */
export interface StepProtocolInput {
	/** Current density of the first step J₀, A m⁻² (> 0). */
	J0: number;
	/** Increment between steps ΔJ, A m⁻² (> 0). */
	dJ: number;
	/** 1-based index of the step during which the cell short-circuited (whole number ≥ 1). */
	shortStep: number;
	/** Duration of one half cycle (plating or stripping) t_h, s (> 0). */
	halfCycleTime: number;
}

/** Result of {@link ccdFromStepProtocol}. */
export type StepProtocol =
	| {
			passed: true;
			/** CCD = J₀ + (n − 2) ΔJ, the highest current density completed without a short, A m⁻². */
			ccd: number;
			/** Critical areal capacity CCD × t_h, C m⁻². */
			criticalArealCapacity: number;
			/** Current density of the failing step J₀ + (n − 1) ΔJ, A m⁻². */
			shortCurrentDensity: number;
			/** Number of completed steps, n − 1. */
			stepsPassed: number;
	  }
	| {
			passed: false;
			/** Plain-language explanation (no CCD number exists). */
			reason: string;
			/** J₀: the CCD is below this value, A m⁻². */
			shortCurrentDensity: number;
			stepsPassed: 0;
	  };

/**
 * CCD from a step-increase test: the cell shorts during step n (J = J₀ + (n−1)ΔJ), so the CCD is
 * the last completed step J₀ + (n − 2) ΔJ and the critical areal capacity is CCD × t_h. For n = 1 no
 * step was completed: returns `{ passed: false, reason }`, never a number.
 */
export function ccdFromStepProtocol(input: StepProtocolInput): Result<StepProtocol> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('J0', 'Starting current density', raw.J0);
	v.positive('dJ', 'Current-density step', raw.dJ);
	v.integer('shortStep', 'Step at which the cell short-circuited', raw.shortStep, 1, 1e9);
	v.positive('halfCycleTime', 'Half-cycle duration', raw.halfCycleTime);
	if (!v.valid) return fail(v.errors);
	const J0 = raw.J0 as number;
	const dJ = raw.dJ as number;
	const n = raw.shortStep as number;
	if (n === 1) {
		return ok({
			passed: false,
			reason:
				'No step passed: the cell short-circuited during the first step, so the critical current density is below the starting current density',
			shortCurrentDensity: J0,
			stepsPassed: 0,
		});
	}
	const ccd = J0 + (n - 2) * dJ;
	const shortCurrentDensity = J0 + (n - 1) * dJ;
	const criticalArealCapacity = ccd * (raw.halfCycleTime as number);
	const errors = checkOutputs([
		['Critical current density', ccd, true],
		['Current density of the failing step', shortCurrentDensity, true],
		['Critical areal capacity', criticalArealCapacity, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ passed: true, ccd, criticalArealCapacity, shortCurrentDensity, stepsPassed: n - 1 });
}

/** Input of {@link criticalArealCapacity}. */
export interface CriticalArealCapacityInput {
	/** Critical current density, A m⁻² (> 0). */
	ccd: number;
	/** Duration of one half cycle (plating or stripping) t_h, s (> 0). */
	halfCycleTime: number;
}

/**
 * Critical areal capacity CCD × t_h, C m⁻² (seed 004 §2.2, Wen's concept): the charge plated in one
 * half cycle at the critical current density. Same product as in {@link ccdFromStepProtocol}, for a
 * CCD that is known directly (e.g. reported in a paper) rather than from a step test.
 */
export function criticalArealCapacity(input: CriticalArealCapacityInput): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('ccd', 'Critical current density', raw.ccd);
	v.positive('halfCycleTime', 'Half-cycle duration', raw.halfCycleTime);
	if (!v.valid) return fail(v.errors);
	const cac = (raw.ccd as number) * (raw.halfCycleTime as number);
	const errors = checkOutputs([['Critical areal capacity', cac, true]]);
	return errors.length ? fail(errors) : ok(cac);
}

/** Input of {@link voidNucleation}. */
export interface VoidNucleationInput {
	/** Applied (geometric) current density, A m⁻² (> 0). */
	J: number;
	/** Contact fraction, 0 < f ≤ 1; i = J/f. Default 1. */
	contactFraction?: number;
	/** Area-specific interface resistance R_s, Ω m² (> 0). 1 Ω cm² = 10⁻⁴ Ω m². */
	Rs: number;
	/** Li surface energy γ_Li, J m⁻² (> 0). Default 0.5 (literature value; not printed in the seeds). */
	gamma?: number;
	/** Li molar volume V_m, m³ mol⁻¹ (> 0). Default M/ρ ≈ 1.2996 × 10⁻⁵. */
	Vm?: number;
}

/** Result of {@link voidNucleation}. */
export interface VoidNucleation {
	/** Local current density i = J/f, A m⁻². */
	localCurrentDensity: number;
	/** Interfacial overpotential η = i R_s, V. */
	overpotential: number;
	/** ΔG_V = −F i R_s / V_m, J m⁻³ (negative). */
	deltaGV: number;
	/** Critical void-nucleus radius r_crit = 2 γ_Li / |ΔG_V|, m (∝ 1/i). */
	rCrit: number;
}

/** Void nucleation at the Li/SE interface (seed 004 Eqs. (1)–(2)) with i = J/f. */
export function voidNucleation(input: VoidNucleationInput): Result<VoidNucleation> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('J', 'Current density', raw.J);
	const f = contactFractionOf(v, raw);
	v.positive('Rs', 'Interface resistance', raw.Rs);
	const gamma = raw.gamma === undefined ? LI_SURFACE_ENERGY_DEFAULT : raw.gamma;
	v.positive('gamma', 'Surface energy', gamma);
	const Vm = raw.Vm === undefined ? LI_MOLAR_VOLUME : raw.Vm;
	v.positive('Vm', 'Molar volume', Vm);
	if (!v.valid) return fail(v.errors);
	const i = (raw.J as number) / f;
	const eta = i * (raw.Rs as number);
	const magnitude = (FARADAY * eta) / (Vm as number);
	const rCrit = (2 * (gamma as number)) / magnitude;
	const errors = checkOutputs([
		['Local current density', i, true],
		['Overpotential', eta, true],
		['Volumetric free-energy change', magnitude, true],
		['Critical radius', rCrit, true],
	]);
	if (errors.length) return fail(errors);
	return ok({ localCurrentDensity: i, overpotential: eta, deltaGV: -magnitude, rCrit });
}

/** Input of {@link sampleHeadroomVsCRate}. */
export interface HeadroomSweepInput {
	/** Critical current density, A m⁻² (> 0). */
	ccd: number;
	/** Areal capacity, C m⁻² (> 0). */
	Q: number;
	/** Contact fraction, 0 < f ≤ 1. Default 1. */
	contactFraction?: number;
	/** Lowest C-rate, s⁻¹ (> 0). */
	cRateMin: number;
	/** Highest C-rate, s⁻¹ (> cRateMin). */
	cRateMax: number;
	/** Number of log-spaced points, whole number 2–10 000. Default 50. */
	n?: number;
}

/** One sample: C-rate s⁻¹, J and J_local A m⁻², headroom dimensionless. */
export interface HeadroomPoint {
	cRate: number;
	J: number;
	localCurrentDensity: number;
	headroom: number;
}

/** Headroom versus C-rate at n log-spaced C-rates (headroom ∝ 1/C; crosses 1 at C_max). */
export function sampleHeadroomVsCRate(input: HeadroomSweepInput): Result<HeadroomPoint[]> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('ccd', 'Critical current density', raw.ccd);
	v.positive('Q', 'Areal capacity', raw.Q);
	const f = contactFractionOf(v, raw);
	const okMin = v.positive('cRateMin', 'Lowest C-rate', raw.cRateMin);
	const okMax = v.positive('cRateMax', 'Highest C-rate', raw.cRateMax);
	const n = raw.n === undefined ? 50 : raw.n;
	v.integer('n', 'Number of points', n, 2, 10000);
	if (okMin && okMax && !((raw.cRateMax as number) > (raw.cRateMin as number))) {
		v.add({
			code: 'out-of-range',
			field: 'cRateMax',
			message: 'Highest C-rate must be greater than the lowest',
			allowed: '> cRateMin',
		});
	}
	if (!v.valid) return fail(v.errors);
	const ccd = raw.ccd as number;
	const Q = raw.Q as number;
	const cMin = raw.cRateMin as number;
	const cMax = raw.cRateMax as number;
	const count = n as number;
	const lo = Math.log(cMin);
	const hi = Math.log(cMax);
	const points: HeadroomPoint[] = [];
	for (let k = 0; k < count; k++) {
		const cRate =
			k === 0 ? cMin : k === count - 1 ? cMax : Math.exp(lo + ((hi - lo) * k) / (count - 1));
		const J = Q * cRate;
		const e0 = checkOutputs([['Current density', J, true]]);
		if (e0.length) return fail(e0);
		const h = headroomOf(ccd, J, f);
		if (!h.ok) return h;
		points.push({
			cRate,
			J,
			localCurrentDensity: h.value.localCurrentDensity,
			headroom: h.value.headroom,
		});
	}
	return ok(points);
}
