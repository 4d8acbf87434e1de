#!/usr/bin/env node
/**
 * `npm run build`: the Astro build, then the Pagefind index of the built pages.
 * Environment: SITE_URL, BASE_PATH (deploy location), OUT_DIR (default dist).
 * KaTeX's visual HTML is kept out of the index; its MathML (with the TeX annotation) stays in, so a
 * search for a symbol name in an equation still finds the page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { writeHeaders } from './csp.mjs';

export const PAGEFIND_OPTIONS = {
	excludeSelectors: ['.katex-html', '[data-pagefind-ignore]'],
	forceLanguage: 'en',
};

export async function indexSite(outDir) {
	const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: outDir });
	if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
	if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${outDir}`);
	const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
	if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	await pagefind.close();
	return added.page_count;
}

/**
 * Runs `astro build` in a child process. Test runners put their own `BASE_URL`, `MODE`, `NODE_ENV`…
 * into process.env, and Astro would read those as `import.meta.env` values, so they are dropped.
 */
export function astroBuild(env = {}) {
	const astro = resolve('node_modules', '.bin', 'astro');
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(
			([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k),
		),
	);
	const r = spawnSync(astro, ['build'], { stdio: 'inherit', env: { ...inherited, ...env } });
	if (r.status !== 0) throw new Error(`astro build failed (exit ${r.status})`);
}

/**
 * Astro puts its intermediate server build in <project>/.astro/ when outDir lies outside the project,
 * so two such builds at once would overwrite each other's chunks. Build inside the project instead
 * (git ignores the dist-* folders) and copy the result where it was asked for.
 */
export function astroBuildTo(outDir, env = {}) {
	const target = resolve(outDir);
	const inside = target.startsWith(process.cwd() + sep)
		? target
		: resolve(`dist-out-${basename(target)}-${process.pid}`);
	astroBuild({ ...env, OUT_DIR: inside });
	if (inside !== target) {
		rmSync(target, { recursive: true, force: true });
		cpSync(inside, target, { recursive: true });
		rmSync(inside, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${resolve(process.argv[1] ?? '')}`) {
	const outDir = process.env.OUT_DIR || 'dist';
	try {
		astroBuildTo(outDir);
		if (!existsSync(join(outDir, 'index.html')))
			throw new Error(`no ${outDir}/index.html after the build`);
		const pages = await indexSite(outDir);
		console.log(`Pagefind: indexed ${pages} pages into ${outDir}/pagefind`);
		writeHeaders(outDir);
		console.log(`Headers (Content-Security-Policy): ${outDir}/_headers`);
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	}
}
