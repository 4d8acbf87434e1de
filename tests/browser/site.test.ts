/**
 * The site shell in a real browser: every page loads cleanly, search finds pages and lands on the
 * hit, the theme toggle persists, unknown paths get the 404 page, and the keyboard reaches the search
 * box and the content.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watch } from './browser';
import { htmlFiles, pagePath } from './site-files';

let browser: Browser;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string, options: { colorScheme?: 'light' | 'dark' } = {}) {
	const context = await browser.newContext({ colorScheme: options.colorScheme ?? 'light' });
	const page = await context.newPage();
	const problems = watch(page);
	const response = await page.goto(site + path, { waitUntil: 'load' });
	return { page, problems, response, context };
}

describe('every built page', () => {
	it('loads without console errors, exceptions or failed requests', async () => {
		const pages = htmlFiles(inject('distBase'))
			.filter((f) => f !== '404.html')
			.map(pagePath);
		expect(pages.length).toBeGreaterThan(10);
		const context = await browser.newContext();
		const page = await context.newPage();
		const problems = watch(page);
		const titles = new Set<string>();
		for (const p of pages) {
			// networkidle: islands hydrate after `load`; leaving earlier would abort their chunks.
			const res = await page.goto(site + p, { waitUntil: 'networkidle' });
			expect(res?.status(), p).toBe(200);
			const h1 = await page.locator('h1').count();
			expect(h1, `${p} has one h1`).toBe(1);
			titles.add(await page.title());
		}
		await context.close();
		expect(problems).toEqual({ console: [], exceptions: [], failed: [] });
		expect(titles.size, 'page titles are unique').toBe(pages.length);
	});
});

describe('search', () => {
	it('the search page finds a page by a word on it and highlights the hit there', async () => {
		const { page, problems, context } = await open('search/?q=argyrodite');
		const first = page.locator('[data-results] .search-result a').first();
		await first.waitFor({ timeout: 15_000 });
		const status = await page.locator('[data-status]').textContent();
		expect(status).toMatch(/\d+ results? for “argyrodite”/);
		const href = (await first.getAttribute('href')) ?? '';
		expect(href).toContain('highlight=argyrodite');
		await first.click();
		await page.waitForSelector('mark.pagefind-highlight', { timeout: 15_000 });
		expect(
			(await page.locator('mark.pagefind-highlight').first().textContent())?.toLowerCase(),
		).toContain('argyrodite');
		expect(problems).toEqual({ console: [], exceptions: [], failed: [] });
		await context.close();
	});

	it('the header box shows results as you type, found through the equation text too', async () => {
		const { page, problems, context } = await open('');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
		await page.keyboard.type('Sand');
		const results = page.locator('#site-search-results .search-result');
		await results.first().waitFor({ timeout: 15_000 });
		expect(await results.count()).toBeGreaterThan(0);
		await page.keyboard.press('Escape');
		expect(await page.locator('#site-search-results').isHidden()).toBe(true);
		expect(problems).toEqual({ console: [], exceptions: [], failed: [] });
		await context.close();
	});

	it('filters by kind of page', async () => {
		const { page, context } = await open('search/?q=lithium&kind=equation');
		await page.locator('[data-results] .search-result').first().waitFor({ timeout: 15_000 });
		const kinds = await page.locator('[data-results] .search-kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['Equation']));
		await context.close();
	});
});

describe('theme', () => {
	it('follows the system setting, toggles, and persists across pages without a flash', async () => {
		const { page, context } = await open('', { colorScheme: 'dark' });
		const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
		expect(await theme()).toBe('dark');
		await page.click('[data-theme-toggle]');
		expect(await theme()).toBe('light');
		const bg = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor,
		);
		expect(bg).toBe('rgb(255, 255, 255)');
		await page.goto(`${site}about/`);
		expect(await theme()).toBe('light');
		// the stored choice is applied by the inline head script, before any module runs
		const early = await page.evaluate(() => document.documentElement.getAttribute('data-theme'));
		expect(early).toBe('light');
		await context.close();
	});
});

describe('404', () => {
	it('serves the 404 page for an unknown path', async () => {
		const { page, response, context } = await open('this-page-does-not-exist/');
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').textContent()).toContain('Page not found');
		await context.close();
	});
});

describe('keyboard', () => {
	it('reaches the skip link, the main content and the search box', async () => {
		const { page, context } = await open('about/');
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(first).toBe('Skip to content');
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'main');
		// Tab order from the top: skip link, (menu button on phones), site name, search box
		await page.goto(`${site}about/`);
		const order: string[] = [];
		for (let i = 0; i < 4; i++) {
			await page.keyboard.press('Tab');
			order.push(
				await page.evaluate(
					() => document.activeElement?.id || document.activeElement?.textContent?.trim() || '',
				),
			);
		}
		expect(order).toContain('site-search-input');
		await context.close();
	});

	it('collapses the navigation at 360 px and opens it from the menu button', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page: Page = await context.newPage();
		await page.goto(`${site}reviews/`);
		expect(await page.locator('#site-nav').isVisible()).toBe(false);
		await page.click('[data-menu-button]');
		expect(await page.locator('#site-nav').isVisible()).toBe(true);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});
});
