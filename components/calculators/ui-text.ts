/**
 * Wording shared by the three calculators (server side: merged with each calculator's own text and
 * passed to the island as a prop; format.ts setText installs it). Templates use {placeholders}.
 */
export const UI_TEXT: Record<string, string> = {
	hint: 'a number such as 4, 0.25 or 1e-5',
	required: '{name} is required',
	range: '{name}: {raw} is too large or too small to represent in SI units',
	r_nan: 'is not a number (digits, one decimal point, optional exponent such as 1e-5)',
	r_big: 'is too large to represent',
	r_required: 'is empty but required',
	why: 'the value {r}',
	empty: 'empty',
	unknown: 'Unknown parameter {key} in the link was ignored.',
	repeated: 'Parameter {key} appears more than once in the link; the first value is used.',
	ignored: 'Ignored {key}={raw} in the link: {why}. Using the default, {d}.',
	linkNotUsed: 'Some values in the link were not used.',
	optional: ' (optional)',
	unitOf: 'Unit of {label}',
	inputs: 'Inputs',
	results: 'Results',
	staleTag: ' stale',
	problem: '{message}. Allowed: {allowed}.',
	equation: 'Equation',
	withNumbers: 'With your numbers',
	liveTitle: 'Equations with your numbers',
	plots: 'Plots',
};
