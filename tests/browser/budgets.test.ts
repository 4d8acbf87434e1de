/**
 * Size budgets of the built site (sizes and counts, never times): JavaScript per kind of page,
 * search loaded only on demand, KaTeX fonts woff2-only and nothing from another origin.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { htmlFiles, pagePath } from './site-files';

const KB = 1024;
const dist = () => inject('distBase');
const base = () => inject('base');

/**
 * Every byte of JavaScript a page runs without being asked to: external module scripts,
 * modulepreloads, inline scripts, the islands' component and renderer modules, and everything those
 * modules import statically (shared chunks, Preact). Dynamic imports (the search UI) are left out:
 * they load only when the reader opens search, and a separate test checks that.
 */
function pageScripts(file: string): Map<string, Buffer> {
	const html = readFileSync(join(dist(), file), 'utf8');
	const out = new Map<string, Buffer>();
	const queue: string[] = [];
	for (const m of html.matchAll(
		/<script\b[^>]*\bsrc="([^"]+)"[^>]*>|<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g,
	))
		queue.push((m[1] ?? m[2])!);
	// Astro islands name their component and renderer modules in attributes.
	for (const m of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) queue.push(m[1]!);
	while (queue.length) {
		const src = queue.pop()!;
		if (out.has(src)) continue;
		const code = readFileSync(join(dist(), src.slice(base().length)));
		out.set(src, code);
		// Static imports and re-exports of sibling chunks, as Vite writes them (`from"./x.js"`, `import"./x.js"`).
		for (const m of code
			.toString('utf8')
			.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+\.js)["']/g))
			queue.push(posix.join(posix.dirname(src), m[1]!));
	}
	let i = 0;
	for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
		if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
		if (m[2]!.trim()) out.set(`inline#${i++}`, Buffer.from(m[2]!));
	}
	return out;
}
const gz = (files: Map<string, Buffer>, skip: Set<string> = new Set()) =>
	[...files]
		.filter(([k]) => !skip.has(k))
		.reduce((n, [, b]) => n + gzipSync(b, { level: 9 }).length, 0);

const file = (p: string) => `${p}index.html`;

describe('JavaScript budgets (gzip)', () => {
	it('reading pages ship at most 3 KB (theme toggle and search trigger)', () => {
		const reading = htmlFiles(dist())
			.map(pagePath)
			.filter(
				(p) => /^(reviews|strategies|equations|about|glossary|references)\//.test(p) || p === '',
			);
		expect(reading.length).toBeGreaterThan(8);
		const over = reading
			.map((p) => ({ p, bytes: gz(pageScripts(file(p))) }))
			.filter((r) => r.bytes > 3 * KB);
		expect(over).toEqual([]);
	});

	const calculators = [
		'calculators/sands-time/',
		'calculators/ccd/',
		'calculators/areal-capacity/',
	];
	it.each(calculators)('%s ships at most 15 KB in total, Preact included', (p) => {
		const scripts = pageScripts(file(p));
		const bytes = gz(scripts);
		expect(bytes).toBeGreaterThan(8 * KB); // it has an island, with Preact, at all
		expect(bytes).toBeLessThanOrEqual(15 * KB);
		// The island is hydrated by components/calculators/mount.ts, not by Astro's island runtime.
		expect(readFileSync(join(dist(), file(p)), 'utf8')).not.toContain('<astro-island');
	});

	it('a literature table page ships at most 20 KB beyond the shared Preact runtime', () => {
		// The shared runtime: what every island page loads (Preact, its Astro renderer, the chrome).
		const shared = new Set(
			[...pageScripts(file(calculators[0]!)).keys()].filter((k) =>
				[...pageScripts(file('literature/explorer/')).keys()].includes(k),
			),
		);
		const table = pageScripts(file('literature/seed000-table2/'));
		expect(gz(table, shared)).toBeLessThanOrEqual(20 * KB);
	});

	it('the explorer ships at most 40 KB in total', () => {
		expect(gz(pageScripts(file('literature/explorer/')))).toBeLessThanOrEqual(40 * KB);
	});
});

describe('assets', () => {
	const walk = (d: string): string[] =>
		readdirSync(d).flatMap((n) =>
			statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)],
		);

	it('KaTeX fonts are woff2 only, and the stylesheet names no other format', () => {
		const files = walk(dist());
		const fonts = files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
		expect(fonts.length).toBeGreaterThan(10);
		expect(fonts.filter((f) => !f.endsWith('.woff2'))).toEqual([]);
		const css = files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'));
		expect(css.some((c) => c.includes('KaTeX_Main'))).toBe(true);
		expect(css.filter((c) => /format\(["']?(woff|truetype)["']?\)/.test(c))).toEqual([]);
	});

	it('no page loads a script, stylesheet or font from another origin', () => {
		const bad: string[] = [];
		for (const f of htmlFiles(dist())) {
			const html = readFileSync(join(dist(), f), 'utf8');
			for (const m of html.matchAll(
				/<(script|link)\b[^>]*\b(src|href)="(https?:)?\/\/[^"]*"[^>]*>/g,
			)) {
				if (m[1] === 'link' && !/rel="(stylesheet|preload|modulepreload|icon)"/.test(m[0]))
					continue;
				bad.push(`${f}: ${m[0]}`);
			}
		}
		for (const f of walk(dist()).filter((x) => x.endsWith('.css')))
			if (/url\((["']?)(https?:)?\/\//.test(readFileSync(f, 'utf8'))) bad.push(f);
		expect(bad).toEqual([]);
	});
});

describe('search loads on demand', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('a reading page fetches no Pagefind or search UI until the search box is used', async () => {
		const page = await browser.newPage();
		const requested: string[] = [];
		page.on('request', (r) => requested.push(r.url()));
		await page.goto(`${inject('siteUrl')}equations/`, { waitUntil: 'networkidle' });
		expect(requested.filter((u) => /pagefind|search-ui/.test(u))).toEqual([]);
		const before = requested.length;
		await page.focus('#site-search-input');
		await page.keyboard.type('tau');
		await page.locator('#site-search-results .search-result').first().waitFor({ timeout: 15_000 });
		expect(requested.slice(before).some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
		await page.close();
	});
});
