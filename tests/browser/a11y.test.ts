/**
 * axe-core on every kind of page, in the light and the dark theme: zero violations.
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

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (theme) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		// bypassCSP: axe is injected as an inline script, which the site's CSP rightly refuses.
		context = await browser.newContext({ colorScheme: theme, bypassCSP: true });
		page = await context.newPage();
	});
	afterAll(async () => {
		await context?.close();
	});

	it.each(samplePages())('/%s has no axe violations', async (p) => {
		// networkidle: islands hydrated, so their markup is what gets checked.
		await page.goto(site + p, { waitUntil: 'networkidle' });
		await page.addScriptTag({ content: AXE });
		const result = (await page.evaluate(
			"axe.run(document, { resultTypes: ['violations'] })",
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
