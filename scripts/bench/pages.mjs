/**
 * The page types the bench measures, found in the built site, and their weight: HTML, CSS and JS
 * (gzip) from the files, and the JS Chromium actually requests on first load.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage, fileGzipSize, gzipSize } from './util.mjs';

/** Sub-folders of a dist folder that hold an index.html, sorted. */
function pageDirs(dist, folder) {
	const dir = join(dist, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
		.map((e) => e.name)
		.sort();
}

function largest(dist, folder, names) {
	let best = null;
	for (const name of names) {
		const size = statSync(join(dist, folder, name, 'index.html')).size;
		if (!best || size > best.size) best = { name, size };
	}
	return best?.name ?? null;
}

/** Fallback when src/site/nav.ts cannot be read: the calculators of the issue. */
const CALCULATORS = ['sands-time', 'ccd', 'areal-capacity'];

/**
 * Slugs of the calculators listed in the site navigation (the CALCULATORS list of src/site/nav.ts,
 * read as text: the bench runs on plain Node, without a TypeScript loader).
 */
export function plannedCalculators(root) {
	const file = root && join(root, 'src', 'site', 'nav.ts');
	if (!file || !existsSync(file)) return CALCULATORS;
	const slugs = [...readFileSync(file, 'utf8').matchAll(/['"]\/calculators\/([\w-]+)\/['"]/g)].map(
		(m) => m[1],
	);
	return slugs.length ? [...new Set(slugs)] : CALCULATORS;
}

/**
 * The page types of the issue. Each is { type, label, path (URL path from the root, '/x/'), kind } or,
 * when the site has no such page yet, { type, label, unavailable }. For "a review" and "a literature
 * table" the largest page of its kind is taken (the worst case); every calculator of the navigation is listed (and any other built one).
 */
export function discoverPages(dist, root) {
	const pages = [];
	const add = (type, label, path, kind, missingName = label) => {
		if (path && existsSync(join(dist, path, 'index.html')))
			pages.push({ type, label, path, kind, name: `${label} \`${path}\`` });
		else pages.push({ type, label, name: missingName, unavailable: 'not available yet' });
	};
	add('home', 'home', '/', 'reading');
	const review = largest(dist, 'reviews', pageDirs(dist, 'reviews'));
	add('review', 'review', review && `/reviews/${review}/`, 'reading');
	const strategies = pageDirs(dist, 'strategies');
	const strategy = largest(dist, 'strategies', strategies);
	add('strategy', 'strategy', strategy && `/strategies/${strategy}/`, 'reading');
	add('equations', 'equations', '/equations/', 'reading');
	// Every calculator the navigation promises, then any other one that was built; a promised one
	// that is not built yet is listed as not available.
	const calculators = [...new Set([...plannedCalculators(root), ...pageDirs(dist, 'calculators')])];
	if (calculators.length === 0) add('calculator', 'calculator', null, 'calculator');
	for (const c of calculators)
		add(
			'calculator',
			'calculator',
			`/calculators/${c}/`,
			'calculator',
			`calculator \`/calculators/${c}/\``,
		);
	const tables = pageDirs(dist, 'literature').filter((n) => n !== 'explorer');
	const table = largest(dist, 'literature', tables);
	add('table', 'literature table', table && `/literature/${table}/`, 'table');
	add('explorer', 'explorer', '/literature/explorer/', 'explorer');
	add('search', 'search', '/search/', 'search');
	return pages;
}

const attr = (tag, name) => {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
	return m ? (m[1] ?? m[2] ?? m[3]) : null;
};

/** URL path (from the site root) → file in dist. */
function distFile(dist, urlPath) {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
	return join(dist, clean.replace(/^\/+/, ''));
}

/** Static imports (`import … from "x"`, `import "x"`, `export … from "x"`) of a built JS file. */
function staticImports(code) {
	const out = [];
	const re = /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g;
	let m;
	while ((m = re.exec(code))) out.push(m[1]);
	return out;
}

/** Names of the shared Preact runtime chunks (excluded from the table page's budget). */
const PREACT_RUNTIME =
	/^(client|preact\.module|hooks\.module|signals\.module|signals-core\.module|jsxRuntime\.module|compat\.module)\.[\w-]+\.js$/;

/**
 * The weight of one built page from the files: HTML (raw and gzip, including inline <style> and
 * <script>), linked stylesheets (gzip, each file compressed on its own), and all the JS the page runs
 * without a dynamic import — inline scripts (not JSON data), module scripts, island components and
 * renderers, and their static imports — gzip, as tests/browser/budgets.test.ts counts it. Dynamic
 * imports (the search UI and Pagefind) are not counted here.
 */
export function staticWeight(dist, page) {
	const htmlPath = join(dist, page.path, 'index.html');
	const html = readFileSync(htmlPath);
	const text = html.toString('utf8');
	const css = new Set();
	const js = new Set();
	for (const tag of text.match(/<link\b[^>]*>/gi) ?? []) {
		const rel = (attr(tag, 'rel') ?? '').toLowerCase();
		const href = attr(tag, 'href');
		if (!href || /^[a-z]+:/i.test(href)) continue;
		if (rel === 'stylesheet') css.add(posix.resolve(page.path, href));
		if (rel === 'modulepreload') js.add(posix.resolve(page.path, href));
	}
	for (const tag of text.match(/<script\b[^>]*>/gi) ?? []) {
		const src = attr(tag, 'src');
		if (src && !/^[a-z]+:/i.test(src)) js.add(posix.resolve(page.path, src));
	}
	for (const tag of text.match(/<astro-island\b[^>]*>/gi) ?? []) {
		for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
			const u = attr(tag, name);
			if (u) js.add(posix.resolve(page.path, u));
		}
	}
	// Follow static imports.
	const queue = [...js];
	while (queue.length) {
		const url = queue.shift();
		const file = distFile(dist, url);
		if (!existsSync(file)) continue;
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
			const next = spec.startsWith('/') ? spec : posix.resolve(posix.dirname(url), spec);
			if (!js.has(next)) {
				js.add(next);
				queue.push(next);
			}
		}
	}
	const sizeOf = (urls) =>
		[...urls].reduce((sum, u) => {
			const f = distFile(dist, u);
			return sum + (existsSync(f) ? fileGzipSize(f) : 0);
		}, 0);
	const jsFiles = [...js].sort();
	const runtime = jsFiles.filter((u) => PREACT_RUNTIME.test(posix.basename(u)));
	const inline = [...text.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)];
	const inlineScripts = inline.map((m) => m[0]).join('');
	// Inline scripts run too (theme, Astro's island runtime); JSON data blocks do not.
	const inlineJsGzip = inline
		.filter((m) => !/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1]) && m[2].trim())
		.reduce((sum, m) => sum + gzipSize(m[2]), 0);
	return {
		htmlBytes: html.length,
		htmlGzip: gzipSize(html),
		cssFiles: [...css].sort(),
		cssGzip: sizeOf(css),
		inlineStyleBytes: (text.match(/<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []).join('').length,
		jsFiles,
		jsGzip: sizeOf(js) + inlineJsGzip,
		jsGzipBeyondPreact: sizeOf(jsFiles.filter((u) => !runtime.includes(u))) + inlineJsGzip,
		inlineScriptBytes: inlineScripts.length,
	};
}

/** The JS budgets of docs/developing.md, checked against the static JS of each page. */
export function budgetCheck(page, weight) {
	const KB = 1024;
	switch (page.kind) {
		case 'reading':
			return { rule: '≤ 3 KB', ok: weight.jsGzip <= 3 * KB };
		case 'calculator':
			return { rule: '≤ 15 KB', ok: weight.jsGzip <= 15 * KB };
		case 'table':
			return { rule: '≤ 20 KB + Preact', ok: weight.jsGzipBeyondPreact <= 20 * KB };
		case 'explorer':
			return { rule: '≤ 40 KB', ok: weight.jsGzip <= 40 * KB };
		default:
			return { rule: '—', ok: null };
	}
}

/**
 * Loads the page in Chromium (1280×720, no scrolling) and lists the .js files it requests until the
 * network has been idle for 500 ms; sizes are the gzip sizes of those files in dist. Islands below the
 * fold (client:visible) are, correctly, not on the first load.
 */
export async function firstLoadJs(browser, siteUrl, dist, page) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const tab = await context.newPage();
	const requested = [];
	const errors = [];
	tab.on('request', (r) => {
		const u = new URL(r.url());
		if (r.resourceType() === 'script' || /\.m?js$/.test(u.pathname)) requested.push(u.pathname);
	});
	tab.on('pageerror', (e) => errors.push(e.message));
	try {
		await tab.goto(new URL(page.path.replace(/^\//, ''), siteUrl).href, { waitUntil: 'load' });
		await tab.waitForLoadState('networkidle');
		await sleep(300);
	} catch (err) {
		await context.close();
		return { error: errorMessage(err) };
	}
	await context.close();
	const base = new URL(siteUrl).pathname;
	const files = [...new Set(requested)].sort();
	let gzip = 0;
	for (const p of files) {
		const f = distFile(dist, '/' + p.slice(base.length));
		if (existsSync(f)) gzip += fileGzipSize(f);
	}
	return {
		files,
		count: files.length,
		gzip,
		pagefind: files.some((f) => f.includes('/pagefind/')),
		pageErrors: errors,
	};
}
