/**
 * Link checker over both builds (root and /atlas/ base): every internal href/src resolves to a built
 * file and every #fragment to an id on the target page; every external link is well-formed https.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, pagePath } from './site-files';

const ATTR = /\s(href|src|id)="([^"]*)"/g;

/** Attribute values as the browser reads them: named, decimal and hex character references. */
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
function decode(s: string): string {
	return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
		const code =
			ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
		return String.fromCodePoint(code);
	});
}

function checkSite(dir: string, base: string) {
	const files = htmlFiles(dir);
	const ids = new Map<string, Set<string>>();
	const links: Array<{ from: string; url: string }> = [];
	for (const f of files) {
		const html = readFileSync(join(dir, f), 'utf8');
		const set = new Set<string>();
		for (const m of html.matchAll(ATTR)) {
			const value = decode(m[2]!);
			if (m[1] === 'id') set.add(value);
			else links.push({ from: f, url: value });
		}
		ids.set(f, set);
	}
	const problems: string[] = [];
	for (const { from, url } of links) {
		if (/^(mailto:|data:|tel:)/.test(url)) continue;
		if (/^[a-z]+:/i.test(url) || url.startsWith('//')) {
			try {
				const u = new URL(url);
				if (u.protocol !== 'https:' && !/^http:\/\/(localhost|127\.0\.0\.1)/.test(url))
					problems.push(`${from}: external link is not https: ${url}`);
			} catch {
				problems.push(`${from}: malformed external link: ${url}`);
			}
			continue;
		}
		const [pathAndQuery, fragment] = url.split('#') as [string, string | undefined];
		const path = pathAndQuery.split('?')[0]!;
		let target: string;
		if (path === '') {
			target = from;
		} else {
			const abs = path.startsWith('/')
				? path
				: new URL(path, `http://x/${base.slice(1)}${pagePath(from)}`).pathname;
			if (!abs.startsWith(base)) {
				problems.push(`${from}: link outside the base path ${base}: ${url}`);
				continue;
			}
			const rel = decodeURIComponent(abs.slice(base.length));
			target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
			if (!existsSync(join(dir, target))) {
				problems.push(`${from}: broken link ${url}`);
				continue;
			}
		}
		if (fragment && target.endsWith('.html')) {
			const targetIds = ids.get(target);
			if (!targetIds?.has(decodeURIComponent(fragment)))
				problems.push(`${from}: missing anchor #${fragment} in ${target}`);
		}
	}
	return { files: files.length, links: links.length, problems };
}

describe('internal links and anchors', () => {
	it('resolve in the build at the site root', () => {
		const r = checkSite(inject('distRoot'), '/');
		expect(r.files).toBeGreaterThan(10);
		expect(r.problems).toEqual([]);
	});

	it('resolve in the build under a base path', () => {
		const r = checkSite(inject('distBase'), inject('base'));
		expect(r.files).toBeGreaterThan(10);
		expect(r.links).toBeGreaterThan(100);
		expect(r.problems).toEqual([]);
	});
});
