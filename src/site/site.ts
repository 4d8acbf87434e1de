/** Site-wide names and the kinds of page, which are also Pagefind's `kind` filter values. */
export const SITE_NAME = 'Lithium-Metal Battery Atlas';
export const SITE_TAGLINE =
	'What works against dendrites in fast-charging lithium-metal and solid-state batteries — summarized, computed and tabulated from five source papers.';

export const PAGE_KINDS = [
	'review',
	'strategy',
	'equation',
	'calculator',
	'literature',
	'reference',
	'guide',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PAGE_KIND_LABELS: Record<PageKind, string> = {
	review: 'Paper summary',
	strategy: 'Strategy',
	equation: 'Equation',
	calculator: 'Calculator',
	literature: 'Literature data',
	reference: 'References',
	guide: 'Guide',
};

/** Short names of the five papers, used in filters and navigation. */
export const SEED_SHORT: Record<string, string> = {
	'000': 'Park et al. — liquid vs solid fast charging',
	'001': 'Hou et al. — stable Li-metal anodes',
	'002': 'Naren et al. — polymer artificial SEIs',
	'003': 'Yang et al. — mixed-conduction interlayer',
	'004': 'Yu et al. — fast-charging solid-state',
};
