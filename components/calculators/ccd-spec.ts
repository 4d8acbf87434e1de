/**
 * Critical-current-density calculator: the inputs (public URL parameters, with where each default
 * comes from), the presets with their sources, the result labels and every sentence of the island.
 * Static data: the page passes it to the island as props, so none of this text ships as JavaScript.
 */
import type { FieldSpec } from './fields';
import { equation, frac, mi, mn, mo, mtext, prod, row, sub, v } from './mathml';
import type { Preset } from './presets';

const J_UNITS = ['mA cm⁻²', 'A m⁻²', 'µA cm⁻²'];

export const CCD_FIELDS: readonly FieldSpec[] = [
	{
		key: 'Q',
		label: 'Areal capacity charged',
		symbol: 'Q',
		quantity: 'arealCapacity',
		unit: 'mAh cm⁻²',
		units: ['mAh cm⁻²', 'C m⁻²', 'Ah m⁻²'],
		default: '4',
		note: 'Default 4 mAh cm⁻²: the capacity behind the 4 mA cm⁻² at 1 C standard of seed 000 §1.',
	},
	{
		key: 'crate',
		label: 'Charging rate',
		symbol: 'C-rate',
		quantity: 'cRate',
		unit: 'C',
		default: '1',
		physics: ['cRate'],
		note: 'In C (per hour). Default 1 C, the seed 000 §1 standard; 4 C is a 15-minute charge (seed 004 §1).',
	},
	{
		key: 'contact',
		label: 'Contact fraction',
		symbol: 'f',
		unit: '',
		default: '1',
		physics: ['contactFraction'],
		note: 'Share of the Li/electrolyte interface in contact; 1 = full contact. No paper gives a number: seed 004 §2.2 describes voids that leave point contacts.',
	},
	{
		key: 'ccd',
		label: 'Critical current density',
		symbol: 'CCD',
		quantity: 'currentDensity',
		unit: 'mA cm⁻²',
		units: J_UNITS,
		default: '4.1',
		note: 'Default 4.1 mA cm⁻²: Li | LiPON/Li₆PS₅Cl | Li at 30 °C (seed 000 §3).',
	},
	{
		key: 'Rs',
		label: 'Interface resistance (area-specific)',
		symbol: 'R_s',
		quantity: 'areaSpecificResistance',
		unit: 'Ω cm²',
		units: ['Ω cm²', 'Ω m²'],
		default: '1.3',
		optional: true,
		note: 'Optional, for void nucleation. Default 1.3 Ω cm²: the LiPON interlayer of the CCD default (seed 000 §3).',
	},
	{
		key: 'gamma',
		label: 'Surface energy of Li',
		symbol: 'γ_Li',
		quantity: 'surfaceEnergy',
		unit: 'J m⁻²',
		units: ['J m⁻²', 'mJ m⁻²', 'eV Å⁻²'],
		default: '0.5',
		optional: true,
		note: 'Default 0.5 J m⁻²: widely used literature value (DFT ≈ 0.45–0.5 J m⁻²), not given in the source papers.',
	},
	{
		key: 'j0',
		label: 'Step test: first current density',
		symbol: 'J₀',
		quantity: 'currentDensity',
		unit: 'mA cm⁻²',
		units: J_UNITS,
		default: '',
		optional: true,
		physics: ['J0'],
		note: 'Optional. The step-increase test starts at J₀ …',
	},
	{
		key: 'dj',
		label: 'Step test: increment per step',
		symbol: 'ΔJ',
		quantity: 'currentDensity',
		unit: 'mA cm⁻²',
		units: J_UNITS,
		default: '',
		optional: true,
		physics: ['dJ'],
		note: '… raises the current by ΔJ each step …',
	},
	{
		key: 'fail',
		label: 'Step test: step during which it shorted',
		symbol: 'n',
		unit: '',
		default: '',
		optional: true,
		physics: ['shortStep'],
		note: '… and the cell short-circuits during step n (1 = the first step).',
	},
	{
		key: 'half',
		label: 'Half-cycle duration',
		symbol: 't_h',
		quantity: 'time',
		unit: 'h',
		units: ['h', 'min', 's'],
		default: '',
		optional: true,
		physics: ['halfCycleTime'],
		note: 'Optional: duration of one plating (or stripping) half cycle, for the critical areal capacity CCD × t_h (seed 004 §2.2).',
	},
];

export const CCD_PRESETS: readonly Preset[] = [
	{
		group: 'Interface (CCD)',
		label: 'LiPON interlayer on Li₆PS₅Cl: 4.1 mA cm⁻², 1.3 Ω cm²',
		values: { ccd: '4.1', Rs: '1.3' },
		source: 'Seed 000 §3, at 30 °C (ref. 110).',
	},
	{
		group: 'Interface (CCD)',
		label: 'Ag/LiF-coated LLZTO: 3.1 mA cm⁻²',
		values: { ccd: '3.1' },
		source: 'Seed 000 §3 (ref. 109); the Ag coating alone reached 1.5 mA cm⁻².',
	},
	{
		group: 'Interface (CCD)',
		label: 'Ag-coated LLZTO: 1.5 mA cm⁻²',
		values: { ccd: '1.5' },
		source: 'Seed 000 §3 (ref. 109).',
	},
	{
		group: 'Interface (CCD)',
		label: 'SnF₂-treated LLZTO (Li–Sn + LiF): 2.4 mA cm⁻²',
		values: { ccd: '2.4' },
		source: 'Seed 000 §3, room temperature.',
	},
	{
		group: 'Interface (CCD)',
		label: 'Li–C₃N₄ composite anode: 1.5 mA cm⁻², 11 Ω cm²',
		values: { ccd: '1.5', Rs: '11' },
		source: 'Seed 004 §5.1 (ref. 139).',
	},
	{
		group: 'Interface (CCD)',
		label: 'SC–nano LLZTO interlayer: 20 mA cm⁻² at 0.25 mAh cm⁻²',
		values: { ccd: '20', Q: '0.25', half: '0.0125' },
		source:
			'Seed 003 §2.2 and seed 004 §5.1 (ref. 136). t_h = 0.0125 h is derived: 0.25 mAh cm⁻² ÷ 20 mA cm⁻².',
	},
	{
		group: 'Interface (CCD)',
		label: 'MIEC garnet trilayer: 100 mA cm⁻²',
		values: { ccd: '100' },
		source: 'Seed 004 §3.1 (ref. 34); seed 000 §3 reports it as exceeding 100 mA cm⁻².',
	},
	{
		group: 'Interface (CCD)',
		label: 'Pristine LLZO at 60 °C: 0.6 mA cm⁻²',
		values: { ccd: '0.6' },
		source: 'Seed 004 §3.1 (ref. 45); Ta doping raised it to 2.6 mA cm⁻².',
	},
	{
		group: 'Interface resistance',
		label: 'Uncoated garnet: 1710 Ω cm²',
		values: { Rs: '1710' },
		source: 'Seed 004 §5.1 (ref. 137b), before a 5 nm ALD Al₂O₃ layer.',
	},
	{
		group: 'Interface resistance',
		label: 'After 5 nm ALD Al₂O₃: 1 Ω cm²',
		values: { Rs: '1' },
		source: 'Seed 004 §5.1 (ref. 137b).',
	},
	{
		group: 'Charging protocol',
		label: '4 mAh cm⁻² at 1 C',
		values: { Q: '4', crate: '1' },
		source: 'Seed 000 §1: the fast-charging standard of 4 mA cm⁻² at 1 C.',
	},
	{
		group: 'Charging protocol',
		label: '4 mAh cm⁻² at 4 C (15 min)',
		values: { Q: '4', crate: '4' },
		source: 'Seed 004 §1: 4 C or faster is a nominal charge of 15 min or less.',
	},
	{
		group: 'Charging protocol',
		label: '4.7 mAh cm⁻² at 1 C',
		values: { Q: '4.7', crate: '1' },
		source: 'Seed 003 §2.3: 350 cycles at 4.7 mA cm⁻².',
	},
];

export const CCD_LABELS: Record<string, string> = {
	J: 'Applied current density J = Q × C-rate',
	Jlocal: 'Local current density J/f',
	headroom: 'Headroom CCD/(J/f)',
	maxCrate: 'Fastest tolerated C-rate',
	rcrit: 'Critical void radius r_crit',
	ccdStep: 'CCD from the step test',
	cac: 'Critical areal capacity CCD × t_h',
};

export const CCD_TEXT: Record<string, string> = {
	unbounded: '—',
	invalid: 'No result: correct the highlighted input.',
	error: 'No result: {msg}.',
	none: 'No result yet: correct the highlighted inputs.',
	stale:
		'Stale: these results are from the last valid inputs; correct the highlighted input to update them.',
	needRs: 'Enter R_s and γ_Li to get the critical void radius.',
	needStep: 'Enter J₀, ΔJ, n and t_h of a step-increase test to get its CCD.',
	needHalf: 'Enter the half-cycle duration t_h to get the critical areal capacity.',
	nonePassed: 'none passed (shorted in the first step)',
	minTime: '{C} (shortest charge {t})',
	safe: 'Headroom {h}: the interface carries {Jl} locally, within its CCD of {ccd}, so this charge should not short the cell. The fastest tolerated charge is {C}, i.e. {t}.',
	unsafe:
		'Headroom {h}: the interface is driven above its CCD — it carries {Jl} locally against a CCD of {ccd}, so a short circuit is expected. Charge at {C} or slower ({t} or longer), or improve the contact.',
	contact: ' With {f} % of the interface in contact, the applied {J} is concentrated to {Jl}.',
	void: 'Voids larger than r_crit = {r} keep growing at the stripping side (i = {Jl}, R_s = {Rs}, ΔG_V = {dg}); r_crit falls as 1/i, so faster cycling stabilises more, smaller voids.',
	passed:
		'Step test: the cell completed {k} steps and shorted at {Js}, so its CCD is {ccd} (the last completed step); the critical areal capacity is {cac}.',
	failed:
		'Step test: no step passed — the cell shorted during the first step at J₀ = {J0}, so the CCD is below J₀ and no value can be given.',
	direct: 'At the CCD of {ccd}, a half cycle of {th} plates {cac}: the critical areal capacity.',
	si: 'Headroom in mA cm⁻², mAh cm⁻² and h⁻¹; the void radius in SI units: γ in J m⁻², V_m = 1.2996 × 10⁻⁵ m³ mol⁻¹, F = 96 485.33 C mol⁻¹, i in A m⁻², R_s in Ω m².',
	staleEq: ' Stale: shown for the last valid inputs.',
	eqHead: 'Headroom',
	mHead: equation(
		[mtext('headroom'), mo('='), frac(v('ccd'), row(v('Q'), mo('×'), v('C'), mo('/'), v('f')))],
		v('h'),
	),
	eqVoid: 'Critical radius of a void nucleus (seed 004 Eqs. 1–2)',
	mVoid: equation(
		[
			sub(mi('r'), mi('crit')),
			mo('='),
			frac(prod(mn(2), v('gamma'), v('Vm')), prod(v('F'), v('i'), v('Rs'))),
		],
		v('r'),
	),
	noEq: 'No valid inputs yet.',
	hx: 'C-rate (h⁻¹)',
	hy: 'Headroom CCD/(J/f)',
	h1: 'headroom 1',
	hCaption:
		'Headroom (solid line) against C-rate on log–log axes; it falls as 1/C-rate and crosses the dashed line, headroom 1, at the fastest tolerated C-rate {C} (open circle). The filled dot is your charge: {you}, headroom {h}.',
	noPlot: 'No plot: correct the highlighted inputs.',
	liveTitle: 'Equations with your numbers',
	plots: 'Plot',
};
