/**
 * The literature table pages and the data exports in a real browser, on the /atlas/ base-path build:
 * sorting (pointer and keyboard, aria-sort, the live announcement), the text, min/max and choice filters
 * with the live count, column hiding, URL state across a reload (and the notice for a malformed one),
 * the calculator links of a row, the citation tooltip, the CSV of the shown rows, and every export URL.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseCsv } from '../../src/data/export';
import { launch, watch, type Problems } from './browser';

let browser: Browser;
const site = inject('siteUrl');
const base = inject('base');
const ID = 'seed000-table2';
const TABLE = `#lit-${ID}`;
const NONE: Problems = { console: [], exceptions: [], failed: [] };
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

async function open(
	query = '',
	options: { width?: number } = {},
): Promise<{ page: Page; problems: Problems; context: BrowserContext }> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1280, height: 900 },
		acceptDownloads: true,
	});
	const page = await context.newPage();
	const problems = watch(page);
	const res = await page.goto(`${site}literature/${ID}/${query}`, { waitUntil: 'load' });
	expect(res?.status()).toBe(200);
	await page.waitForSelector(`${TABLE}.lit-enhanced`, { timeout: 15_000 });
	return { page, problems, context };
}

/** The text of one column's cells in the visible rows, in display order. */
async function columnValues(page: Page, key: string): Promise<string[]> {
	return page.evaluate(
		([sel, k]) => {
			const table = document.querySelector(sel) as HTMLTableElement;
			const ths = Array.from(table.tHead!.rows[0]!.cells);
			const at = ths.findIndex((th) => th.dataset.col === k);
			return Array.from(table.tBodies[0]!.rows)
				.filter((r) => !r.hidden)
				.map((r) => r.cells[at]!.textContent!.trim());
		},
		[TABLE, key] as const,
	);
}

const numbers = (cells: string[]) => cells.map((c) => (c === '—' ? null : Number(c)));
const count = (page: Page) => page.locator(`#lit-${ID}-count`).textContent();
const visibleRows = (page: Page) => page.locator(`${TABLE} tbody tr:not([hidden])`).count();

describe('the server-rendered table', () => {
	it('has every row as <tr id="row-N"> and its reference links without JavaScript', async () => {
		const html = readFileSync(`${inject('distBase')}/literature/${ID}/index.html`, 'utf8');
		const yaml = readFileSync(`content/literature/${ID}.yaml`, 'utf8');
		const rows = (yaml.match(/^ {2}- ref:/gm) ?? []).length;
		for (let n = 1; n <= rows; n++) expect(html).toContain(`<tr id="row-${n}"`);
		expect(html).not.toContain(`id="row-${rows + 1}"`);
		expect(html).toContain(`href="${base}references/seed000/#ref-33"`);
		expect(html).toMatch(/<sub>6<\/sub>/); // LiPF_{6}
		expect(html).toContain('client="idle"');
		expect(html).not.toContain('client:only');
	});
});

describe('sorting', () => {
	it('sorts a numeric column both ways, empty cells last, with aria-sort and an announcement', async () => {
		const { page, problems, context } = await open();
		const th = page.locator(`${TABLE} th[data-col="currentDensity"]`);
		const button = th.locator('button.lit-sort');
		await button.click();
		await expect.poll(() => th.getAttribute('aria-sort')).toBe('ascending');
		const asc = numbers(await columnValues(page, 'currentDensity'));
		const filled = asc.filter((v): v is number => v !== null);
		expect(filled).toEqual([...filled].sort((a, b) => a - b));
		expect(asc.slice(filled.length).every((v) => v === null)).toBe(true);
		await expect
			.poll(() => page.locator('.lit-controls [aria-live="polite"]').textContent())
			.toBe('Sorted by Current density, ascending');

		await button.click();
		await expect.poll(() => th.getAttribute('aria-sort')).toBe('descending');
		const desc = numbers(await columnValues(page, 'currentDensity')).filter((v) => v !== null);
		expect(desc).toEqual([...filled].sort((a, b) => b - a));
		await expect
			.poll(() => page.locator('.lit-controls [aria-live="polite"]').textContent())
			.toBe('Sorted by Current density, descending');
		// Only the sorted header carries aria-sort; the buttons are inside the <th>.
		expect(await page.locator(`${TABLE} th[aria-sort]`).count()).toBe(1);
		expect(await page.locator(`${TABLE} thead th button.lit-sort`).count()).toBeGreaterThan(5);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('works from the keyboard alone: Tab to a header button, Enter', async () => {
		const { page, problems, context } = await open();
		await page.locator(`#lit-${ID}-q`).focus();
		let found = false;
		for (let k = 0; k < 20 && !found; k++) {
			await page.keyboard.press('Tab');
			found = await page.evaluate(
				() => document.activeElement?.classList.contains('lit-sort') ?? false,
			);
		}
		expect(found).toBe(true);
		const key = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sort);
		expect(key).toBe('ref');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="ref"]`).getAttribute('aria-sort'))
			.toBe('ascending');
		// Next header (Strategy), twice: descending.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="strategy"]`).getAttribute('aria-sort'))
			.toBe('descending');
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="ref"]`).getAttribute('aria-sort'))
			.toBeNull();
		expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.sort)).toBe(
			'strategy',
		);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('filters', () => {
	it('the text filter reduces the live count and the visible rows', async () => {
		const { page, problems, context } = await open();
		const total = await visibleRows(page);
		expect(await count(page)).toBe(`Showing ${total} of ${total} rows`);
		await page.getByLabel('Filter rows').fill('separator');
		await expect.poll(() => count(page)).not.toBe(`Showing ${total} of ${total} rows`);
		const shown = await visibleRows(page);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		expect(await count(page)).toBe(`Showing ${shown} of ${total} rows`);
		for (const text of await page.locator(`${TABLE} tbody tr:not([hidden])`).allTextContents())
			expect(text.toLowerCase()).toContain('separator');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('min/max on a numeric column and a category choice', async () => {
		const { page, problems, context } = await open();
		const disclosure = page.getByRole('button', { name: /Column filters and columns/ });
		expect(await disclosure.getAttribute('aria-expanded')).toBe('false');
		await disclosure.click();
		await expect.poll(() => disclosure.getAttribute('aria-expanded')).toBe('true');
		const fieldset = page.getByRole('group', { name: /Current density/ });
		await fieldset.getByLabel('min').fill('10');
		await fieldset.getByLabel('max').fill('20');
		await expect
			.poll(async () =>
				numbers(await columnValues(page, 'currentDensity')).every(
					(v) => v !== null && v >= 10 && v <= 20,
				),
			)
			.toBe(true);
		const shown = await visibleRows(page);
		expect(shown).toBeGreaterThan(0);
		await expect.poll(() => disclosure.textContent()).toContain('(1 active)');
		// A bad number is flagged and leaves the filter as it was.
		await fieldset.getByLabel('max').fill('2x');
		await expect.poll(() => fieldset.getByLabel('max').getAttribute('aria-invalid')).toBe('true');
		expect(await visibleRows(page)).toBe(shown);
		await fieldset.getByLabel('max').fill('20');

		const category = page.getByRole('group', { name: 'Category' });
		const first = category.getByRole('checkbox').first();
		await first.check();
		await expect.poll(() => disclosure.textContent()).toContain('(2 active)');
		const after = await visibleRows(page);
		expect(after).toBeLessThanOrEqual(shown);
		expect(await count(page)).toMatch(new RegExp(`^Showing ${after} of \\d+ rows`));
		await page.getByRole('button', { name: 'Reset', exact: true }).first().click();
		await expect.poll(() => visibleRows(page)).toBe(38);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('hides and shows a column', async () => {
		const { page, problems, context } = await open();
		await page.getByRole('button', { name: /Column filters and columns/ }).click();
		const box = page
			.getByRole('group', { name: 'Columns shown' })
			.getByLabel('Electrolyte', { exact: true });
		await box.uncheck();
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="electrolyte"]`).isVisible())
			.toBe(false);
		expect(await page.locator(`${TABLE} #row-1 td:nth-child(3)`).isVisible()).toBe(false);
		expect(await page.locator(`${TABLE} th[data-col="strategy"]`).isVisible()).toBe(true);
		await expect.poll(() => count(page)).toContain('1 column hidden');
		await box.check();
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="electrolyte"]`).isVisible())
			.toBe(true);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('URL state', () => {
	it('survives a reload, keeping foreign parameters', async () => {
		const { page, problems, context } = await open('?highlight=li');
		await page.locator(`${TABLE} th[data-col="capacity"] button`).click();
		await page.locator(`${TABLE} th[data-col="capacity"] button`).click();
		await page.getByLabel('Filter rows').fill('LiTFSI');
		await page.getByRole('button', { name: /Column filters and columns/ }).click();
		await page
			.getByRole('group', { name: 'Columns shown' })
			.getByLabel('Cycles', { exact: true })
			.uncheck();
		await expect.poll(() => page.url()).toContain('q=LiTFSI');
		const url = new URL(page.url());
		expect(url.searchParams.get('sort')).toBe('-capacity');
		expect(url.searchParams.get('hide')).toBe('cycles');
		expect(url.searchParams.get('highlight')).toBe('li');
		const before = await count(page);

		await page.reload({ waitUntil: 'load' });
		await page.waitForSelector(`${TABLE}.lit-enhanced`);
		await expect.poll(() => count(page)).toBe(before);
		expect(await page.getByLabel('Filter rows').inputValue()).toBe('LiTFSI');
		await expect
			.poll(() => page.locator(`${TABLE} th[data-col="capacity"]`).getAttribute('aria-sort'))
			.toBe('descending');
		expect(await page.locator(`${TABLE} th[data-col="cycles"]`).isVisible()).toBe(false);
		const caps = numbers(await columnValues(page, 'capacity')).filter(
			(v): v is number => v !== null,
		);
		expect(caps).toEqual([...caps].sort((a, b) => b - a));
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('ignores malformed parameters with a visible notice and applies the rest', async () => {
		const { page, problems, context } = await open(
			'?sort=nope&min.capacity=abc&min.currentDensity=20',
		);
		const notice = page.locator('.lit-notice');
		await notice.waitFor();
		expect(await notice.textContent()).toMatch(/sort=“nope”[\s\S]*min\.capacity=“abc”/);
		expect(
			numbers(await columnValues(page, 'currentDensity')).every((v) => v !== null && v >= 20),
		).toBe(true);
		expect(await page.locator(`${TABLE} th[aria-sort]`).count()).toBe(0);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('row links', () => {
	it('opens the calculators with the row’s current density and capacity', async () => {
		const { page, problems, context } = await open();
		const row = page.locator(`${TABLE} #row-1`); // [33]: 5 mA cm⁻², 2.5 mAh cm⁻²
		const sands = row.locator('a[data-calc="sands-time"]');
		const ccd = row.locator('a[data-calc="ccd"]');
		expect(await sands.getAttribute('href')).toBe(`${base}calculators/sands-time/?J=5&Q=2.5`);
		expect(await ccd.getAttribute('href')).toBe(`${base}calculators/ccd/?Q=2.5&crate=2`);
		await sands.click();
		await page.waitForURL(/calculators\/sands-time\/\?J=5&Q=2\.5$/);
		await page.waitForLoadState('networkidle');
		await page.goBack();
		await page.waitForSelector(`${TABLE}.lit-enhanced`);
		await page.locator(`${TABLE} #row-1 a[data-calc="ccd"]`).click();
		await page.waitForURL(/calculators\/ccd\/\?Q=2\.5&crate=2$/);
		await page.waitForLoadState('networkidle');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('shows the citation when a reference is focused, and links notes to the notes list', async () => {
		const { page, problems, context } = await open();
		const ref = page.locator(`${TABLE} #row-1 td.lit-ref a`).first();
		expect(await ref.getAttribute('href')).toBe(`${base}references/seed000/#ref-33`);
		await ref.focus();
		const tip = page.locator('.lit-tip');
		await expect.poll(() => tip.isVisible()).toBe(true);
		const cited = await page.locator(`#lit-${ID}-cite-33`).textContent();
		expect(cited).toBeTruthy();
		expect((await tip.textContent())!.replace(/\s+/g, ' ')).toContain(
			cited!.replace(/\s+/g, ' ').trim(),
		);
		await page.keyboard.press('Escape');
		await expect.poll(() => tip.isVisible()).toBe(false);
		const note = page.locator(`${TABLE} #row-1 a.lit-note-mark`);
		expect(await note.getAttribute('href')).toBe('#note-row-1');
		expect(await page.locator('#note-row-1').textContent()).toContain('2000 h');
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('downloads', () => {
	it('"Download CSV of the shown rows" gives the filtered view, same layout as the export', async () => {
		const { page, problems, context } = await open('?q=separator');
		await expect.poll(() => visibleRows(page)).toBeLessThan(38);
		const shown = await visibleRows(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download CSV of the shown rows' }).click(),
		]);
		const path = await download.path();
		const csv = parseCsv(readFileSync(path!, 'utf8'));
		const full = parseCsv(await (await fetch(`${site}data/${ID}.csv`)).text());
		expect(csv[0]).toEqual(full[0]);
		expect(csv).toHaveLength(shown + 1);
		for (const r of csv.slice(1)) expect(full).toContainEqual(r);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	const tables = [
		'seed000-table1',
		'seed000-table2',
		'seed000-table3',
		'seed001-table1',
		'seed004-table1',
		'seed004-table2',
		'seed004-table3',
		'seed004-table4',
	];

	it('every export URL answers 200 with the right content type and parses', async () => {
		const get = async (path: string, type: RegExp) => {
			const res = await fetch(`${site}${path}`);
			expect(res.status, path).toBe(200);
			expect(res.headers.get('content-type'), path).toMatch(type);
			return res.text();
		};
		for (const id of tables) {
			const csv = parseCsv(await get(`data/${id}.csv`, /^text\/csv/));
			expect(csv[0]![0]).toBe('ref');
			const json = JSON.parse(await get(`data/${id}.json`, /^application\/json/));
			expect(json.id).toBe(id);
			expect(csv).toHaveLength(json.rows.length + 1);
			const bib = await get(`data/${id}.bib`, /^application\/x-bibtex/);
			expect((bib.match(/^@article\{/gm) ?? []).length).toBe(
				new Set(bib.match(/seed\d{3}-ref\w+/g)).size,
			);
		}
		const all = JSON.parse(await get('data/literature.json', /^application\/json/));
		expect(all.datasets.map((d: { id: string }) => d.id)).toEqual(tables);
		const cyclingJson = JSON.parse(await get('data/cycling.json', /^application\/json/));
		const cyclingCsv = parseCsv(await get('data/cycling.csv', /^text\/csv/));
		expect(cyclingJson.rows.length).toBeGreaterThan(0);
		expect(cyclingCsv).toHaveLength(cyclingJson.rows.length + 1);
		expect(cyclingCsv[0]).toContain('currentDensity');
	});

	it('the table page and the index link the exports', async () => {
		const { page, problems, context } = await open();
		for (const ext of ['csv', 'json', 'bib'])
			expect(await page.locator(`a[href="${base}data/${ID}.${ext}"]`).count()).toBeGreaterThan(0);
		await page.waitForLoadState('networkidle');
		await page.goto(`${site}literature/`, { waitUntil: 'networkidle' });
		expect(await page.locator('#exports').count()).toBe(1);
		for (const p of ['literature.json', 'cycling.csv', 'cycling.json', `${ID}.csv`])
			expect(await page.locator(`a[href="${base}data/${p}"]`).count()).toBeGreaterThan(0);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('small screens', () => {
	it('at 360 px the filters are a disclosure and the table scrolls inside its wrapper', async () => {
		const { page, problems, context } = await open('', { width: 360 });
		expect(await page.locator(`#lit-${ID}-panel`).isVisible()).toBe(false);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
		const wrap = await page.evaluate((sel) => {
			const w = document.querySelector(sel)!.closest('.lit-wrap')!;
			return { scroll: w.scrollWidth, client: w.clientWidth };
		}, TABLE);
		expect(wrap.scroll).toBeGreaterThan(wrap.client);
		await page.getByRole('button', { name: /Column filters and columns/ }).click();
		await expect.poll(() => page.locator(`#lit-${ID}-panel`).isVisible()).toBe(true);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('accessibility of the enhanced table', () => {
	it.each(['light', 'dark'] as const)(
		'no axe violations with the filters open (%s theme)',
		async (theme) => {
			const report: string[] = [];
			for (const id of ['seed000-table1', 'seed000-table3', 'seed004-table1']) {
				// bypassCSP: axe is injected as an inline script, which the site's CSP rightly refuses.
				const context = await browser.newContext({ colorScheme: theme, bypassCSP: true });
				const page = await context.newPage();
				await page.goto(`${site}literature/${id}/?sort=-ref`, { waitUntil: 'load' });
				await page.waitForSelector(`#lit-${id}.lit-enhanced`);
				await page.getByRole('button', { name: /Column filters and columns/ }).click();
				await page.addScriptTag({ content: AXE });
				const result = (await page.evaluate(
					"axe.run(document, { resultTypes: ['violations'] })",
				)) as {
					violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }>;
				};
				for (const v of result.violations)
					report.push(
						`${id}: ${v.id} ${v.help} — ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`,
					);
				await context.close();
			}
			expect(report).toEqual([]);
		},
	);
});
