/**
 * axe-core on every kind of page, in the light and the dark theme: zero violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

/** One page of each kind (the first of its folder), so every template is checked. */
function samplePages(): string[] {
	const all = htmlFiles(inject('distBase')).map(pagePath);
	const byKind = new Map<string, string>();
	for (const p of all) {
		const kind = p.split('/').length > 2 ? `${p.split('/')[0]}/*` : p;
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
	it('every kind of page has no axe violations', async () => {
		const context = await browser.newContext({ colorScheme: theme });
		const page = await context.newPage();
		const report: string[] = [];
		for (const p of samplePages()) {
			await page.goto(site + p, { waitUntil: 'load' });
			await page.waitForTimeout(100);
			await page.addScriptTag({ content: AXE });
			const result = (await page.evaluate(
				"axe.run(document, { resultTypes: ['violations'] })",
			)) as AxeResult;
			for (const v of result.violations)
				report.push(
					`${p}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
						.slice(0, 3)
						.map((n) => n.target.join(' '))
						.join(' | ')}`,
				);
		}
		await context.close();
		expect(report).toEqual([]);
	});
});
