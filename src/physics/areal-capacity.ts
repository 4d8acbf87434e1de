/**
 * Areal capacity, current density at a C-rate, charge time, plated-Li thickness and N/P ratio.
 *
 * Papers:
 * - Seed 003 — M. Yang et al., F. Wu, "High-Areal-Capacity and Long-Cycle-Life All-Solid-State
 *   Lithium-Metal Battery by Mixed-Conduction Interface Layer" (Adv. Energy Mater.,
 *   DOI 10.1002/aenm.202303229), abstract and §2.3: areal capacities quoted with the LZO@LCO mass
 *   loadings they correspond to (0.2 ↔ 1.48, 0.5 ↔ 3.7, 4.7 ↔ 34.81, 5 ↔ 37.04, 7 ↔ 51.85,
 *   10 ↔ 74.08, 15 ↔ 111.11 mAh cm⁻² ↔ mg cm⁻²) and C-rate ↔ current-density pairs (e.g. 50C ↔
 *   10 mA cm⁻² at 0.2 mAh cm⁻², 1C ↔ 4.7 mA cm⁻² at 4.7 mAh cm⁻²).
 * - Seed 000 — K. Park, J. Song, K. T. Lee, "Fast Charging Lithium Metal Batteries with Liquid and
 *   Solid-State Electrolytes", §1: the fast-charging reference "4 mA cm⁻² at a 1 C rate".
 * - Seed 004 — J. Yu et al., F. Ciucci, "Fast-Charging Solid-State Li Batteries: Materials,
 *   Strategies, and Prospects" (Adv. Mater. 2025), §1: "4C or higher" ↔ nominal charge time of
 *   15 min or less.
 *
 * Implemented (SI: loading kg m⁻², specific capacity C kg⁻¹, Q C m⁻², C-rate s⁻¹, J A m⁻²):
 *   Q   = loading × active fraction × specific capacity
 *   J   = Q × C-rate                        (1 C = 1 h⁻¹ = 1/3600 s⁻¹)
 *   t   = 1 / C-rate                        (nominal charge time, s)
 *   h   = Q V_m / F                         (thickness of dense Li holding Q, m)
 *   N/P = (foil thickness × F / V_m) / Q_cathode
 * Unit checks: [kg m⁻² · C kg⁻¹] = C m⁻² ✓; [C m⁻² · s⁻¹] = A m⁻² ✓;
 *   [C m⁻² · m³ mol⁻¹ / (C mol⁻¹)] = m ✓ — 1 mAh cm⁻² = 36 000 C m⁻² → 36 000 × 1.2996e-5 / 96 485
 *   = 4.849 × 10⁻⁶ m ≈ 4.85 µm per mAh cm⁻².
 *
 * Seed 003 does not print the specific capacity behind its loading ↔ areal-capacity pairs. All
 * seven pairs give Q / loading = 135.0 mAh g⁻¹ (within 0.10 %, i.e. the rounding of the printed
 * loadings), so the loading is the LZO@LCO active mass (active fraction 1, not the 60:35:5
 * composite) at a nominal 135 mAh g⁻¹. This is inferred, not printed.
 */

import { FARADAY, LI_MOLAR_VOLUME } from './constants';
import { type Result, Validator, asFields, checkOutputs, fail, ok } from './result';

function activeFractionOf(v: Validator, raw: Record<string, unknown>): number {
	const f = raw.activeFraction === undefined ? 1 : raw.activeFraction;
	v.fraction('activeFraction', 'Active-material fraction', f, 'x');
	return f as number;
}

function single(label: string, value: number): Result<number> {
	const errors = checkOutputs([[label, value, true]]);
	return errors.length ? fail(errors) : ok(value);
}

/** Input of {@link arealCapacity}. */
export interface ArealCapacityInput {
	/** Electrode mass loading, kg m⁻² (> 0). 1 mg cm⁻² = 0.01 kg m⁻². */
	loading: number;
	/** Mass fraction of active material in the loading, 0 < x ≤ 1. Default 1. */
	activeFraction?: number;
	/** Specific capacity of the active material, C kg⁻¹ (> 0). 1 mAh g⁻¹ = 3600 C kg⁻¹. */
	specificCapacity: number;
}

/** Areal capacity Q = loading × active fraction × specific capacity, C m⁻² (1 mAh cm⁻² = 36 000 C m⁻²). */
export function arealCapacity(input: ArealCapacityInput): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('loading', 'Mass loading', raw.loading);
	const x = activeFractionOf(v, raw);
	v.positive('specificCapacity', 'Specific capacity', raw.specificCapacity);
	if (!v.valid) return fail(v.errors);
	return single('Areal capacity', (raw.loading as number) * x * (raw.specificCapacity as number));
}

/** Input of {@link currentDensityAtCRate}. */
export interface CRateInput {
	/** Areal capacity Q, C m⁻² (> 0). */
	Q: number;
	/** C-rate, s⁻¹ (> 0). 1 C = 1/3600 s⁻¹. */
	cRate: number;
}

/** Current density needed to charge Q at a C-rate: J = Q × C-rate, A m⁻² (10 A m⁻² = 1 mA cm⁻²). */
export function currentDensityAtCRate(input: CRateInput): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('Q', 'Areal capacity', raw.Q);
	v.positive('cRate', 'C-rate', raw.cRate);
	if (!v.valid) return fail(v.errors);
	return single('Current density', (raw.Q as number) * (raw.cRate as number));
}

/** Nominal charge time 1 / C-rate, s (4 C = 4/3600 s⁻¹ → 900 s = 15 min). `cRate` in s⁻¹ (> 0). */
export function chargeTime(input: { cRate: number }): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('cRate', 'C-rate', raw.cRate);
	if (!v.valid) return fail(v.errors);
	return single('Charge time', 1 / (raw.cRate as number));
}

/** C-rate for a nominal charge time: 1 / time, s⁻¹ (900 s → 1/900 s⁻¹ = 4 C). `time` in s (> 0). */
export function cRateForChargeTime(input: { time: number }): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('time', 'Charge time', raw.time);
	if (!v.valid) return fail(v.errors);
	return single('C-rate', 1 / (raw.time as number));
}

/**
 * Thickness of dense Li metal holding areal capacity Q: h = Q V_m / F, m. `Q` in C m⁻² (> 0).
 * 1 mAh cm⁻² (36 000 C m⁻²) → 4.85 µm.
 */
export function platedLithiumThickness(input: { Q: number }): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('Q', 'Areal capacity', raw.Q);
	if (!v.valid) return fail(v.errors);
	return single('Plated Li thickness', ((raw.Q as number) / FARADAY) * LI_MOLAR_VOLUME);
}

/** Areal capacity stored in a dense Li foil: Q = thickness × F / V_m, C m⁻². `thickness` in m (> 0). */
export function lithiumFoilCapacity(input: { thickness: number }): Result<number> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('thickness', 'Foil thickness', raw.thickness);
	if (!v.valid) return fail(v.errors);
	return single('Foil capacity', ((raw.thickness as number) / LI_MOLAR_VOLUME) * FARADAY);
}

/** Input of {@link npRatio}. */
export interface NpRatioInput {
	/** Li foil thickness, m (> 0). */
	foilThickness: number;
	/** Cathode areal capacity, C m⁻² (> 0). */
	cathodeCapacity: number;
}

/** Result of {@link npRatio}. */
export interface NpRatio {
	/** N/P = foil capacity / cathode capacity, dimensionless. */
	ratio: number;
	/** Areal capacity of the foil, C m⁻². */
	foilCapacity: number;
}

/** N/P ratio of a Li-foil anode against a cathode: (thickness F / V_m) / Q_cathode. */
export function npRatio(input: NpRatioInput): Result<NpRatio> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('foilThickness', 'Foil thickness', raw.foilThickness);
	v.positive('cathodeCapacity', 'Cathode areal capacity', raw.cathodeCapacity);
	if (!v.valid) return fail(v.errors);
	const foilCapacity = ((raw.foilThickness as number) / LI_MOLAR_VOLUME) * FARADAY;
	const ratio = foilCapacity / (raw.cathodeCapacity as number);
	const errors = checkOutputs([
		['Foil capacity', foilCapacity, true],
		['N/P ratio', ratio, true],
	]);
	return errors.length ? fail(errors) : ok({ ratio, foilCapacity });
}

/** Input of {@link electrodeDesign}. */
export interface ElectrodeDesignInput extends ArealCapacityInput {
	/** Charging C-rate, s⁻¹ (> 0). */
	cRate: number;
	/** Optional Li foil thickness for the N/P ratio, m (> 0). */
	foilThickness?: number;
}

/** Result of {@link electrodeDesign}. */
export interface ElectrodeDesign {
	/** Areal capacity, C m⁻². */
	Q: number;
	/** Current density at the C-rate, A m⁻². */
	J: number;
	/** Nominal charge time, s. */
	chargeTime: number;
	/** Dense-Li thickness plated per full charge, m. */
	platedThickness: number;
	/** N/P ratio, present only when foilThickness was given. */
	npRatio?: number;
}

/** All areal-capacity quantities for one electrode: Q, J, charge time, plated thickness, N/P. */
export function electrodeDesign(input: ElectrodeDesignInput): Result<ElectrodeDesign> {
	const raw = asFields(input);
	const v = new Validator();
	v.positive('loading', 'Mass loading', raw.loading);
	const x = activeFractionOf(v, raw);
	v.positive('specificCapacity', 'Specific capacity', raw.specificCapacity);
	v.positive('cRate', 'C-rate', raw.cRate);
	if (raw.foilThickness !== undefined)
		v.positive('foilThickness', 'Foil thickness', raw.foilThickness);
	if (!v.valid) return fail(v.errors);
	const Q = (raw.loading as number) * x * (raw.specificCapacity as number);
	const c = raw.cRate as number;
	const J = Q * c;
	const t = 1 / c;
	const h = (Q / FARADAY) * LI_MOLAR_VOLUME;
	const outputs: Array<[string, number, boolean]> = [
		['Areal capacity', Q, true],
		['Current density', J, true],
		['Charge time', t, true],
		['Plated Li thickness', h, true],
	];
	let np: number | undefined;
	if (raw.foilThickness !== undefined) {
		np = (((raw.foilThickness as number) / LI_MOLAR_VOLUME) * FARADAY) / Q;
		outputs.push(['N/P ratio', np, true]);
	}
	const errors = checkOutputs(outputs);
	if (errors.length) return fail(errors);
	const value: ElectrodeDesign = { Q, J, chargeTime: t, platedThickness: h };
	if (np !== undefined) value.npRatio = np;
	return ok(value);
}

/** Input of {@link sampleCapacityVsLoading}. */
export interface LoadingSweepInput {
	/** Active-material fraction, 0 < x ≤ 1. Default 1. */
	activeFraction?: number;
	/** Specific capacity, C kg⁻¹ (> 0). */
	specificCapacity: number;
	/** C-rate, s⁻¹ (> 0). */
	cRate: number;
	/** Lowest loading, kg m⁻² (> 0). */
	loadingMin: number;
	/** Highest loading, kg m⁻² (> loadingMin). */
	loadingMax: number;
	/** Number of evenly spaced points, whole number 2–10 000. Default 50. */
	n?: number;
}

/** One sample of {@link sampleCapacityVsLoading} (loading kg m⁻², Q C m⁻², J A m⁻², thickness m). */
export interface LoadingPoint {
	loading: number;
	Q: number;
	J: number;
	platedThickness: number;
}

/** Areal capacity and current density versus loading at n evenly spaced loadings (linear plot). */
export function sampleCapacityVsLoading(input: LoadingSweepInput): Result<LoadingPoint[]> {
	const raw = asFields(input);
	const v = new Validator();
	const x = activeFractionOf(v, raw);
	v.positive('specificCapacity', 'Specific capacity', raw.specificCapacity);
	v.positive('cRate', 'C-rate', raw.cRate);
	const okMin = v.positive('loadingMin', 'Lowest loading', raw.loadingMin);
	const okMax = v.positive('loadingMax', 'Highest loading', raw.loadingMax);
	const n = raw.n === undefined ? 50 : raw.n;
	v.integer('n', 'Number of points', n, 2, 10000);
	if (okMin && okMax && !((raw.loadingMax as number) > (raw.loadingMin as number))) {
		v.add({
			code: 'out-of-range',
			field: 'loadingMax',
			message: 'Highest loading must be greater than the lowest',
			allowed: '> loadingMin',
		});
	}
	if (!v.valid) return fail(v.errors);
	const lo = raw.loadingMin as number;
	const hi = raw.loadingMax as number;
	const count = n as number;
	const points: LoadingPoint[] = [];
	for (let i = 0; i < count; i++) {
		const loading = i === count - 1 ? hi : lo + (hi - lo) * (i / (count - 1));
		const Q = loading * x * (raw.specificCapacity as number);
		const J = Q * (raw.cRate as number);
		const platedThickness = (Q / FARADAY) * LI_MOLAR_VOLUME;
		const errors = checkOutputs([
			['Areal capacity', Q, true],
			['Current density', J, true],
			['Plated Li thickness', platedThickness, true],
		]);
		if (errors.length) return fail(errors);
		points.push({ loading, Q, J, platedThickness });
	}
	return ok(points);
}
