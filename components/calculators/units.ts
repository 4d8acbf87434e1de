/**
 * Unit conversion in the calculators. The factors are those of src/physics/units.ts (value_SI = value ×
 * factor), flattened on the server by unit-table.ts and handed to the island as a prop so that the
 * table itself does not ship as JavaScript; {@link setUnits} installs them. Conversions return
 * undefined instead of a number when the result is not finite or a non-zero value underflows to 0.
 */

let table: Record<string, number> = {};

/** Install the unit table (unit label → factor to SI). */
export function setUnits(units: Record<string, number> | undefined): void {
	if (units) table = units;
}

function check(input: number, out: number): number | undefined {
	return Number.isFinite(out) && (out !== 0 || input === 0) ? out : undefined;
}

/** SI value of `value` given in `unit`. */
export function toSI(unit: string, value: number): number | undefined {
	const f = table[unit];
	return f === undefined ? undefined : check(value, value * f);
}

/** Value in `unit` of an SI value. */
export function inUnit(unit: string, si: number): number | undefined {
	const f = table[unit];
	return f === undefined ? undefined : check(si, si / f);
}
