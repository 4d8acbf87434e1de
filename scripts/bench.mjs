#!/usr/bin/env node
/**
 * `npm run bench`: builds the production site and measures it — build and indexing time, page weight,
 * first-load JS, the search index and query latency, table filtering per keystroke, Lighthouse scores
 * and how the build grows with content. Prints a Markdown report and writes it, with the raw numbers as
 * JSON, to reports/bench-<date>.{md,json} and reports/bench-latest.{md,json}. README § Benchmarks
 * explains every number.
 *
 * Options: --skip=lighthouse,scaling,search,filtering,pages (comma-separated) to leave sections out;
 * --runs=N builds per timing (default 3); --scales=1,5,10 content scales of the growth builds.
 * BENCH_KEEP=1 keeps the temporary folder.
 * Exits 1 only on a real failure: a build that fails, or no Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { timeBuilds } from './bench/build-times.mjs';
import { benchFiltering } from './bench/filtering.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { budgetCheck, discoverPages, firstLoadJs, staticWeight } from './bench/pages.mjs';
import { toMarkdown } from './bench/report.mjs';
import { buildScaling } from './bench/scaling.mjs';
import { firstQueryBytes, indexSize, timeToFirstResults } from './bench/search.mjs';
import {
	CHROMIUM_ARGS,
	FatalError,
	elapsedSeconds,
	errorMessage,
	findChromium,
	progress,
} from './bench/util.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const skip = new Set((option('skip') ?? '').split(',').filter(Boolean));
const runs = Math.max(1, Number(option('runs') ?? 3));
const scales = (option('scales') ?? '1,5,10')
	.split(',')
	.map(Number)
	.filter((k) => k >= 1);

async function main() {
	const chromePath = findChromium();
	const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
	// Inside the project (git ignores dist-*), like scripts/build.mjs astroBuildTo(), so that Astro's
	// intermediate files do not collide with other builds; removed at the end.
	const dist = join(ROOT, `dist-bench-${process.pid}`);
	const result = {
		date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
		machine: {
			cpus: cpus().length,
			cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
			memGB: Math.round(totalmem() / 2 ** 30),
			node: process.version,
			platform: `${process.platform} ${process.arch}`,
			chromium: chromePath,
			loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
		},
		options: { skip: [...skip], runs },
	};
	let server;
	let browser;
	let failure = null;
	const cleanUp = () => {
		if (process.env.BENCH_KEEP) return progress(`kept ${work} and ${dist}`);
		rmSync(work, { recursive: true, force: true });
		rmSync(dist, { recursive: true, force: true });
	};
	for (const [signal, code] of [
		['SIGINT', 130],
		['SIGTERM', 143],
	])
		process.once(signal, () => {
			cleanUp();
			process.exit(code);
		});
	try {
		progress(`working in ${work}`);
		result.build = timeBuilds({ cwd: ROOT, outDir: dist, workDir: work, runs, label: 'site' });

		const pages = discoverPages(dist, ROOT);
		const measurable = pages.filter((p) => !p.unavailable);
		if (!skip.has('pages')) {
			for (const p of measurable) {
				p.weight = staticWeight(dist, p);
				p.budget = budgetCheck(p, p.weight);
			}
		}
		result.pages = pages;

		server = await startServer({ dir: dist, base: '/' });
		progress(`serving the build at ${server.url}`);
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
		result.machine.chromium = `Chromium ${browser.version()}`;

		if (!skip.has('pages')) {
			for (const p of measurable) {
				p.firstLoad = await firstLoadJs(browser, server.url, dist, p);
				progress(
					`first load ${p.path}: ${p.firstLoad.error ?? `${p.firstLoad.count} JS file(s)${p.firstLoad.pagefind ? ', Pagefind' : ''}`}`,
				);
			}
		}

		if (!skip.has('search')) {
			try {
				const search = { index: indexSize(dist) };
				progress('search: first query bytes…');
				search.firstQuery = await firstQueryBytes(browser, server.url);
				search.queries = await timeToFirstResults(browser, server.url, {
					onProgress: progress,
				});
				result.search = search;
			} catch (err) {
				result.search = { unavailable: errorMessage(err) };
			}
		}

		if (!skip.has('filtering')) {
			try {
				result.filtering = await benchFiltering(browser, ROOT, { onProgress: progress });
			} catch (err) {
				result.filtering = { unavailable: errorMessage(err) };
			}
		}
		await browser.close();
		browser = undefined;

		if (!skip.has('lighthouse')) {
			progress(`lighthouse: ${measurable.length} pages × mobile and desktop…`);
			result.lighthouse = await runLighthouse(chromePath, server.url, measurable, {
				onProgress: progress,
			});
		}
		await server.close();
		server = undefined;

		if (!skip.has('scaling')) {
			try {
				result.scaling = buildScaling(ROOT, join(work, 'scaling'), scales, result.build);
			} catch (err) {
				// A synthetic build that fails is a real failure: report it, then exit 1.
				result.scaling = { unavailable: `build failed: ${errorMessage(err)}` };
				failure = err;
			}
		}
	} finally {
		await browser?.close();
		await server?.close();
		cleanUp();
	}

	result.runtimeS = elapsedSeconds();
	result.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
	const markdown = toMarkdown(result);
	const reports = join(ROOT, 'reports');
	mkdirSync(reports, { recursive: true });
	const stamp = result.date.replace(/:/g, '-').replace(/Z$/, '');
	for (const name of [`bench-${stamp}`, 'bench-latest']) {
		writeFileSync(join(reports, `${name}.json`), JSON.stringify(result, null, '\t') + '\n');
		writeFileSync(join(reports, `${name}.md`), markdown);
	}
	console.log(`\n${markdown}`);
	progress(`done in ${Math.round(result.runtimeS)} s; report in reports/bench-latest.md and .json`);
	if (failure) throw failure;
}

main().catch((err) => {
	console.error(
		err instanceof FatalError
			? err.message
			: err instanceof Error
				? (err.stack ?? err.message)
				: err,
	);
	process.exit(1);
});
