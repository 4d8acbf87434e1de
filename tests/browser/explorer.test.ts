/**
 * The literature explorer (/literature/explorer/) in a real browser, under the /atlas/ base path: one
 * point per cycling row, legend toggles, keyboard focus with citations, keyboard range selection, the
 * ?category= filter, the Figure 7 presets, URL state, no-JS rendering, 360 px, and the JS budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { launch, watch, type Problems } from './browser';
import { buildCyclingRows, type CyclingRow } from '../../src/data/cycling';
import { loadDataset } from '../../src/data/load';
import type { Dataset } from '../../src/data/schemas';

const site = inject('siteUrl');
const base = inject('base');
const distBase = inject('distBase');
const PATH = 'literature/explorer/';
const BUDGET = 40 * 1024;

const DIR = resolve('content/literature');
const rows: CyclingRow[] = buildCyclingRows(
	readdirSync(DIR)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const d = loadDataset(join(DIR, f));
			return { id: d.id, data: d as Dataset };
		}),
);
const printedRefs = new Map<string, string>();
for (const f of readdirSync(resolve('content/references')).filter((f) =>
	/^seed\d+\.yaml$/.test(f),
)) {
	const list = parseYaml(readFileSync(resolve('content/references', f), 'utf8')) as {
		seed: string;
		entries: Array<{ key: string; printed: string }>;
	};
	for (const e of list.entries) printedRefs.set(`${list.seed}:${e.key}`, e.printed);
}

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const clean: Problems = { console: [], exceptions: [], failed: [] };

async function open(
	query = '',
	options: { width?: number; colorScheme?: 'light' | 'dark'; js?: boolean } = {},
) {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.js ?? true,
	});
	const page = await context.newPage();
	const problems = watch(page);
	const res = await page.goto(site + PATH + query, { waitUntil: 'load' });
	expect(res?.status()).toBe(200);
	if (options.js ?? true) {
		await page.locator('[data-explorer]').scrollIntoViewIfNeeded();
		await page.waitForSelector('[data-explorer][data-ready]', { timeout: 15_000 });
	}
	return { page, problems, context };
}

const tableIds = (page: Page) =>
	page.$$eval('[data-explorer-table] tbody tr', (trs) =>
		trs.map((tr) => tr.getAttribute('data-row-id')),
	);
const pointIds = (page: Page) =>
	page.$$eval('.ex-plot .ex-pt', (cs) => cs.map((c) => c.getAttribute('data-row-id')));
const drawnCount = (page: Page) =>
	page.$$eval('.ex-markers path[data-kind]', (ps) =>
		ps.reduce((n, p) => n + Number(p.getAttribute('data-count')), 0),
	);
const sorted = (ids: Array<string | null>) => [...ids].sort();
const idsWhere = (f: (r: CyclingRow) => boolean) =>
	rows
		.filter(f)
		.map((r) => r.id)
		.sort();

describe('explorer page', () => {
	it('has cycling rows to show', () => {
		expect(rows.length).toBeGreaterThan(50);
	});

	it('plots one point per cycling row and lists every row', async () => {
		const { page, problems, context } = await open();
		expect(sorted(await pointIds(page))).toEqual(idsWhere(() => true));
		expect(await drawnCount(page)).toBe(rows.length);
		expect(sorted(await tableIds(page))).toEqual(idsWhere(() => true));
		expect(await page.locator('.ex-plot title').textContent()).toMatch(
			new RegExp(`${rows.length} cycled`),
		);
		expect(await page.locator('.ex-plot desc').count()).toBe(1);
		// Exactly one point is a tab stop (roving tabindex).
		expect(await page.locator('.ex-pt[tabindex="0"]').count()).toBe(1);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('toggling a legend class hides its points and rows, and keeps the state in the URL', async () => {
		const { page, problems, context } = await open();
		const button = page.locator('button.ex-class[data-class="oxide"]');
		expect(await button.getAttribute('aria-pressed')).toBe('true');
		await button.click();
		expect(await button.getAttribute('aria-pressed')).toBe('false');
		const rest = idsWhere((r) => r.electrolyteClass !== 'oxide');
		expect(sorted(await pointIds(page))).toEqual(rest);
		expect(sorted(await tableIds(page))).toEqual(rest);
		expect(await drawnCount(page)).toBe(rest.length);
		expect(await page.locator('.ex-markers [data-class="oxide"] path').count()).toBe(0);
		await expect
			.poll(() => new URL(page.url()).searchParams.get('class'))
			.toBe('liquid,sulfide,halide,polymer,composite');
		await button.click();
		expect(sorted(await tableIds(page))).toEqual(idsWhere(() => true));
		await expect.poll(() => new URL(page.url()).search).toBe('');
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('keyboard: Tab reaches the points, arrows move, details show the row and its printed citation', async () => {
		const { page, problems, context } = await open();
		await page.locator('#explorer-ymax').focus();
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
		expect(first).toBeTruthy();
		// The first stop is the point with the lowest current density.
		const minJ = Math.min(...rows.map((r) => r.currentDensity));
		expect(rows.find((r) => r.id === first)!.currentDensity).toBe(minJ);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-row-id'));
		expect(id).not.toBe(first);
		const row = rows.find((r) => r.id === id)!;
		const details = page.locator('.ex-details');
		expect(await details.locator('[data-details]').getAttribute('data-details')).toBe(id);
		const text = (await details.textContent()) ?? '';
		expect(text).toContain(row.label);
		expect(text).toContain('mA cm⁻²');
		expect(text).toContain(row.table);
		const key = row.ref!.replace(/[[\]]/g, '').split(',')[0]!;
		const printed = printedRefs.get(`${row.seed}:${key}`)!;
		expect(printed).toBeTruthy();
		expect(await details.locator('[data-citation]').first().textContent()).toBe(printed);
		// Only one tab stop among the points, and it follows the focus.
		expect(await page.locator('.ex-pt[tabindex="0"]').getAttribute('data-row-id')).toBe(id);
		// Enter jumps to the row in the table.
		await page.keyboard.press('Enter');
		expect(
			await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-row-id')),
		).toBe(id);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('hovering a point shows its details', async () => {
		const { page, problems, context } = await open();
		const target = rows.find((r) => r.ref === '[68]' && r.seed === '000')!;
		const circle = page.locator(`.ex-pt[data-row-id="${target.id}"]`);
		const box = (await circle.boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await expect
			.poll(() => page.locator('.ex-details [data-details]').getAttribute('data-details'))
			.toBe(target.id);
		const text = (await page.locator('.ex-details').textContent()) ?? '';
		expect(text).toContain('6000 cycles');
		expect(text).toContain(printedRefs.get('000:68')!);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('a keyboard range selection filters the table', async () => {
		const { page, problems, context } = await open();
		await page.locator('#explorer-xmin').focus();
		await page.keyboard.type('10');
		await page.keyboard.press('Tab');
		await page.keyboard.type('20');
		await page.keyboard.press('Tab');
		await page.keyboard.type('1');
		const want = idsWhere(
			(r) => r.currentDensity >= 10 && r.currentDensity <= 20 && (r.arealCapacity ?? 0) >= 1,
		);
		expect(want.length).toBeGreaterThan(0);
		expect(want.length).toBeLessThan(rows.length);
		expect(sorted(await tableIds(page))).toEqual(want);
		expect(sorted(await pointIds(page))).toEqual(want);
		await expect
			.poll(() => ['xmin', 'xmax', 'ymin'].map((k) => new URL(page.url()).searchParams.get(k)))
			.toEqual(['10', '20', '1']);
		expect(await page.locator('.ex-selection').count()).toBe(1);
		expect(await page.locator('[data-status]').textContent()).toContain(
			`${want.length} of ${rows.length}`,
		);
		// An invalid bound is flagged and ignored.
		await page.locator('#explorer-ymax').fill('-3');
		expect(await page.locator('#explorer-ymax').getAttribute('aria-invalid')).toBe('true');
		expect(sorted(await tableIds(page))).toEqual(want);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('a mouse-drawn rectangle selects the rows inside it', async () => {
		const { page, problems, context } = await open();
		const box = (await page.locator('.ex-plot').boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.1);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.5, { steps: 5 });
		await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.7, { steps: 5 });
		await page.mouse.up();
		await expect.poll(() => new URL(page.url()).searchParams.get('ymax')).not.toBeNull();
		const q = new URL(page.url()).searchParams;
		const [xmin, xmax, ymin, ymax] = ['xmin', 'xmax', 'ymin', 'ymax'].map((k) => Number(q.get(k)));
		expect(xmin! > 0 && xmax! > xmin! && ymax! > ymin! && ymin! > 0).toBe(true);
		const want = idsWhere(
			(r) =>
				r.currentDensity >= xmin! &&
				r.currentDensity <= xmax! &&
				r.arealCapacity !== null &&
				r.arealCapacity >= ymin! &&
				r.arealCapacity <= ymax!,
		);
		expect(sorted(await tableIds(page))).toEqual(want);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('?category=3d-hosts keeps only that strategy', async () => {
		const { page, problems, context } = await open('?category=3d-hosts');
		const want = idsWhere((r) => r.category === '3d-hosts');
		expect(want.length).toBeGreaterThan(0);
		expect(sorted(await tableIds(page))).toEqual(want);
		expect(sorted(await pointIds(page))).toEqual(want);
		expect(await page.locator('#explorer-category').inputValue()).toBe('3d-hosts');
		expect(await page.locator('[data-notice]').count()).toBe(0);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('the Figure 7a preset shows only liquid rows at ≥ 5 mA cm⁻², 7b only solid rows at ≥ 0.5', async () => {
		const { page, problems, context } = await open();
		await page.locator('button[data-preset="fig7a"]').click();
		const a = idsWhere((r) => r.electrolyteClass === 'liquid' && r.currentDensity >= 5);
		expect(sorted(await tableIds(page))).toEqual(a);
		expect(sorted(await pointIds(page))).toEqual(a);
		expect(await drawnCount(page)).toBe(a.length);
		expect(await page.locator('button.ex-class[aria-pressed="true"]').count()).toBe(1);
		await expect.poll(() => new URL(page.url()).search).toBe('?class=liquid&xmin=5');
		await page.locator('button[data-preset="fig7b"]').click();
		const b = idsWhere((r) => r.electrolyteClass !== 'liquid' && r.currentDensity >= 0.5);
		expect(sorted(await tableIds(page))).toEqual(b);
		await page.locator('button[data-reset]').click();
		expect(sorted(await tableIds(page))).toEqual(idsWhere(() => true));
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('malformed URL parameters are ignored with a visible notice', async () => {
		const { page, problems, context } = await open(
			'?category=not-a-strategy&xmin=abc&class=plasma&ymax=-1',
		);
		const notice = page.locator('[data-notice]');
		expect(await notice.isVisible()).toBe(true);
		const text = (await notice.textContent()) ?? '';
		for (const word of ['not-a-strategy', 'xmin', 'plasma', 'ymax']) expect(text).toContain(word);
		expect(sorted(await tableIds(page))).toEqual(idsWhere(() => true));
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('sorts the table by current density, capacity and cycles', async () => {
		const { page, problems, context } = await open();
		const col = (key: string) =>
			page.$$eval(`[data-explorer-table] tbody td[data-col="${key}"]`, (tds) =>
				tds.map((td) => (td.textContent?.trim() === '—' ? null : Number(td.textContent))),
			);
		for (const key of ['currentDensity', 'arealCapacity', 'cycles']) {
			await page.locator(`button.ex-sort[data-sort="${key}"]`).click();
			const th = page.locator(`th:has(button[data-sort="${key}"])`);
			const dir = await th.getAttribute('aria-sort');
			expect(['ascending', 'descending']).toContain(dir);
			const vals = (await col(key)).filter((v): v is number => v !== null);
			const want = [...vals].sort((x, y) => (dir === 'ascending' ? x - y : y - x));
			expect(vals).toEqual(want);
		}
		await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('cycles');
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('links each row to its source table row and to the Sand’s-time calculator', async () => {
		const { page, context } = await open();
		const target = rows.find((r) => r.ref === '[68]' && r.seed === '000')!;
		const tr = page.locator(`[data-explorer-table] tr[data-row-id="${target.id}"]`);
		const hrefs = await tr.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain(`${base}literature/${target.dataset}/#row-${target.rowNumber}`);
		expect(hrefs).toContain(`${base}calculators/sands-time/?J=10&Q=0.5`);
		await context.close();
	});

	it('is readable without JavaScript: the server-rendered plot has every point and the table every row', async () => {
		const { page, problems, context } = await open('', { js: false });
		expect(sorted(await pointIds(page))).toEqual(idsWhere(() => true));
		expect(await drawnCount(page)).toBe(rows.length);
		expect(sorted(await tableIds(page))).toEqual(idsWhere(() => true));
		expect(await page.locator('astro-island').count()).toBe(1);
		expect(await page.locator('astro-island').getAttribute('client')).toMatch(/^(visible|idle)$/);
		expect(problems).toEqual(clean);
		await context.close();
	});

	it('works at 360 px in the dark theme: the plot fits, the table scrolls, not the page', async () => {
		const { page, problems, context } = await open('', { width: 360, colorScheme: 'dark' });
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const svg = (await page.locator('.ex-plot').boundingBox())!;
		expect(svg.width).toBeLessThanOrEqual(360);
		// The plot is laid out at its real width, so tick labels stay at their CSS size.
		const vb = await page.locator('.ex-plot').getAttribute('viewBox');
		expect(Math.abs(Number(vb!.split(' ')[2]) - svg.width)).toBeLessThanOrEqual(2);
		const wrap = await page
			.locator('.ex-table-wrap')
			.evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
		expect(wrap.sw).toBeGreaterThan(wrap.cw);
		const colour = await page.evaluate(() =>
			getComputedStyle(document.documentElement).getPropertyValue('--ex-liquid').trim(),
		);
		expect(colour).toBe('#56b4e9');
		expect(problems).toEqual(clean);
		await context.close();
	});
});

describe('explorer accessibility', () => {
	const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
	it.each(['light', 'dark'] as const)(
		'has no axe violations after hydration, with a point focused (%s)',
		async (theme) => {
			const context = await browser.newContext({
				colorScheme: theme,
				bypassCSP: true,
				viewport: { width: 1280, height: 900 },
			});
			const page = await context.newPage();
			await page.goto(site + PATH, { waitUntil: 'load' });
			await page.locator('[data-explorer]').scrollIntoViewIfNeeded();
			await page.waitForSelector('[data-explorer][data-ready]', { timeout: 15_000 });
			await page.locator('button.ex-class[data-class="sulfide"]').click();
			await page.locator('.ex-pt[tabindex="0"]').focus();
			await page.addScriptTag({ content: AXE });
			const result = (await page.evaluate(
				"axe.run(document, { resultTypes: ['violations'] })",
			)) as {
				violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
			};
			expect(
				result.violations.map(
					(v) =>
						`${v.id}: ${v.help} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
				),
			).toEqual([]);
			await context.close();
		},
	);
});

describe('explorer JS budget', () => {
	it('ships at most 40 KB of gzipped JavaScript (scripts, modulepreloads, the island and their imports)', () => {
		const html = readFileSync(join(distBase, PATH, 'index.html'), 'utf8');
		const entries = new Set<string>();
		for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) entries.add(m[1]!);
		for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
			entries.add(m[1]!);
		for (const m of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g))
			entries.add(m[1]!);
		expect([...entries].some((u) => /Explorer/.test(u))).toBe(true);
		const toFile = (url: string) =>
			join(distBase, decodeURIComponent(url.replace(/&amp;/g, '&')).slice(base.length));
		const seen = new Set<string>();
		const queue = [...entries].map(toFile);
		while (queue.length) {
			const file = queue.pop()!;
			if (seen.has(file)) continue;
			expect(existsSync(file), file).toBe(true);
			seen.add(file);
			const code = readFileSync(file, 'utf8');
			// Static and dynamic imports of sibling chunks (counted even when loaded lazily).
			for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g))
				queue.push(resolve(file, '..', m[1]!));
		}
		let total = 0;
		const sizes: Record<string, number> = {};
		for (const f of seen) {
			const gz = gzipSync(readFileSync(f), { level: 9 }).length;
			sizes[f.slice(distBase.length)] = gz;
			total += gz;
		}
		console.log(`explorer JS: ${(total / 1024).toFixed(1)} KB gzip`, sizes);
		expect(total).toBeLessThanOrEqual(BUDGET);
	});
});
