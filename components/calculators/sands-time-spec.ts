/**
 * Sand's-time calculator: the inputs (public URL parameters, with where each default comes from), the
 * presets with their sources, and the result labels. Static data: the page passes it to the island
 * as props, so none of this text ships as JavaScript.
 */
import type { FieldSpec } from './fields';
import { equation, frac, mi, mn, mo, paren, prod, row, sup, v } from './mathml';
import type { Preset } from './presets';

export const SAND_FIELDS: readonly FieldSpec[] = [
	{
		key: 'D',
		label: 'Diffusion coefficient',
		symbol: 'D',
		quantity: 'diffusivity',
		unit: 'cm² s⁻¹',
		units: ['cm² s⁻¹', 'm² s⁻¹'],
		default: '0.00001',
		note: 'Default 1 × 10⁻⁵ cm² s⁻¹: a typical textbook order of magnitude for Li salts in organic liquid electrolytes. The source papers print no value.',
	},
	{
		key: 'c0',
		label: 'Salt concentration',
		symbol: 'c₀',
		quantity: 'concentration',
		unit: 'mol L⁻¹',
		units: ['mol L⁻¹', 'mol m⁻³', 'mmol L⁻¹'],
		default: '1',
		note: 'Default 1 mol L⁻¹: the usual salt content of commercial carbonate electrolytes (seed 001 §4.2.1).',
	},
	{
		key: 'J',
		label: 'Applied current density',
		symbol: 'J',
		quantity: 'currentDensity',
		unit: 'mA cm⁻²',
		units: ['mA cm⁻²', 'A m⁻²', 'µA cm⁻²'],
		default: '4',
		note: 'Default 4 mA cm⁻²: the fast-charging standard at 1 C quoted in seed 000 §1.',
	},
	{
		key: 't',
		label: 'Li⁺ transference number',
		symbol: 't₊',
		unit: '',
		default: '0.25',
		physics: ['tPlus'],
		note: 'Default 0.25, the middle of the 0.2–0.3 that seed 000 §2 gives for liquid electrolytes. 1 = single-ion conductor.',
	},
	{
		key: 'z',
		label: 'Charge number of the cation',
		symbol: 'z',
		unit: '',
		default: '1',
		note: '1 for Li⁺.',
	},
	{
		key: 'A',
		label: 'Area factor of a 3D host',
		symbol: 'A',
		unit: '',
		default: '1',
		physics: ['areaFactor'],
		note: '1 = planar foil. A host with A times the electrochemically active area carries J/A locally (seed 001 §4.1).',
	},
	{
		key: 'Q',
		label: 'Areal capacity to charge',
		symbol: 'Q',
		quantity: 'arealCapacity',
		unit: 'mAh cm⁻²',
		units: ['mAh cm⁻²', 'C m⁻²', 'Ah m⁻²'],
		default: '4',
		optional: true,
		note: 'Optional. Default 4 mAh cm⁻²: one hour at the 4 mA cm⁻² standard (seed 000 §1).',
	},
	{
		key: 'L',
		label: 'Inter-electrode distance',
		symbol: 'L',
		quantity: 'length',
		unit: 'µm',
		units: ['µm', 'mm', 'cm', 'm'],
		default: '',
		optional: true,
		note: 'Optional: the electrode gap, for Chazalviel’s limiting current (seed 001 Eq. 6).',
	},
];

const LIQUID_NOTE =
	'the papers give one t₊ range for all liquid electrolytes (0.2–0.3, seed 000 §2) and no D, so the liquid presets differ only in c₀; D = 1 × 10⁻⁵ cm² s⁻¹ is a typical value';

export const SAND_PRESETS: readonly Preset[] = [
	{
		group: 'Electrolyte',
		label: 'Carbonate, 1.2 M LiPF₆ in EC/EMC',
		values: { c0: '1.2', t: '0.25', D: '0.00001' },
		source: `Composition from seed 000 §2 (SEI study above 2 mA cm⁻²); ${LIQUID_NOTE}.`,
	},
	{
		group: 'Electrolyte',
		label: 'Ether, 1 M LiTFSI in DOL/DME',
		values: { c0: '1', t: '0.25', D: '0.00001' },
		source: `Base electrolyte of the fluorinated co-solvent work in seed 000 §2; ${LIQUID_NOTE}.`,
	},
	{
		group: 'Electrolyte',
		label: 'Highly concentrated, 4 M LiFSI in DME',
		values: { c0: '4', t: '0.25', D: '0.00001' },
		source:
			'Seed 000 §2 and seed 001 §4.2.1. Concentrated electrolytes are more viscous (seed 001 §4.2.1), so the real D is lower than the typical value used here and τ is overestimated.',
	},
	{
		group: 'Electrolyte',
		label: 'Single-ion solid electrolyte, t₊ = 1',
		values: { t: '1' },
		source:
			'Seed 000 §3: solid electrolytes conduct only Li⁺ (t₊ ≈ 1), so ion depletion cannot occur; seed 004 §1.',
	},
	{
		group: 'Transference number',
		label: 'Electronegative nanochannel separator, t₊ = 0.77',
		values: { t: '0.77' },
		source: 'Seed 000 §2 (PAA-coated AAO separator, ref. 33).',
	},
	{
		group: 'Transference number',
		label: 'Aramid nanofiber separator, t₊ = 0.84',
		values: { t: '0.84' },
		source: 'Seed 000 §2 (PANF separator, ref. 35).',
	},
	{
		group: 'Transference number',
		label: 'Weakly solvating BFE electrolyte, t₊ = 0.57',
		values: { t: '0.57' },
		source: 'Seed 000 §2 (ref. 78).',
	},
	{
		group: 'Electrode area',
		label: 'Planar foil, A = 1',
		values: { A: '1' },
		source: 'No 3D host.',
	},
	{
		group: 'Electrode area',
		label: 'Upright Li anode, A = 4',
		values: { A: '4' },
		source: 'Seed 001 §4.5.2: four times the surface area of the planar structure.',
	},
	{
		group: 'Electrode area',
		label: 'Porous garnet trilayer, A = 40',
		values: { A: '40' },
		source:
			'Seed 000 §3: about 40 times the surface area of a planar cell (a solid-state host; here only its area factor is used).',
	},
	{
		group: 'Charge',
		label: '1 C standard: 4 mA cm⁻², 4 mAh cm⁻²',
		values: { J: '4', Q: '4' },
		source: 'Seed 000 §1: 4 mA cm⁻² at a 1 C rate.',
	},
	{
		group: 'Charge',
		label: '4 C (15 min): 16 mA cm⁻², 4 mAh cm⁻²',
		values: { J: '16', Q: '4' },
		source:
			'Seed 004 §1: 4 C or faster is a nominal charge time of 15 min or less; 4 mAh cm⁻² from seed 000 §1.',
	},
	{
		group: 'Charge',
		label: 'Symmetric-cell test at 10 mA cm⁻²',
		values: { J: '10' },
		source: 'Seed 000 §2 and seed 001 §4.2.1: the 4 M LiFSI/DME cell cycled at 10 mA cm⁻².',
	},
	{
		group: 'Electrode gap',
		label: 'Separator-thin gap, L = 25 µm',
		values: { L: '25' },
		source:
			'Thickness of a common single-layer polyolefin separator: a widely used reference value, not from the papers.',
	},
];

/** Labels of the result lines, by output name. */
export const SAND_LABELS: Record<string, string> = {
	tau: 'Sand’s time τ',
	Qsand: 'Sand capacity Q_s = J·τ',
	Jmax: 'Fastest charge of Q that beats depletion, J_max',
	Jstar: 'Chazalviel limiting current J*',
};

/**
 * Every sentence the island writes, as templates with {placeholders} (filled with formatted numbers).
 * Passed to the island as a prop.
 */
export const SAND_TEXT: Record<string, string> = {
	unbounded: 'unbounded (single-ion conductor, t₊ = 1)',
	invalid: 'No result: correct the highlighted input.',
	error: 'No result: {msg}.',
	needQ: 'Enter an areal capacity Q to get the fastest charge that finishes before Sand’s time.',
	needL: 'Enter the inter-electrode distance L to get Chazalviel’s limiting current.',
	none: 'No result yet: correct the highlighted inputs.',
	stale:
		'Stale: these results are from the last valid inputs; correct the highlighted input to update them.',
	single:
		'Sand’s time is unbounded: in a single-ion conductor (t₊ = 1) the anions carry no current, so no concentration gradient builds up and Li⁺ never runs out at the electrode surface, at any current density. Dendrites in such electrolytes have other causes, such as voids, poor contact and grain boundaries: check the critical current density instead.',
	local: ' (a 3D host with {A}× the area carries {Jl} locally)',
	late: 'Dendrites are expected before this charge completes: at {J}{local} the surface runs out of Li⁺ after {tau}, but charging {Q} needs {tc}. The charge would finish first only below {Jmax}.',
	early:
		'The charge completes before the surface is depleted: {Q} at {J}{local} takes {tc}, while Li⁺ at the surface lasts {tau}. Up to {Jmax} the charge still finishes first.',
	plain:
		'At {J}{local} the Li⁺ concentration at the electrode surface falls to zero after {tau} (Sand’s time); after that, growth tends to switch to tips and dendrites.',
	askQ: 'Enter an areal capacity Q to compare the charge time with Sand’s time.',
	below:
		'J is below Chazalviel’s limiting current J* = {Jstar} for a {L} gap: the concentration profile can settle above zero, so in this model depletion-driven growth is not expected (Sand’s time assumes an unbounded electrolyte, and porous separators lower the effective D).',
	above:
		'J is above Chazalviel’s limiting current J* = {Jstar} for a {L} gap: no steady state exists, and the surface depletes at Sand’s time.',
	si: 'Numbers in SI units: D in m² s⁻¹, c₀ in mol m⁻³, J in A m⁻² (local, J/A), Q in C m⁻², L in m, F = 96 485.33 C mol⁻¹.',
	staleEq: ' Stale: shown for the last valid inputs.',
	eqTau: 'Sand’s time',
	mTau: equation(
		[
			mi('τ'),
			mo('='),
			frac(
				prod(mi('π'), v('D'), sup(paren(prod(v('z'), v('F'), v('c0'))), mn(2))),
				prod(mn(4), sup(paren(v('J')), mn(2)), sup(paren(mn(1), mo('−'), v('t')), mn(2))),
			),
		],
		v('tau'),
	),
	infinity: row(mi('∞')),
	noEq: 'No valid inputs yet.',
	tauX: 'Applied current density J (mA cm⁻²)',
	tauY: 'Time (s)',
	point: 'The filled dot is your point: J = {J}, τ = {tau}.',
	cross:
		' The open circle marks where the two lines cross, at J_max = {Jmax}; at higher current densities the charge outlasts Sand’s time.',
	tauCaption:
		'Sand’s time τ (solid line) against the applied current density on log–log axes: slope −2, so doubling J quarters τ{charge}. {point}{cross}',
	chargePart: '. The dashed line is the time needed to charge Q, Q/J (slope −1)',
	noPlot: 'No plot: correct the highlighted inputs.',
	noPlotSingle:
		'No plot of τ against J: Sand’s time is unbounded for a single-ion conductor (t₊ = 1).',
	csX: 'Time since the current was switched on ({unit})',
	csY: 'c_s (mol L⁻¹)',
	csCaption:
		'Li⁺ concentration at the electrode surface, c_s(t) = c₀(1 − √(t/τ)), falling from c₀ = {c0} to zero at Sand’s time τ = {tau}. The filled dot is the slider position: t = {t}, c_s = {cs}.',
	slider: 'Scrub through time (0 to τ)',
	sliderValue: 't = {t}, c_s = {cs}',
	csSingle:
		'With t₊ = 1 the surface concentration stays at c₀ at any current density: nothing depletes.',
	csNone: 'No concentration profile: correct the highlighted inputs.',
};
