/**
 * Areal-capacity calculator: the inputs (public URL parameters, with where each default comes from),
 * the presets with their sources, the result labels and every sentence the island writes. Static
 * data: the page passes it to the island as props, so none of this text ships as JavaScript.
 */
import type { FieldSpec } from './fields';
import { equation, frac, mi, mo, mtext, paren, prod, sub, v } from './mathml';
import type { Preset } from './presets';

export const AREAL_FIELDS: readonly FieldSpec[] = [
	{
		key: 'loading',
		label: 'Mass loading of the cathode',
		symbol: 'm',
		quantity: 'loading',
		unit: 'mg cm⁻²',
		units: ['mg cm⁻²', 'kg m⁻²'],
		default: '34.81',
		note: 'Default 34.81 mg cm⁻²: the LZO@LCO loading of the 4.7 mAh cm⁻² cells in seed 003 §2.3.',
	},
	{
		key: 'capacity',
		label: 'Specific capacity of the active material',
		symbol: 'q',
		quantity: 'specificCapacity',
		unit: 'mAh g⁻¹',
		units: ['mAh g⁻¹', 'C kg⁻¹'],
		default: '135',
		physics: ['specificCapacity'],
		note: 'Default 135 mAh g⁻¹: seed 003 does not print it, but each of its seven loading ↔ areal-capacity pairs divides out to 135 mAh g⁻¹ within rounding.',
	},
	{
		key: 'active',
		label: 'Active-material share of the loading',
		symbol: 'x',
		unit: '%',
		scale: 0.01,
		default: '100',
		physics: ['activeFraction'],
		allowed: 'above 0 % and at most 100 %',
		rangeMessage: 'The active-material share must be above 0 % and at most 100 %',
		note: '100 % when the loading counts the active material only, as seed 003 quotes it; its composite cathode is 60 % LZO@LCO by mass (seed 003 §4).',
	},
	{
		key: 'crate',
		label: 'Charging rate',
		symbol: 'C-rate',
		quantity: 'cRate',
		unit: 'C',
		default: '1',
		physics: ['cRate'],
		note: 'In C (per hour). Default 1 C, the rate of the 4 mA cm⁻² fast-charging standard (seed 000 §1); 4 C is a 15-minute charge (seed 004 §1).',
	},
	{
		key: 'foil',
		label: 'Thickness of the Li foil anode',
		symbol: 'd_Li',
		quantity: 'length',
		unit: 'µm',
		units: ['µm', 'mm'],
		default: '20',
		optional: true,
		physics: ['foilThickness'],
		note: 'Optional, for the N/P ratio. Default 20 µm: the lithium flakes of the seed 003 cells (§4). Leave it empty for an anode-free cell.',
	},
];

const Q135 =
	'135 mAh g⁻¹ is the ratio of the printed areal capacity to the printed loading, not a number the paper states';

export const AREAL_PRESETS: readonly Preset[] = [
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: '1.48 mg cm⁻² ↔ 0.2 mAh cm⁻² at 50 C',
		values: { loading: '1.48', capacity: '135', active: '100', crate: '50' },
		source: `Seed 003 §2.3: 50 C is 10 mA cm⁻² at this loading; ${Q135}.`,
	},
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: '3.7 mg cm⁻² ↔ 0.5 mAh cm⁻² at 25 C',
		values: { loading: '3.7', capacity: '135', active: '100', crate: '25' },
		source: `Seed 003 §2.3: 25 C is 12.5 mA cm⁻², the highest current density of the paper; ${Q135}.`,
	},
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: '34.81 mg cm⁻² ↔ 4.7 mAh cm⁻² at 1 C',
		values: { loading: '34.81', capacity: '135', active: '100', crate: '1' },
		source: `Seed 003 §2.3: 350 cycles at 1 C, which is 4.7 mA cm⁻²; ${Q135}.`,
	},
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: '51.85 mg cm⁻² ↔ 7 mAh cm⁻² at 0.1 C',
		values: { loading: '51.85', capacity: '135', active: '100', crate: '0.1' },
		source: `Seed 003 §2.3: 150 cycles at 0.1 C, which is 0.7 mA cm⁻²; ${Q135}.`,
	},
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: '111.11 mg cm⁻² ↔ 15 mAh cm⁻²',
		values: { loading: '111.11', capacity: '135', active: '100', crate: '0.1' },
		source: `Seed 003 abstract and §2.3, the paper's highest areal capacity (120.7 mAh g⁻¹ delivered); the 0.1 C rate is that of its 5 and 10 mAh cm⁻² tests; ${Q135}.`,
	},
	{
		group: 'Seed 003 cells (LZO@LCO, active mass)',
		label: 'Weighed as composite: 60 % LZO@LCO',
		values: { active: '60' },
		source:
			'Seed 003 §4: the cathode composite is LZO@LCO : Li₆PS₅Cl : carbon fibre = 60 : 35 : 5 by mass. Use it when the loading you enter is the composite mass.',
	},
	{
		group: 'Other electrodes in the papers',
		label: 'Vertically aligned LiFePO₄: 10.5 mg cm⁻² ↔ 1.52 mAh cm⁻²',
		values: { loading: '10.5', capacity: '144.8', active: '100' },
		source:
			'Seed 004 §4.3. The specific capacity 144.8 mAh g⁻¹ is derived here (1.52 ÷ 10.5 × 1000), not printed.',
	},
	{
		group: 'Other electrodes in the papers',
		label: 'NMC811 pouch cell: 15 mg cm⁻² at 5 C',
		values: { loading: '15', crate: '5' },
		source:
			'Seed 004 Figure 8g (55 °C, 25 MPa). Its specific capacity is not printed, so the capacity input keeps its value.',
	},
	{
		group: 'Charging rate',
		label: '1 C: the 4 mA cm⁻² standard (4 mAh cm⁻²)',
		values: { loading: '29.63', capacity: '135', active: '100', crate: '1' },
		source:
			'Seed 000 §1: the industry fast-charging standard of 4 mA cm⁻² at a 1 C rate, i.e. a 4 mAh cm⁻² electrode. The loading 29.63 mg cm⁻² is derived here: 4 mAh cm⁻² ÷ 135 mAh g⁻¹.',
	},
	{
		group: 'Charging rate',
		label: '4 C: a 15-minute charge',
		values: { crate: '4' },
		source:
			'Seed 004 §1 sets the fast-charging target at 15 min, and its Table 2 collects cells at 4 C or faster; 1/4 h = 15 min.',
	},
	{
		group: 'Li foil',
		label: '20 µm Li flakes',
		values: { foil: '20' },
		source: 'Seed 003 §4: the lithium anode of its cells.',
	},
	{
		group: 'Li foil',
		label: 'Anode-free (no foil)',
		values: { foil: '' },
		source:
			'Seed 004 §9: “anode-free”, better called zero-excess Li metal, cells. All the Li comes from the cathode, so there is no N/P ratio.',
	},
];

/** Labels of the result lines, by output name. */
export const AREAL_LABELS: Record<string, string> = {
	areal: 'Areal capacity Q',
	J: 'Current density J = Q × C-rate',
	time: 'Nominal charge time 1/C-rate',
	li: 'Li plated per charge (dense)',
	np: 'N/P ratio of the foil',
};

/** Every sentence the island writes, as templates with {placeholders}. */
export const AREAL_TEXT: Record<string, string> = {
	unbounded: '—',
	invalid: 'No result: correct the highlighted input.',
	error: 'No result: {msg}.',
	none: 'No result yet: correct the highlighted inputs.',
	needFoil: 'Enter a foil thickness to get the N/P ratio (an anode-free cell has none).',
	stale:
		'Stale: these results are from the last valid inputs; correct the highlighted input to update them.',
	main: 'A cathode of {m} with {x} % active material at {q} stores {Q}. Charging it at {C} takes {t} nominally and needs {J} on every square centimetre.',
	above:
		'That is {k} times the 4 mA cm⁻² fast-charging standard (seed 000 §1): expect a liquid electrolyte to deplete sooner and a solid interface to need a higher critical current density than at the standard.',
	equal: 'That is the 4 mA cm⁻² fast-charging standard of seed 000 §1.',
	below: 'That is below the 4 mA cm⁻² fast-charging standard of seed 000 §1 ({k} of it).',
	fast: 'At {t} the charge meets the 15-minute target of seed 004 §1.',
	slow: 'The 15-minute target of seed 004 §1 would need 4 C, i.e. {J4} at this loading.',
	plated:
		'Each full charge moves {li} of dense lithium onto the anode and back; real deposits are porous and thicker.',
	np: 'The {d} foil holds {Qf}, {np} times the cathode capacity.',
	npLow:
		'The foil holds less lithium than one charge moves: the anode relies on the lithium coming from the cathode, and every bit lost to side reactions is lost capacity.',
	npNone:
		'No foil: an anode-free cell plates all of its lithium from the cathode on the first charge.',
	si: 'Numbers in SI units: m in kg m⁻², q in C kg⁻¹, Q in C m⁻², C-rate in s⁻¹, J in A m⁻², thicknesses in m, V_m = 1.2996 × 10⁻⁵ m³ mol⁻¹, F = 96 485.33 C mol⁻¹.',
	staleEq: ' Stale: shown for the last valid inputs.',
	eqQ: 'Areal capacity',
	mQ: equation([mi('Q'), mo('='), prod(v('m'), v('x'), v('q'))], v('Q')),
	eqJ: 'Current density at the C-rate',
	mJ: equation([mi('J'), mo('='), prod(v('Q'), v('C'))], v('J')),
	eqH: 'Thickness of the lithium plated per charge',
	mH: equation([sub(mi('h'), mtext('Li')), mo('='), frac(prod(v('Q'), v('Vm')), v('F'))], v('h')),
	eqNp: 'N/P ratio',
	mNp: equation(
		[mtext('N/P'), mo('='), frac(prod(v('d'), v('F')), paren(prod(v('Vm'), v('Q'))))],
		v('np'),
	),
	noEq: 'No valid inputs yet.',
	px: 'Mass loading (mg cm⁻²)',
	py: 'Q (mAh cm⁻²), J (mA cm⁻²)',
	pCaption:
		'Areal capacity (solid line, mAh cm⁻²) and current density at {C} (dashed line, mA cm⁻²) against the mass loading; both grow in proportion to it{same}. The thin grey line is the 4 mA cm⁻² standard of seed 000 §1{cross}. The filled dots are your electrode: {m}, {Q}, {J}.',
	same: ', and at 1 C the two lines coincide',
	pCross: ', which the current-density line crosses at {m4}',
	pNoCross: ', which the current-density line does not reach in this range',
	noPlot: 'No plot: correct the highlighted inputs.',
	liveTitle: 'Equations with your numbers',
	plots: 'Plot',
};
