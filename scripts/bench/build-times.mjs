/**
 * Timed builds: `astro build` and the Pagefind indexing of scripts/build.mjs, each run in a child
 * process (scripts/bench/build-child.mjs) with its output in a log file. Every astro build gets a fresh
 * ASTRO_CACHE_DIR, so runs are comparable cold builds.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FatalError, median, progress, seconds } from './util.mjs';

const CHILD = fileURLToPath(new URL('./build-child.mjs', import.meta.url));

/** Environment variables of the caller that would change what is built, or how. */
const DROP =
	/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*|SITE_URL|BASE_PATH|OUT_DIR|ASTRO_CACHE_DIR)$/;

/**
 * Runs one step in `cwd` and returns its duration in ms (and the page count for `index`).
 * A failed step throws a FatalError that quotes the end of the log.
 */
export function runStep({ cwd, step, outDir, cacheDir, logFile }) {
	const resultFile = `${logFile}.result.json`;
	rmSync(resultFile, { force: true });
	const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !DROP.test(k)));
	Object.assign(env, { OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, BASE_PATH: '/' });
	const fd = openSync(logFile, 'a');
	let r;
	try {
		r = spawnSync(process.execPath, [CHILD, step, outDir, resultFile], {
			cwd,
			env,
			stdio: ['ignore', fd, fd],
		});
	} finally {
		closeSync(fd);
	}
	if (r.status !== 0 || !existsSync(resultFile)) {
		const tail = existsSync(logFile)
			? readFileSync(logFile, 'utf8')
					.split('\n')
					.filter((l) => !/^\s+at /.test(l))
					.slice(-20)
					.join('\n')
			: '(no log)';
		throw new FatalError(
			`${step === 'astro' ? 'astro build' : 'Pagefind indexing'} failed in ${cwd} (exit ${r.status}). ` +
				`End of ${logFile}:\n${tail}`,
		);
	}
	return JSON.parse(readFileSync(resultFile, 'utf8'));
}

/**
 * Builds `cwd` into `outDir` `runs` times (fresh cache each time) and indexes it `runs` times.
 * Leaves the last build, indexed, in outDir.
 */
export function timeBuilds({ cwd, outDir, workDir, runs = 3, label = 'site' }) {
	mkdirSync(workDir, { recursive: true });
	const logFile = join(workDir, 'build.log');
	const astro = [];
	const index = [];
	let pages = null;
	for (let i = 1; i <= runs; i++) {
		progress(`${label}: astro build ${i} of ${runs}…`);
		const cacheDir = join(workDir, `astro-cache-${i}`);
		rmSync(cacheDir, { recursive: true, force: true });
		rmSync(outDir, { recursive: true, force: true });
		const { ms } = runStep({ cwd, step: 'astro', outDir, cacheDir, logFile });
		astro.push(ms);
		rmSync(cacheDir, { recursive: true, force: true });
		progress(`${label}: astro build ${i} of ${runs} took ${seconds(ms)}`);
	}
	for (let i = 1; i <= runs; i++) {
		rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
		const r = runStep({ cwd, step: 'index', outDir, cacheDir: join(workDir, 'unused'), logFile });
		index.push(r.ms);
		pages = r.pages;
		progress(`${label}: Pagefind index ${i} of ${runs} took ${seconds(r.ms)} (${pages} pages)`);
	}
	return {
		astroMs: median(astro),
		astroRuns: astro,
		indexMs: median(index),
		indexRuns: index,
		pages,
		/** 1-minute load average after the builds: how busy the machine was. */
		load: loadavg()[0],
		logFile,
	};
}
