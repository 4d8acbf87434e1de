/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) per page type, mobile (Lighthouse's
 * default config: emulated Moto G Power, simulated slow 4G and 4× CPU throttling) and desktop
 * (lighthouse/core/config/desktop-config.js), one run each, with the `lighthouse` package driving
 * Debian's Chromium through chrome-launcher. Any failure becomes a row with the reason.
 *
 * Offline: the throttling is simulated (Lantern), so Lighthouse needs no network; its error reporting
 * (Sentry) is off in the Node API. Chromium gets chrome-launcher's default flags (no background
 * networking, component updates, sync, translate, safe browsing…) plus a host-resolver rule that
 * makes every host but 127.0.0.1/localhost unresolvable, so nothing can leave the machine even if a
 * page asked for it; such requests are counted per run (they would also be a finding: the site's CSP
 * allows its own origin only). Debian's /usr/bin/chromium is a shell wrapper that adds Google API keys
 * and extension flags; when the real binary (/usr/lib/chromium/chromium) is next to it, that is
 * launched instead.
 */
import { Buffer } from 'node:buffer';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { errorMessage } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** chrome-launcher flags of the issue, then the offline guard. */
const FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-dev-shm-usage',
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Debian's /usr/bin/chromium wrapper script → the browser binary it execs, when present. */
export function chromiumBinary(chromePath) {
	const real = '/usr/lib/chromium/chromium';
	try {
		const fd = openSync(chromePath, 'r');
		const head = Buffer.alloc(2);
		readSync(fd, head, 0, 2, 0);
		closeSync(fd);
		if (head.toString() === '#!' && existsSync(real)) return real;
	} catch {
		/* not readable: use it as given */
	}
	return chromePath;
}

const isLocal = (url) => {
	try {
		const u = new URL(url);
		if (!/^https?:$/.test(u.protocol)) return true;
		return ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
	} catch {
		return true;
	}
};

/** Up to three short descriptions of an audit's failing items (node, URL, text or source). */
function itemSamples(audit) {
	const items = audit?.details?.items ?? [];
	return items.slice(0, 3).map((it) => {
		const node = it.node ?? it.subItems?.items?.[0]?.relatedNode;
		const text =
			node?.snippet ??
			it.description ??
			it.url ??
			it.source?.url ??
			it.issueType ??
			it.subItems?.items?.map((x) => x.url ?? '').join(' ') ??
			JSON.stringify(it);
		return String(text).replace(/\s+/g, ' ').slice(0, 160);
	});
}

/**
 * Runs Lighthouse for each page and preset. Returns { version, runs: [{ page, preset, scores | error }] }
 * or { unavailable } when Lighthouse itself cannot start.
 */
export async function runLighthouse(chromePath, siteUrl, pages, { onProgress = () => {} } = {}) {
	let lighthouse, desktopConfig, chromeLauncher, version;
	try {
		({ default: lighthouse } = await import('lighthouse'));
		({ default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js'));
		chromeLauncher = await import('chrome-launcher');
		const { createRequire } = await import('node:module');
		version = createRequire(import.meta.url)('lighthouse/package.json').version;
	} catch (err) {
		return { unavailable: `the lighthouse package cannot be loaded: ${errorMessage(err)}` };
	}
	let chrome;
	try {
		chrome = await chromeLauncher.launch({
			chromePath: chromiumBinary(chromePath),
			chromeFlags: FLAGS,
			logLevel: 'silent',
		});
	} catch (err) {
		return { unavailable: `chrome-launcher could not start ${chromePath}: ${errorMessage(err)}` };
	}
	const runs = [];
	try {
		for (const page of pages) {
			for (const [preset, config] of [
				['mobile', undefined],
				['desktop', desktopConfig],
			]) {
				const url = new URL(page.path.replace(/^\//, ''), siteUrl).href;
				const t0 = Date.now();
				try {
					const result = await lighthouse(
						url,
						{
							port: chrome.port,
							output: 'json',
							logLevel: 'error',
							onlyCategories: CATEGORIES,
							disableFullPageScreenshot: true,
						},
						config,
					);
					const lhr = result?.lhr;
					if (!lhr) throw new Error('Lighthouse returned no result');
					if (lhr.runtimeError)
						throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
					const scores = Object.fromEntries(
						CATEGORIES.map((c) => {
							const s = lhr.categories[c]?.score;
							return [c, typeof s === 'number' ? Math.round(s * 100) : null];
						}),
					);
					const metrics = {
						lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
						tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
						cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
					};
					// The audits that cost points in the non-performance categories, with a few examples.
					const failing = {};
					const findings = [];
					for (const c of CATEGORIES.filter((x) => x !== 'performance')) {
						failing[c] = [];
						for (const ref of lhr.categories[c]?.auditRefs ?? []) {
							const audit = lhr.audits[ref.id];
							if (ref.weight > 0 && typeof audit?.score === 'number' && audit.score < 1) {
								failing[c].push(ref.id);
								findings.push({
									category: c,
									id: ref.id,
									title: audit.title,
									samples: itemSamples(audit),
								});
							}
						}
					}
					const network = lhr.audits['network-requests']?.details?.items;
					const external = (network ?? []).map((q) => q.url).filter((u) => !isLocal(u));
					runs.push({
						page: page.name,
						preset,
						scores,
						metrics,
						failing,
						findings,
						requests: network ? network.length : null,
						external,
						warnings: lhr.runWarnings ?? [],
					});
					onProgress(
						`lighthouse ${preset} ${page.path}: ${CATEGORIES.map((c) => scores[c]).join(' / ')} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
					);
				} catch (err) {
					runs.push({ page: page.name, preset, error: errorMessage(err) });
					onProgress(`lighthouse ${preset} ${page.path}: failed — ${errorMessage(err)}`);
				}
			}
		}
	} finally {
		await chrome.kill();
	}
	return { version, runs };
}
