/**
 * The Content-Security-Policy of the built site. Scripts come from the site itself; the few inline
 * scripts (the theme script that prevents a flash of the wrong theme, Astro's island loader) are
 * allowed by their SHA-256 hashes, computed from the built pages — never 'unsafe-inline' or
 * 'unsafe-eval' for scripts. Pagefind runs WebAssembly ('wasm-unsafe-eval'). Styles allow inline
 * because KaTeX positions glyphs with style attributes, which hashes cannot cover.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(p);
		return name.endsWith('.html') ? [p] : [];
	});
}

/** SHA-256 (base64) of every distinct inline script in the built pages. */
export function inlineScriptHashes(distDir) {
	const hashes = new Set();
	for (const file of htmlFiles(distDir)) {
		const html = readFileSync(file, 'utf8');
		for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			if (/type="application\/(ld\+)?json"/.test(m[0])) continue;
			hashes.add(`'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
		}
	}
	return [...hashes].sort();
}

export function contentSecurityPolicy(distDir) {
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHashes(distDir).join(' ')}`,
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"font-src 'self'",
		"connect-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
		"frame-ancestors 'none'",
	].join('; ');
}

/**
 * Writes dist/_headers (the format Netlify and Cloudflare Pages read; scripts/serve.mjs applies it
 * too) with the policy for every path.
 */
export function writeHeaders(distDir) {
	const policy = contentSecurityPolicy(distDir);
	writeFileSync(
		join(distDir, '_headers'),
		`/*\n  Content-Security-Policy: ${policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
	);
	return policy;
}
