/**
 * The one controlled vocabulary of strategies. Strategy pages (content/strategies/<id>.mdx) and every
 * literature row's `category` use these ids, so a page can list the data rows of its own strategy and
 * the explorer can colour or filter by the same words the prose uses.
 */
export const STRATEGY_IDS = [
	'electrolyte-design',
	'ion-flux-regulation',
	'3d-hosts',
	'artificial-sei-inorganic',
	'artificial-sei-polymer',
	'artificial-sei-hybrid',
	'solid-interlayers',
	'solid-electrolyte-chemistry',
	'solid-electrolyte-architecture',
	'polymer-composite-electrolytes',
	'fast-charging-electrodes',
	'operating-conditions',
	'dendrite-growth-models',
	'computation-characterization',
	'industry-prototypes',
] as const;

export type StrategyId = (typeof STRATEGY_IDS)[number];

/** Short labels for tables, legends and filters (the strategy page titles are longer). */
export const STRATEGY_LABELS: Record<StrategyId, string> = {
	'electrolyte-design': 'Electrolyte design',
	'ion-flux-regulation': 'Ion-flux regulation',
	'3d-hosts': '3D hosts',
	'artificial-sei-inorganic': 'Artificial SEI: inorganic',
	'artificial-sei-polymer': 'Artificial SEI: polymer',
	'artificial-sei-hybrid': 'Artificial SEI: hybrid',
	'solid-interlayers': 'Solid-electrolyte interlayers',
	'solid-electrolyte-chemistry': 'Solid-electrolyte chemistry',
	'solid-electrolyte-architecture': 'Solid-electrolyte architecture',
	'polymer-composite-electrolytes': 'Polymer & composite electrolytes',
	'fast-charging-electrodes': 'Fast-charging electrodes',
	'operating-conditions': 'Operating conditions',
	'dendrite-growth-models': 'Dendrite-growth models',
	'computation-characterization': 'Computation & characterization',
	'industry-prototypes': 'Industry prototypes',
};

export const ELECTROLYTE_CLASSES = [
	'liquid',
	'oxide',
	'sulfide',
	'halide',
	'polymer',
	'composite',
] as const;
export type ElectrolyteClass = (typeof ELECTROLYTE_CLASSES)[number];

/** The five source papers, by the prefix of their file in shared/seeds. */
export const SEEDS = ['000', '001', '002', '003', '004'] as const;
export type Seed = (typeof SEEDS)[number];

export const EQUATION_TOPICS = [
	'sand-and-transport',
	'nucleation-and-growth',
	'interface-electrostatics',
	'interface-kinetics',
	'mechanics-and-voids',
] as const;
export type EquationTopic = (typeof EQUATION_TOPICS)[number];

export const EQUATION_TOPIC_LABELS: Record<EquationTopic, string> = {
	'sand-and-transport': "Transport and Sand's time",
	'nucleation-and-growth': 'Nucleation and growth',
	'interface-electrostatics': 'Interface electrostatics',
	'interface-kinetics': 'Interface kinetics',
	'mechanics-and-voids': 'Mechanics and voids',
};

export const CALCULATOR_IDS = ['sands-time', 'ccd', 'areal-capacity'] as const;
export type CalculatorId = (typeof CALCULATOR_IDS)[number];
