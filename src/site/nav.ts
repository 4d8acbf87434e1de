/**
 * The navigation tree and the reading order behind previous/next links. Built from the content
 * collections, so a new review, strategy, table or calculator appears in the nav by existing.
 */
import { getCollection } from 'astro:content';

export interface NavLink {
	label: string;
	path: string;
}
export interface NavGroup {
	label: string;
	path: string;
	children: NavLink[];
}

/** The calculators, in the order the calculators index presents them. */
export const CALCULATORS: NavLink[] = [
	{ label: "Sand's time", path: '/calculators/sands-time/' },
	{ label: 'Critical current density', path: '/calculators/ccd/' },
	{ label: 'Areal capacity', path: '/calculators/areal-capacity/' },
];

export async function getNav(): Promise<NavGroup[]> {
	const reviews = (await getCollection('reviews')).sort((a, b) => a.data.order - b.data.order);
	const strategies = (await getCollection('strategies')).sort(
		(a, b) => a.data.order - b.data.order,
	);
	const tables = (await getCollection('literature')).sort((a, b) => a.id.localeCompare(b.id));
	return [
		{
			label: 'Reviews',
			path: '/reviews/',
			children: reviews.map((r) => ({ label: r.data.title, path: `/reviews/${r.id}/` })),
		},
		{
			label: 'Strategies',
			path: '/strategies/',
			children: strategies.map((s) => ({ label: s.data.title, path: `/strategies/${s.id}/` })),
		},
		{
			label: 'Equations',
			path: '/equations/',
			children: [{ label: 'Glossary', path: '/glossary/' }],
		},
		{ label: 'Calculators', path: '/calculators/', children: CALCULATORS },
		{
			label: 'Literature',
			path: '/literature/',
			children: [
				{ label: 'Explorer: all cycling data', path: '/literature/explorer/' },
				...tables.map((t) => ({
					label: `${t.data.table} (seed ${t.data.seed}): ${t.data.title}`,
					path: `/literature/${t.id}/`,
				})),
			],
		},
		{
			label: 'About',
			path: '/about/',
			children: [
				{ label: 'About the sources', path: '/about/' },
				{ label: 'References', path: '/references/' },
				{ label: 'Search', path: '/search/' },
			],
		},
	];
}

/** Every page in reading order: each group's index, then its children. */
export function readingOrder(nav: NavGroup[]): NavLink[] {
	const out: NavLink[] = [{ label: 'Home', path: '/' }];
	const seen = new Set(out.map((l) => l.path));
	for (const g of nav) {
		for (const link of [{ label: g.label, path: g.path }, ...g.children]) {
			if (seen.has(link.path)) continue;
			seen.add(link.path);
			out.push(link);
		}
	}
	return out;
}
