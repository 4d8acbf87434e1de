// @ts-check
import { readFileSync, existsSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { parse as parseYaml } from 'yaml';
import rehypeKatexStrict from './src/markdown/rehype-katex-strict.ts';
import rehypeBaseLinks from './src/markdown/rehype-base-links.ts';
import remarkAbbr from './src/markdown/remark-abbr.ts';
import pagefindDev from './src/site/pagefind-dev.ts';
import katexWoff2Only from './src/site/katex-woff2.ts';
import directDynamicImport from './src/site/direct-dynamic-import.ts';

/** Deploy settings come from the environment: SITE_URL (origin) and BASE_PATH (sub-path). */
const site = process.env.SITE_URL || 'http://localhost:4321';
const rawBase = process.env.BASE_PATH || '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const glossaryFile = './content/glossary.yaml';
const terms = existsSync(glossaryFile)
	? parseYaml(readFileSync(glossaryFile, 'utf8')).map((/** @type {any} */ t) => ({
			term: String(t.term),
			expansion: String(t.expansion),
		}))
	: [];

export default defineConfig({
	site,
	base,
	trailingSlash: 'ignore',
	outDir: process.env.OUT_DIR || './dist',
	// Separate caches let parallel builds (tests, several checkouts' worth of work) not collide.
	cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
	build: { format: 'directory' },
	integrations: [preact(), mdx(), pagefindDev()],
	markdown: {
		remarkPlugins: [remarkMath, [remarkAbbr, { terms }]],
		rehypePlugins: [
			[rehypeKatex, { output: 'htmlAndMathml' }],
			rehypeKatexStrict,
			[rehypeBaseLinks, { base }],
		],
	},
	vite: {
		plugins: [katexWoff2Only(), directDynamicImport()],
		// Never inline assets as data: URLs: the CSP allows fonts and images from 'self' only.
		build: { assetsInlineLimit: 0 },
	},
});
