/** Lists the built pages of a dist folder, as paths relative to the base (`reviews/x/`). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function htmlFiles(dir: string): string[] {
	const out: string[] = [];
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) {
				if (e.name !== 'pagefind' && e.name !== '_astro') walk(p);
			} else if (e.name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/** `reviews/x/index.html` → `reviews/x/`; `404.html` → `404.html`. */
export function pagePath(file: string): string {
	if (file === 'index.html') return '';
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}
