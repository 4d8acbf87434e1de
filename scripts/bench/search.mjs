/**
 * Search: the size of the Pagefind index, the bytes a first query fetches, and the time to the first
 * result for a few queries, all in headless Chromium against the built site.
 */
/* global MutationObserver, Event */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirSize, errorMessage, median } from './util.mjs';

export const QUERIES = ['Sand', 'LLZTO', 'separator', 'argyrodite', 'critical current density'];

export function indexSize(dist) {
	return dirSize(join(dist, 'pagefind'));
}

/** Resolves once no request has been in flight for `quietMs`. */
async function networkQuiet(counter, quietMs = 500, timeoutMs = 15_000) {
	const start = Date.now();
	let quietSince = Date.now();
	while (Date.now() - start < timeoutMs) {
		await sleep(50);
		if (counter.inflight > 0) quietSince = Date.now();
		else if (Date.now() - quietSince >= quietMs) return;
	}
}

/**
 * Bytes over the network for a first query typed into the header search box of the home page (fresh
 * browser context: nothing cached), from the keystroke until the network is quiet after the results
 * appear: the search UI chunk, Pagefind's JS and WebAssembly, its entry/metadata, the index chunks
 * and the result fragments. Body plus headers as Chromium reports them; the server does not compress.
 */
export async function firstQueryBytes(browser, siteUrl, query = QUERIES[0]) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const page = await context.newPage();
	const counter = { inflight: 0 };
	const records = [];
	let recording = false;
	const pending = [];
	page.on('request', () => counter.inflight++);
	page.on('requestfailed', () => counter.inflight--);
	page.on('requestfinished', (r) => {
		counter.inflight--;
		if (!recording) return;
		pending.push(
			r.sizes().then((s) =>
				records.push({
					url: new URL(r.url()).pathname,
					bytes: s.responseBodySize + s.responseHeadersSize,
				}),
			),
		);
	});
	try {
		await page.goto(siteUrl, { waitUntil: 'load' });
		await networkQuiet(counter);
		recording = true;
		await page.fill('#site-search-input', query);
		await page.waitForSelector('#site-search-results .search-result', { timeout: 15_000 });
		await networkQuiet(counter);
		recording = false;
		await Promise.all(pending);
	} catch (err) {
		await context.close();
		return { query, error: errorMessage(err) };
	}
	await context.close();
	const pagefind = records.filter((r) => r.url.includes('/pagefind/'));
	const sum = (list) => list.reduce((s, r) => s + r.bytes, 0);
	return {
		query,
		via: 'header search box on the home page',
		bytes: sum(records),
		requests: records.length,
		pagefindBytes: sum(pagefind),
		pagefindRequests: pagefind.length,
		files: records.map((r) => `${r.url} ${r.bytes}`),
	};
}

/**
 * Types `query` into the search page's box (one input event, as a paste or the last keystroke would
 * fire) and measures, inside the page with performance.now(), the time until the first result element
 * is in the list. Resolves with found: false on "No results" or after 15 s.
 */
function timeQueryInPage(page, query) {
	return page.evaluate(async (q) => {
		const input = document.querySelector('#search-q');
		const list = document.querySelector('[data-results]');
		const status = document.querySelector('[data-status]');
		if (!input || !list || !status)
			return { error: 'the search page has no #search-q / [data-results]' };
		list.innerHTML = '';
		const t0 = performance.now();
		input.value = q;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		return await new Promise((resolve) => {
			let timer = 0;
			const observer = new MutationObserver(() => check());
			const done = (found) => {
				observer.disconnect();
				clearTimeout(timer);
				resolve({ ms: performance.now() - t0, found, status: status.textContent?.trim() });
			};
			const check = () => {
				if (list.querySelector('.search-result')) done(true);
				else if (/^No results|not available/i.test(status.textContent ?? '')) done(false);
			};
			observer.observe(list, { childList: true, subtree: true });
			observer.observe(status, { childList: true, characterData: true, subtree: true });
			timer = setTimeout(() => done(false), 15_000);
		});
	}, query);
}

/**
 * Time to first results on /search/ for each query: `cold` = a fresh page load, the query being the
 * first one (so it includes loading Pagefind and its WebAssembly); `warm` = Pagefind already loaded by
 * an earlier query ("lithium") in the same page. Median of `runs` of each.
 */
export async function timeToFirstResults(
	browser,
	siteUrl,
	{ queries = QUERIES, runs = 5, onProgress = () => {} } = {},
) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const url = new URL('search/', siteUrl).href;
	const out = [];
	try {
		for (const query of queries) {
			const cold = [];
			const warm = [];
			let status = '';
			let error = null;
			for (let i = 0; i < runs && !error; i++) {
				const page = await context.newPage();
				await page.goto(url, { waitUntil: 'load' });
				const c = await timeQueryInPage(page, query);
				if (c.error) error = c.error;
				else if (c.found) cold.push(c.ms);
				status = c.status ?? status;
				const prime = await timeQueryInPage(page, 'lithium');
				if (!prime.error) {
					const w = await timeQueryInPage(page, query);
					if (w.found) warm.push(w.ms);
				}
				await page.close();
			}
			const found = cold.length > 0;
			out.push({
				query,
				found,
				status,
				coldMs: median(cold),
				warmMs: median(warm),
				coldRuns: cold,
				warmRuns: warm,
				...(error ? { error } : {}),
			});
			onProgress(
				`search "${query}": ${found ? `cold ${median(cold)?.toFixed(0)} ms, warm ${median(warm)?.toFixed(0)} ms` : `no results (${error ?? status})`}`,
			);
		}
	} finally {
		await context.close();
	}
	return out;
}
