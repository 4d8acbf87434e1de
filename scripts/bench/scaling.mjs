/**
 * How build time grows with content: the project is copied to a temporary folder (node_modules
 * symlinked, never the real content/ touched), synthetic review pages and table rows are added, and the
 * copy is built once per scale (cold cache) — astro build and Pagefind indexing timed separately. The 1×
 * row is the median of the real project's timed builds (same content, same procedure).
 *
 * At scale k: today's content pages (reviews + strategies) × k, by adding (k − 1) × that many
 * review-like MDX pages (the bodies of the real reviews and strategy pages, round robin — prose, math,
 * citations, equations, tables, links — under review front matter with their own title and order and a
 * unique paragraph with an equation), and every literature table's rows × k
 * (copies of its rows appended, so every table page, the explorer and the exports grow too).
 */
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { runStep } from './build-times.mjs';
import { progress, seconds } from './util.mjs';

const SKIP_TOP = new Set(['node_modules', 'dist', '.git', '.astro', 'reports', '.test-output']);

export function copyProject(root, dest) {
	cpSync(root, dest, {
		recursive: true,
		filter: (src) => {
			const rel = relative(root, src);
			if (!rel) return true;
			const top = rel.split(sep)[0];
			return !SKIP_TOP.has(top) && !top.startsWith('dist-') && !top.endsWith('.log');
		},
	});
	symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

const mdxFiles = (dir) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.mdx'))
				.sort()
		: [];

/** Today's content: pages (reviews + strategies) and literature rows. */
export function countContent(root) {
	const reviews = mdxFiles(join(root, 'content', 'reviews')).length;
	const strategies = mdxFiles(join(root, 'content', 'strategies')).length;
	const litDir = join(root, 'content', 'literature');
	let rows = 0;
	for (const f of readdirSync(litDir).filter((x) => /\.ya?ml$/.test(x)))
		rows += parseYaml(readFileSync(join(litDir, f), 'utf8')).rows.length;
	return { reviews, strategies, pages: reviews + strategies, rows };
}

function splitFrontMatter(text) {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
	if (!m) throw new Error('no front matter');
	return { data: parseYaml(m[1]), body: m[2] };
}

/** Adds the synthetic pages and rows of scale k to a project copy. Returns what it added. */
export function addSyntheticContent(dir, k) {
	const today = countContent(dir);
	const reviewsDir = join(dir, 'content', 'reviews');
	const strategiesDir = join(dir, 'content', 'strategies');
	const read = (d, f) => splitFrontMatter(readFileSync(join(d, f), 'utf8'));
	const reviews = mdxFiles(reviewsDir).map((f) => read(reviewsDir, f));
	// Bodies of every content page, so k× pages is also about k× the MDX to compile.
	const bodies = [...reviews, ...mdxFiles(strategiesDir).map((f) => read(strategiesDir, f))];
	const extraPages = (k - 1) * today.pages;
	for (let i = 0; i < extraPages; i++) {
		const t = bodies[i % bodies.length];
		const review = reviews[i % reviews.length].data;
		const n = i + 1;
		const data = {
			title: `Synthetic page ${n}: ${t.data.title}`.slice(0, 180),
			description: `Synthetic benchmark page ${n}, a copy of a real page.`,
			seed: review.seed,
			order: 1000 + n,
			topics: review.topics ?? [],
		};
		const body =
			`Synthetic benchmark page ${n}. Its current density is $j_{${n}} = ${n}\\,\\mathrm{mA\\,cm^{-2}}$, ` +
			`so Sand's time scales as $t_\\mathrm{Sand} \\propto j^{-2} = ${n}^{-2}$.\n\n` +
			t.body;
		writeFileSync(
			join(reviewsDir, `zz-synthetic-${String(n).padStart(4, '0')}.mdx`),
			`---\n${stringifyYaml(data, { lineWidth: 0 })}---\n\n${body}`,
		);
	}
	const litDir = join(dir, 'content', 'literature');
	for (const f of readdirSync(litDir).filter((x) => /\.ya?ml$/.test(x))) {
		const file = join(litDir, f);
		const data = parseYaml(readFileSync(file, 'utf8'));
		const rows = data.rows;
		data.rows = Array.from({ length: k }, () =>
			rows.map((r) => JSON.parse(JSON.stringify(r))),
		).flat();
		writeFileSync(file, stringifyYaml(data, { lineWidth: 0 }));
	}
	const after = countContent(dir);
	return { pages: after.pages, rows: after.rows, syntheticPages: extraPages };
}

/**
 * Builds a copy at each scale once; returns one row per scale with ratios to 1×. When `baseline` (the
 * timed builds of the real project, whose content is 1×) is given, 1× is not built again.
 */
export function buildScaling(root, workDir, scales = [1, 5, 10], baseline = null) {
	const out = [];
	for (const k of scales) {
		if (k === 1 && baseline) {
			const today = countContent(root);
			out.push({
				scale: 1,
				pages: today.pages,
				rows: today.rows,
				syntheticPages: 0,
				builtPages: baseline.pages,
				astroMs: baseline.astroMs,
				indexMs: baseline.indexMs,
				source: 'the site builds above (median)',
				load: baseline.load ?? null,
			});
			continue;
		}
		const dir = join(workDir, `copy-${k}x`);
		mkdirSync(workDir, { recursive: true });
		copyProject(root, dir);
		const added = addSyntheticContent(dir, k);
		progress(`scaling ${k}×: ${added.pages} content pages, ${added.rows} table rows — building…`);
		const outDir = join(dir, 'dist');
		const logFile = join(workDir, `build-${k}x.log`);
		const cacheDir = join(dir, '.bench-cache');
		const astro = runStep({ cwd: dir, step: 'astro', outDir, cacheDir, logFile });
		const index = runStep({ cwd: dir, step: 'index', outDir, cacheDir, logFile });
		progress(
			`scaling ${k}×: astro build ${seconds(astro.ms)}, Pagefind ${seconds(index.ms)} (${index.pages} pages)`,
		);
		out.push({
			scale: k,
			...added,
			builtPages: index.pages,
			astroMs: astro.ms,
			indexMs: index.ms,
			load: loadavg()[0],
		});
		rmSync(dir, { recursive: true, force: true });
	}
	const base = out.find((r) => r.scale === 1) ?? out[0];
	for (const r of out) {
		r.astroRatio = r.astroMs / base.astroMs;
		r.indexRatio = r.indexMs / base.indexMs;
	}
	return out;
}
