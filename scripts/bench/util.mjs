/**
 * Small helpers shared by the bench modules: statistics, gzip sizes, formatting, progress lines,
 * and finding Chromium the same way the browser tests do (tests/browser/browser.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const START = Date.now();

/** A progress line with the elapsed time, e.g. `[bench 1:23] building (run 2 of 3)…`. */
export function progress(message) {
	const s = Math.round((Date.now() - START) / 1000);
	console.log(`[bench ${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}] ${message}`);
}

export function elapsedSeconds() {
	return (Date.now() - START) / 1000;
}

export function median(values) {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (v.length === 0) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** gzip size at the default level (6), as a typical web server or CDN would send it. */
export function gzipSize(bufOrString) {
	return gzipSync(bufOrString).length;
}

export function fileGzipSize(path) {
	return gzipSize(readFileSync(path));
}

/** Total bytes and number of files under a directory. */
export function dirSize(dir) {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		if (entry.isDirectory()) {
			const sub = dirSize(p);
			bytes += sub.bytes;
			files += sub.files;
		} else if (entry.isFile()) {
			bytes += statSync(p).size;
			files += 1;
		}
	}
	return { bytes, files };
}

export function kb(bytes, digits = 1) {
	if (bytes === null || bytes === undefined) return '—';
	return `${(bytes / 1024).toFixed(digits)} KB`;
}

export function ms(value, digits = 1) {
	if (value === null || value === undefined) return '—';
	return `${value.toFixed(digits)} ms`;
}

export function seconds(msValue) {
	if (msValue === null || msValue === undefined) return '—';
	return `${(msValue / 1000).toFixed(1)} s`;
}

export function errorMessage(err) {
	const text = err instanceof Error ? err.message : String(err);
	return text.split('\n')[0].slice(0, 300);
}

/* Same candidates and message as findChromium() in tests/browser/browser.ts. */
const CANDIDATES = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
].filter((p) => !!p);

export function findChromium() {
	const found = CANDIDATES.find((p) => existsSync(p));
	if (!found)
		throw new FatalError(
			'No Chromium found for the browser tests. Install one — `apt-get install -y chromium` on Debian/Ubuntu, ' +
				'or `npx playwright install chromium` elsewhere — or point CHROME_PATH at a Chromium/Chrome binary.',
		);
	return found;
}

/** The launch flags of tests/browser/browser.ts launch(). */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	'--disable-quic',
];

/** A build or setup step that must stop the bench (exit 1), as opposed to a measurement that failed. */
export class FatalError extends Error {}
