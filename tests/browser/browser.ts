/**
 * Launches Chromium for the browser tests. No browser can be downloaded here, so we drive an
 * installed one: CHROME_PATH, else Debian's /usr/bin/chromium. Without one the tests fail with a
 * message saying how to install it — they never skip silently.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
].filter((p): p is string => !!p);

export function findChromium(): string {
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found)
		throw new Error(
			'No Chromium found for the browser tests. Install one — `apt-get install -y chromium` on Debian/Ubuntu, ' +
				'or `npx playwright install chromium` elsewhere — or point CHROME_PATH at a Chromium/Chrome binary.',
		);
	return found;
}

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: findChromium(),
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--disable-sync',
			'--disable-quic',
		],
	});
}

export interface Problems {
	console: string[];
	exceptions: string[];
	failed: string[];
}

/** Records console errors, uncaught exceptions and failed requests of a page. */
export function watch(page: Page): Problems {
	const p: Problems = { console: [], exceptions: [], failed: [] };
	page.on('console', (m) => {
		if (m.type() === 'error') p.console.push(`${m.text()} @ ${page.url()}`);
	});
	page.on('pageerror', (e) => p.exceptions.push(`${e.message} @ ${page.url()}`));
	page.on('requestfailed', (r) => {
		const error = r.failure()?.errorText ?? '';
		// The browser fetches the favicon on its own and cancels that fetch when a test reloads or
		// navigates early; a missing favicon would still show as a 404 response below.
		if (error === 'net::ERR_ABORTED' && /\/favicon\.svg$/.test(r.url())) return;
		p.failed.push(`${r.url()} (${error})`);
	});
	page.on('response', (r) => {
		if (r.status() >= 400 && !r.url().includes('/this-page-does-not-exist'))
			p.failed.push(`${r.url()} → ${r.status()}`);
	});
	return p;
}
