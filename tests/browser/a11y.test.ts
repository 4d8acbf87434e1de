/**
 * axe-core on every kind of page, in the light and the dark theme: zero violations. The light theme
 * is checked at desktop width and the dark theme at phone width, so both layouts are covered. WCAG
 * 2.2's target-size rule (24 px targets, off by default in axe) is switched on: Lighthouse mobile
 * flagged small link targets that the default rules did not.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch } from './browser';
import { htmlFiles, pagePath } from './site-files';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

/** Folders whose pages share one template: the first page of each stands for the rest. */
const SAME_TEMPLATE = [
	/^reviews\/[^/]+\/$/,
	/^strategies\/[^/]+\/$/,
	/^references\/[^/]+\/$/,
	/^literature\/seed[^/]+\/$/,
];

/** One page of each kind, so every template is checked; every calculator and the explorer by name. */
function samplePages(): string[] {
	const all = htmlFiles(inject('distBase')).map(pagePath);
	const byKind = new Map<string, string>();
	for (const p of all) {
		const kind = SAME_TEMPLATE.find((re) => re.test(p))?.source ?? p;
		if (!byKind.has(kind)) byKind.set(kind, p);
	}
	return [...byKind.values()].filter((p) => p !== '404.html').concat('this-page-does-not-exist/');
}

interface AxeResult {
	violations: Array<{
		id: string;
		impact: string;
		help: string;
		nodes: Array<{ target: string[] }>;
	}>;
}

const VIEWPORTS = {
	light: { width: 1280, height: 800 },
	dark: { width: 390, height: 844 },
} as const;

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// bypassCSP: axe is injected as an inline script, which the site's CSP rightly refuses.
		context = await browser.newContext({
			colorScheme: theme,
			bypassCSP: true,
			viewport: VIEWPORTS[theme],
		});
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(samplePages())('/%s has no axe violations', async (p) => {
		// networkidle: islands hydrated, so their markup is what gets checked.
		await page.goto(site + p, { waitUntil: 'networkidle' });
		// Scroll through once, as a reader does: blocks that content-visibility skips off screen are
		// laid out only near the viewport, and only then can a sideways-scrolling equation be told
		// apart and made focusable (src/site/chrome.ts); axe measures them all.
		await page.evaluate(async () => {
			const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
			for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
				scrollTo(0, y);
				await frame();
			}
			scrollTo(0, 0);
			await frame();
		});
		await page.addScriptTag({ content: AXE });
		const result = (await page.evaluate(
			"axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } })",
		)) as AxeResult;
		const report = result.violations.map(
			(v) =>
				`${v.id} (${v.impact}) ${v.help} — ${v.nodes
					.slice(0, 3)
					.map((n) => n.target.join(' '))
					.join(' | ')}`,
		);
		expect(report).toEqual([]);
	});
});
