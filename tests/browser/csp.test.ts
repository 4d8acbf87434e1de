/**
 * The built site under its own Content-Security-Policy (scripts/csp.mjs, served from dist/_headers):
 * no violation on any page, including search, theme toggle and hydrated islands; no 'unsafe-eval'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { htmlFiles, pagePath } from './site-files';

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('Content-Security-Policy', () => {
	it('is served with every page and allows no inline or eval script', async () => {
		const headers = readFileSync(join(inject('distBase'), '_headers'), 'utf8');
		const policy = /Content-Security-Policy: (.*)/.exec(headers)?.[1] ?? '';
		const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
		expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(scriptSrc).toContain("'self'");
		const res = await fetch(`${site}about/`);
		expect(res.headers.get('content-security-policy')).toBe(policy);
	});

	it('no page violates it, also when search runs and islands hydrate', async () => {
		const context = await browser.newContext();
		await context.addInitScript(() => {
			const w = window as unknown as { __csp: string[] };
			w.__csp = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
			);
		});
		const page = await context.newPage();
		const violations: string[] = [];
		const pages = htmlFiles(inject('distBase')).map(pagePath);
		for (const p of pages) {
			await page.goto(site + p, { waitUntil: 'networkidle' });
			if (p === '') {
				await page.focus('#site-search-input');
				await page.keyboard.type('Sand');
				await page
					.locator('#site-search-results .search-result')
					.first()
					.waitFor({ timeout: 15_000 });
				await page.click('[data-theme-toggle]');
			}
			for (const v of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))
				violations.push(`${p}: ${v}`);
		}
		await page.goto(`${site}search/?q=argyrodite&highlight=argyrodite`, {
			waitUntil: 'networkidle',
		});
		await page.locator('[data-results] .search-result').first().waitFor({ timeout: 15_000 });
		for (const v of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))
			violations.push(`search: ${v}`);
		await context.close();
		expect(violations).toEqual([]);
	});
});
