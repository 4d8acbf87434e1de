/**
 * Builds the site twice — at the root and under the base path /atlas/ — indexes both with Pagefind,
 * and serves the base-path build on a loopback port for the browser tests. Set ATLAS_REUSE_BUILD=1 to
 * reuse builds from an earlier run while iterating on tests (CI never sets it); ATLAS_TEST_OUT
 * moves the test builds elsewhere (default dist-test/).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuildTo, indexSite } from '../../scripts/build.mjs';
import { writeHeaders } from '../../scripts/csp.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const TEST_BASE = '/atlas/';
const OUT = resolve(process.env.ATLAS_TEST_OUT || 'dist-test');

async function build(name: string, base: string): Promise<string> {
	const outDir = join(OUT, name);
	if (process.env.ATLAS_REUSE_BUILD === '1' && existsSync(join(outDir, 'pagefind'))) return outDir;
	rmSync(outDir, { recursive: true, force: true });
	astroBuildTo(outDir, { BASE_PATH: base, SITE_URL: 'https://example.org' });
	await indexSite(outDir);
	writeHeaders(outDir);
	return outDir;
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		base: string;
		distBase: string;
		distRoot: string;
	}
}

export default async function setup(project: TestProject) {
	const distRoot = await build('root', '/');
	const distBase = await build('base', TEST_BASE);
	const server = await startServer({ dir: distBase, base: TEST_BASE });
	project.provide('siteUrl', server.url);
	project.provide('base', TEST_BASE);
	project.provide('distBase', distBase);
	project.provide('distRoot', distRoot);
	return async () => {
		await server.close();
	};
}
