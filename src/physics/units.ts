/**
 * Unit conversions at the UI edges — the ONLY place where non-SI units appear.
 *
 * No paper equation is implemented here. Every physics function takes and returns SI values; the
 * UI converts with {@link toSI} / {@link fromSI}. {@link UNITS} maps each quantity to its units,
 * each unit key being its display label and its value the factor to SI
 * (value_SI = value × factor). Unit selectors can be built from {@link unitOptions}.
 *
 * Factor derivations (all exact):
 * - 1 mA cm⁻² = 10⁻³ A / 10⁻⁴ m² = 10 A m⁻²
 * - 1 mol L⁻¹ = 1 mol / 10⁻³ m³ = 1000 mol m⁻³
 * - 1 cm² s⁻¹ = 10⁻⁴ m² s⁻¹
 * - 1 mAh cm⁻² = 3.6 C / 10⁻⁴ m² = 36 000 C m⁻²  (NB: not 36 — 1 mAh = 3.6 C, 1 cm² = 10⁻⁴ m²;
 *   cross-check: 1 mA cm⁻² = 10 A m⁻² held for 3600 s gives 36 000 C m⁻²)
 * - 1 mg cm⁻² = 10⁻⁶ kg / 10⁻⁴ m² = 0.01 kg m⁻²
 * - 1 mAh g⁻¹ = 3.6 C / 10⁻³ kg = 3600 C kg⁻¹
 * - 1 Ω cm² = 10⁻⁴ Ω m²
 * - 1 C (C-rate, h⁻¹) = 1/3600 s⁻¹
 * - 1 eV Å⁻² = 1.602176634 × 10⁻¹⁹ J / 10⁻²⁰ m² = 16.02176634 J m⁻²
 *
 * The micro prefix is written with U+00B5 (µ); the Greek letter mu (U+03BC, μ) is accepted too.
 */

import { type PhysicsError, type Result, fail, isFiniteNumber, ok, checkOutput } from './result';
import { SECONDS_PER_HOUR } from './constants';

/** Table quantity → unit label → factor to SI. The SI unit of each quantity has factor 1. */
export const UNITS = {
	/** Current density; SI A m⁻². */
	currentDensity: { 'A m⁻²': 1, 'mA cm⁻²': 10, 'µA cm⁻²': 0.01 },
	/** Salt / Li⁺ concentration; SI mol m⁻³. */
	concentration: { 'mol m⁻³': 1, 'mol L⁻¹': 1000, 'mmol L⁻¹': 1 },
	/** Diffusion coefficient; SI m² s⁻¹. */
	diffusivity: { 'm² s⁻¹': 1, 'cm² s⁻¹': 1e-4 },
	/** Time; SI s. */
	time: { s: 1, min: 60, h: SECONDS_PER_HOUR },
	/** Length (thickness, distance, radius); SI m. */
	length: { m: 1, cm: 1e-2, mm: 1e-3, µm: 1e-6, nm: 1e-9 },
	/** Areal capacity (charge per electrode area); SI C m⁻². */
	arealCapacity: { 'C m⁻²': 1, 'mAh cm⁻²': 36000, 'Ah m⁻²': SECONDS_PER_HOUR },
	/** Mass loading (mass per electrode area); SI kg m⁻². */
	loading: { 'kg m⁻²': 1, 'mg cm⁻²': 0.01 },
	/** Specific (gravimetric) capacity; SI C kg⁻¹. */
	specificCapacity: { 'C kg⁻¹': 1, 'mAh g⁻¹': 3600 },
	/** Area-specific (interface) resistance; SI Ω m². */
	areaSpecificResistance: { 'Ω m²': 1, 'Ω cm²': 1e-4 },
	/** Surface energy; SI J m⁻². */
	surfaceEnergy: { 'J m⁻²': 1, 'mJ m⁻²': 1e-3, 'eV Å⁻²': 16.02176634 },
	/** Energy per volume (e.g. ΔG_V); SI J m⁻³. */
	volumetricEnergy: { 'J m⁻³': 1, 'MJ m⁻³': 1e6 },
	/** Molar volume; SI m³ mol⁻¹. */
	molarVolume: { 'm³ mol⁻¹': 1, 'cm³ mol⁻¹': 1e-6 },
	/** Potential / overpotential; SI V. */
	voltage: { V: 1, mV: 1e-3 },
	/** C-rate (inverse nominal charge time); SI s⁻¹. 'C' means h⁻¹. */
	cRate: { 's⁻¹': 1, C: 1 / SECONDS_PER_HOUR },
} as const satisfies Record<string, Record<string, number>>;

/** Name of a physical quantity in {@link UNITS}. */
export type Quantity = keyof typeof UNITS;

/** Unit labels available for quantity `Q`. */
export type UnitOf<Q extends Quantity> = keyof (typeof UNITS)[Q] & string;

/** Display metadata: a human label, the SI unit and the unit the UI shows by default. */
export const QUANTITIES: { [Q in Quantity]: { label: string; si: UnitOf<Q>; display: UnitOf<Q> } } =
	{
		currentDensity: { label: 'Current density', si: 'A m⁻²', display: 'mA cm⁻²' },
		concentration: { label: 'Concentration', si: 'mol m⁻³', display: 'mol L⁻¹' },
		diffusivity: { label: 'Diffusion coefficient', si: 'm² s⁻¹', display: 'cm² s⁻¹' },
		time: { label: 'Time', si: 's', display: 's' },
		length: { label: 'Length', si: 'm', display: 'µm' },
		arealCapacity: { label: 'Areal capacity', si: 'C m⁻²', display: 'mAh cm⁻²' },
		loading: { label: 'Mass loading', si: 'kg m⁻²', display: 'mg cm⁻²' },
		specificCapacity: { label: 'Specific capacity', si: 'C kg⁻¹', display: 'mAh g⁻¹' },
		areaSpecificResistance: { label: 'Area-specific resistance', si: 'Ω m²', display: 'Ω cm²' },
		surfaceEnergy: { label: 'Surface energy', si: 'J m⁻²', display: 'J m⁻²' },
		volumetricEnergy: { label: 'Energy per volume', si: 'J m⁻³', display: 'MJ m⁻³' },
		molarVolume: { label: 'Molar volume', si: 'm³ mol⁻¹', display: 'cm³ mol⁻¹' },
		voltage: { label: 'Voltage', si: 'V', display: 'mV' },
		cRate: { label: 'C-rate', si: 's⁻¹', display: 'C' },
	};

/** Replace the Greek mu (U+03BC) by the micro sign (U+00B5) so both spellings work. */
function normalizeUnit(unit: string): string {
	return unit.replace(/\u03bc/g, '\u00b5');
}

function hasOwn(obj: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(obj, key);
}

/**
 * Factor to SI of `unit` for `quantity` (value_SI = value × factor).
 * Errors: unknown quantity (field `quantity`) or unit (field `unit`).
 */
export function unitFactor<Q extends Quantity>(quantity: Q, unit: UnitOf<Q>): Result<number> {
	const errors: PhysicsError[] = [];
	const table = lookupQuantity(quantity, errors);
	const factor = table && lookupUnit(table, quantity as Quantity, unit, 'unit', errors);
	return factor === undefined ? fail(errors) : ok(factor);
}

type Table = Readonly<Record<string, number>>;

function lookupQuantity(quantity: unknown, errors: PhysicsError[]): Table | undefined {
	if (typeof quantity !== 'string' || !hasOwn(UNITS, quantity)) {
		errors.push({
			code: 'out-of-range',
			field: 'quantity',
			message: `Unknown quantity "${String(quantity)}"`,
			allowed: Object.keys(UNITS).join(', '),
		});
		return undefined;
	}
	return UNITS[quantity as Quantity] as Table;
}

function lookupUnit(
	table: Table,
	quantity: Quantity,
	unit: unknown,
	field: string,
	errors: PhysicsError[],
): number | undefined {
	const key = typeof unit === 'string' ? normalizeUnit(unit) : '';
	const factor = typeof unit === 'string' && hasOwn(table, key) ? table[key] : undefined;
	if (factor === undefined) {
		errors.push({
			code: 'out-of-range',
			field,
			message: `Unknown unit "${String(unit)}" for ${QUANTITIES[quantity].label.toLowerCase()}`,
			allowed: Object.keys(table).join(', '),
		});
	}
	return factor;
}

function checkValue(value: unknown, errors: PhysicsError[]): value is number {
	if (isFiniteNumber(value)) return true;
	errors.push({
		code: 'not-finite',
		field: 'value',
		message: 'Value must be a finite number',
		allowed: 'finite number',
	});
	return false;
}

/** Finish a conversion: reject overflow, and underflow of a non-zero value to 0. */
function finish(value: number, out: number, errors: PhysicsError[]): Result<number> {
	if (!checkOutput(errors, 'Converted value', out)) return fail(errors);
	if (out === 0 && value !== 0) {
		checkOutput(errors, 'Converted value', 0, true);
		return fail(errors);
	}
	return ok(out);
}

function scale(
	quantity: unknown,
	unit: unknown,
	value: unknown,
	direction: 'to' | 'from',
): Result<number> {
	const errors: PhysicsError[] = [];
	const table = lookupQuantity(quantity, errors);
	const factor = table && lookupUnit(table, quantity as Quantity, unit, 'unit', errors);
	const valueOk = checkValue(value, errors);
	if (factor === undefined || !valueOk) return fail(errors);
	const v = value as number;
	return finish(v, direction === 'to' ? v * factor : v / factor, errors);
}

/** Convert `value` given in `unit` to SI. E.g. `toSI('currentDensity', 'mA cm⁻²', 4)` → 40 (A m⁻²). */
export function toSI<Q extends Quantity>(
	quantity: Q,
	unit: UnitOf<Q>,
	value: number,
): Result<number> {
	return scale(quantity, unit, value, 'to');
}

/** Convert an SI `value` to `unit`. E.g. `fromSI('time', 'min', 900)` → 15. */
export function fromSI<Q extends Quantity>(
	quantity: Q,
	unit: UnitOf<Q>,
	value: number,
): Result<number> {
	return scale(quantity, unit, value, 'from');
}

/**
 * Convert between two units of the same quantity. Errors name the fields `quantity`, `from`,
 * `to`, `value`.
 */
export function convert<Q extends Quantity>(
	quantity: Q,
	from: UnitOf<Q>,
	to: UnitOf<Q>,
	value: number,
): Result<number> {
	const errors: PhysicsError[] = [];
	const table = lookupQuantity(quantity, errors);
	const f1 = table && lookupUnit(table, quantity, from, 'from', errors);
	const f2 = table && lookupUnit(table, quantity, to, 'to', errors);
	const valueOk = checkValue(value, errors);
	if (f1 === undefined || f2 === undefined || !valueOk) return fail(errors);
	// Scale by the ratio only when it is representable; otherwise go through SI.
	const ratio = f1 / f2;
	const out = Number.isFinite(ratio) && ratio !== 0 ? value * ratio : (value * f1) / f2;
	return finish(value, out, errors);
}

/** Unit options for a selector: label (also the key to pass back) and factor to SI, SI first. */
export function unitOptions<Q extends Quantity>(
	quantity: Q,
): ReadonlyArray<{ unit: UnitOf<Q>; factor: number }> {
	if (typeof quantity !== 'string' || !hasOwn(UNITS, quantity)) return [];
	const table = UNITS[quantity] as Table;
	return Object.entries(table).map(([unit, factor]) => ({ unit: unit as UnitOf<Q>, factor }));
}
