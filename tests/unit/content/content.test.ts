/**
 * Checks over content/: every paper section listed for the reviews has its summary, and every
 * equation, citation, table and internal link an MDX page uses resolves to something that exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseCiteKeys } from '../../../src/data/citations';
import { CALCULATOR_IDS, STRATEGY_IDS } from '../../../src/data/vocabulary';

const mdxFiles = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.mdx'))
				.map((f) => join(dir, f))
		: [];
const frontmatter = (text: string) =>
	parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

const reviews = mdxFiles('content/reviews');
const strategies = mdxFiles('content/strategies');
const pages = [...reviews, ...strategies];

/** The numbered sections each paper summary must cover (issue: content pages). */
const REQUIRED_SECTIONS: Record<string, string[]> = {
	'000': ['1', '2', '2.1', '2.2', '2.3', '2.4', '3', '3.1', '3.2', '3.3', '4'],
	'001': [
		'1',
		'2',
		'2.1',
		'2.2',
		'2.3',
		'2.4',
		'3',
		'4',
		'4.1',
		'4.1.1',
		'4.1.2',
		'4.1.3',
		'4.1.4',
		'4.2',
		'4.2.1',
		'4.2.2',
		'4.3',
		'4.4',
		'4.5',
		'4.5.1',
		'4.5.2',
		'5',
		'5.1',
		'5.2',
		'6',
	],
	'002': ['1', '2', '3', '4', '5', '6'],
	'003': ['1', '2', '2.1', '2.2', '2.3', '2.4', '3', '4'],
	'004': [
		'1',
		'2',
		'2.1',
		'2.2',
		'2.3',
		'3',
		'3.1',
		'3.2',
		'3.3',
		'4',
		'4.1',
		'4.2',
		'4.3',
		'5',
		'5.1',
		'5.2',
		'6',
		'6.1',
		'6.2',
		'6.3',
		'6.4',
		'7',
		'7.1',
		'7.2',
		'7.3',
		'8',
		'8.1',
		'8.2',
		'9',
	],
};

/**
 * Sections of an MDX body: heading number → the prose under it, up to the next heading of the same
 * or a higher level (so a section's text includes its unnumbered and numbered subsections).
 */
function sections(text: string): Map<string, string> {
	const out = new Map<string, string>();
	const lines = body(text).split('\n');
	const heads = lines
		.map((l, i) => ({ i, m: /^(#{2,4}) (.*)$/.exec(l) }))
		.filter((h): h is { i: number; m: RegExpExecArray } => h.m !== null);
	heads.forEach((h, k) => {
		const num = /^(\d+(?:\.\d+)*)\s/.exec(h.m[2]!);
		if (!num) return;
		const depth = h.m[1]!.length;
		const end = heads.slice(k + 1).find((o) => o.m[1]!.length <= depth)?.i ?? lines.length;
		out.set(num[1]!, lines.slice(h.i + 1, end).join('\n'));
	});
	return out;
}
const words = (s: string) =>
	s
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter((w) => /[a-z]/i.test(w)).length;

describe('review pages', () => {
	it('there is one review per source paper', () => {
		const seeds = reviews.map((f) => String(frontmatter(readFileSync(f, 'utf8')).seed)).sort();
		expect(seeds).toEqual(['000', '001', '002', '003', '004']);
	});

	for (const file of reviews) {
		const text = readFileSync(file, 'utf8');
		const seed = String(frontmatter(text).seed);
		it(`${file} summarizes every numbered section of seed ${seed}`, () => {
			const found = sections(text);
			const missing = (REQUIRED_SECTIONS[seed] ?? []).filter((s) => !found.has(s));
			expect(missing, 'sections without a heading').toEqual([]);
			// Every section (with its subsections) needs a real summary, not a heading alone.
			const required = REQUIRED_SECTIONS[seed] ?? [];
			const thin = required.filter((s) => words(found.get(s) ?? '') < 60);
			expect(thin, 'sections with too little summary').toEqual([]);
		});
		it(`${file} opens with what the paper argues and its key numbers`, () => {
			expect(body(text)).toMatch(/^## What this paper argues/m);
			expect(body(text)).toMatch(/Key numbers/);
		});
	}
});

describe('strategy pages', () => {
	it('each file is named by a vocabulary id', () => {
		for (const f of strategies) {
			const id = f.replace(/^.*\/|\.mdx$/g, '');
			expect(STRATEGY_IDS as readonly string[]).toContain(id);
		}
	});
});

describe('references from MDX pages resolve', () => {
	const equationIds = new Set(
		readdirSync('content/equations').map((f) => f.replace(/\.yaml$/, '')),
	);
	const refKeys = new Map<string, Set<string>>();
	for (const f of readdirSync('content/references').filter((x) => /^seed\d+\.yaml$/.test(x))) {
		const d = parseYaml(readFileSync(join('content/references', f), 'utf8')) as {
			seed: string;
			entries: Array<{ key: string }>;
		};
		refKeys.set(d.seed, new Set(d.entries.map((e) => String(e.key))));
	}
	const tables = new Map(
		readdirSync('content/literature')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => [
				f.replace(/\.yaml$/, ''),
				parseYaml(readFileSync(join('content/literature', f), 'utf8')) as {
					rows: Array<{ category: string }>;
				},
			]),
	);
	const reviewSlugs = new Set(reviews.map((f) => f.replace(/^.*\/|\.mdx$/g, '')));
	const strategySlugs = new Set(strategies.map((f) => f.replace(/^.*\/|\.mdx$/g, '')));

	for (const file of pages) {
		const text = body(readFileSync(file, 'utf8'));
		it(`${file}: every <Eq id> is an equation file`, () => {
			const ids = [...text.matchAll(/<Eq\s+id="([^"]+)"/g)].map((m) => m[1]!);
			expect(ids.filter((id) => !equationIds.has(id))).toEqual([]);
		});
		it(`${file}: every <Cite> names an existing reference`, () => {
			const bad: string[] = [];
			for (const m of text.matchAll(/<Cite\s+seed="(\d{3})"\s+n="([^"]+)"/g)) {
				const keys = refKeys.get(m[1]!);
				for (const k of parseCiteKeys(m[2]!)) {
					const grouped = keys && [...keys].some((x) => x.replace(/[a-z]$/, '') === k);
					if (!keys?.has(k) && !grouped) bad.push(`${m[1]}:${k}`);
				}
			}
			expect(bad).toEqual([]);
		});
		it(`${file}: every <DataTable> names a table (and a category with rows)`, () => {
			const bad: string[] = [];
			for (const m of text.matchAll(/<DataTable\s+id="([^"]+)"(?:\s+category="([^"]+)")?/g)) {
				const t = tables.get(m[1]!);
				if (!t) bad.push(`no table ${m[1]}`);
				else if (m[2] && !t.rows.some((r) => r.category === m[2]))
					bad.push(`${m[1]} has no ${m[2]} rows`);
			}
			expect(bad).toEqual([]);
		});
		it(`${file}: every internal link points to a page that exists`, () => {
			const links = [...text.matchAll(/\]\((\/[^)\s]*)\)|href="(\/[^"]*)"/g)].map(
				(m) => (m[1] ?? m[2])!,
			);
			const bad = links.filter((l) => {
				const [path, hash] = l.split('#') as [string, string | undefined];
				const p = path.split('?')[0]!;
				const seg = p.split('/').filter(Boolean);
				if (seg[0] === 'reviews') return seg.length > 1 && !reviewSlugs.has(seg[1]!);
				if (seg[0] === 'strategies')
					return (
						seg.length > 1 &&
						!strategySlugs.has(seg[1]!) &&
						!(STRATEGY_IDS as readonly string[]).includes(seg[1]!)
					);
				if (seg[0] === 'equations')
					return !!hash && hash.startsWith('seed') && !equationIds.has(hash);
				if (seg[0] === 'calculators')
					return seg.length > 1 && !(CALCULATOR_IDS as readonly string[]).includes(seg[1]!);
				if (seg[0] === 'literature')
					return seg.length > 1 && seg[1] !== 'explorer' && !tables.has(seg[1]!);
				if (seg[0] === 'references')
					return seg.length > 1 && !refKeys.has(seg[1]!.replace('seed', ''));
				return !['glossary', 'about', 'search', 'data'].includes(seg[0] ?? '') && seg.length > 0;
			});
			expect(bad).toEqual([]);
		});
	}
});
