/**
 * Vite wraps every dynamic import of the client build in its preload helper (0.65 KB gzip): it adds
 * <link rel="modulepreload"> for the imported chunk's own imports and waits for the CSS that chunk
 * needs. The site has one such import, the header's search UI (src/site/chrome.ts), a single chunk
 * with no CSS, so the helper would do nothing yet ship on every page: half the JavaScript of a
 * reading page and 4 % of a calculator page's 15 KB budget. This plugin swaps it for a direct call.
 * Should a dynamically imported chunk ever need CSS, the build fails and names it, so nothing
 * goes missing silently.
 */
import type { Plugin, Rollup } from 'vite';

/** Vite's module id of the helper (vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER = '\0vite/preload-helper.js';

export default function directDynamicImport(): Plugin {
	return {
		name: 'atlas:direct-dynamic-import',
		enforce: 'pre',
		load(id) {
			// Same signature as Vite's __vitePreload(load, deps, importerUrl); deps are not needed.
			if (id === HELPER) return 'export const __vitePreload = (load) => load();';
			return null;
		},
		generateBundle(_options, bundle) {
			if (this.environment?.name !== 'client') return;
			const chunk = (name: string): Rollup.OutputChunk | undefined => {
				const c = bundle[name];
				return c?.type === 'chunk' ? c : undefined;
			};
			/** CSS files a chunk needs, with those of everything it imports statically. */
			const css = (name: string, seen = new Set<string>()): string[] => {
				const c = chunk(name);
				if (!c || seen.has(name)) return [];
				seen.add(name);
				return [...(c.viteMetadata?.importedCss ?? []), ...c.imports.flatMap((i) => css(i, seen))];
			};
			for (const name of Object.keys(bundle)) {
				for (const target of chunk(name)?.dynamicImports ?? []) {
					const needs = css(target);
					if (needs.length)
						this.error(
							`${name} imports ${target} dynamically, and that chunk needs CSS (${needs.join(', ')}), which ` +
								'the direct dynamic import does not load. Import the CSS statically from the page, ' +
								'or remove directDynamicImport() from astro.config.mjs.',
						);
				}
			}
		},
	};
}
