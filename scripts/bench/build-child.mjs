#!/usr/bin/env node
/**
 * Runs one step of `npm run build` (scripts/build.mjs) and times it, in a child process so that the
 * build's own output goes to a log file instead of the bench's table. The working directory is the
 * project to build (the real one, or a temporary copy with synthetic content); outDir lies inside it.
 *
 * Usage: node scripts/bench/build-child.mjs astro|index <outDir> <resultFile>
 *   astro: the astro build (timed)
 *   index: the Pagefind index (timed), then the _headers file of scripts/csp.mjs when there is one
 * Writes { ms } or { ms, pages } as JSON to <resultFile>; exits 1 on failure.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as build from '../build.mjs';

const [step, outDir, resultFile] = process.argv.slice(2);
try {
	let pages;
	const t0 = performance.now();
	if (step === 'astro')
		(build.astroBuildTo ?? ((o, env) => build.astroBuild({ ...env, OUT_DIR: o })))(outDir, {});
	else if (step === 'index') pages = await build.indexSite(outDir);
	else throw new Error(`unknown step ${step}`);
	const ms = performance.now() - t0;
	if (step === 'astro' && !existsSync(`${outDir}/index.html`))
		throw new Error(`no ${outDir}/index.html after the build`);
	if (step === 'index') {
		const csp = await import('../csp.mjs').catch(() => null);
		csp?.writeHeaders?.(outDir);
	}
	writeFileSync(resultFile, JSON.stringify({ ms, pages }));
} catch (err) {
	console.error(err instanceof Error ? err.message : err);
	process.exit(1);
}
