/**
 * Server side (pages and tests): the unit factors of src/physics/units.ts flattened to one table,
 * unit label → factor to SI, for the calculator islands (see units.ts).
 */
import { UNITS } from '../../src/physics/units';

/**
 * Every unit of src/physics/units.ts, plus 'h⁻¹' (= C-rate 'C') and '1' (dimensionless); throws if
 * one label had two different factors.
 */
export function unitTable(): Record<string, number> {
	const out: Record<string, number> = {};
	for (const units of Object.values(UNITS)) {
		for (const [label, factor] of Object.entries(units as Record<string, number>)) {
			if (label in out && out[label] !== factor) throw new Error(`unit ${label} is ambiguous`);
			out[label] = factor;
		}
	}
	// Aliases for result labels: C-rates are reported per hour, dimensionless numbers as '1'.
	if (out.C !== undefined) out['h⁻¹'] = out.C;
	out['1'] = 1;
	return out;
}
