import { describe, expect, it } from 'vitest';
import directDynamicImport from '../../../src/site/direct-dynamic-import';

type Hook = (this: unknown, ...args: unknown[]) => unknown;
const plugin = directDynamicImport();
const load = plugin.load as unknown as Hook;
const generateBundle = plugin.generateBundle as unknown as Hook;

const chunk = (imports: string[], dynamicImports: string[], css: string[] = []) => ({
	type: 'chunk',
	imports,
	dynamicImports,
	viteMetadata: { importedCss: new Set(css) },
});
/** Runs the bundle check as Rollup would, in the given Vite environment; returns the error, if any. */
function check(bundle: Record<string, unknown>, environment = 'client'): string | undefined {
	try {
		generateBundle.call(
			{
				environment: { name: environment },
				error: (m: string) => {
					throw new Error(m);
				},
			},
			{},
			bundle,
		);
		return undefined;
	} catch (e) {
		return (e as Error).message;
	}
}

describe('directDynamicImport', () => {
	it("replaces Vite's preload helper with a direct call, and nothing else", async () => {
		const code = String(load.call({}, '\0vite/preload-helper.js'));
		expect(code).toMatch(/export const __vitePreload/);
		const mod = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
			__vitePreload: (f: () => number, deps?: string[]) => number;
		};
		expect(mod.__vitePreload(() => 42, ['ignored.js'])).toBe(42);
		expect(load.call({}, '/src/site/chrome.ts')).toBeNull();
	});

	it('accepts dynamic imports of chunks that need no CSS', () => {
		const bundle = {
			'header.js': chunk(['shared.js'], ['search.js']),
			'search.js': chunk(['shared.js'], []),
			'shared.js': chunk([], []),
			'page.css': { type: 'asset' },
		};
		expect(check(bundle)).toBeUndefined();
	});

	it('fails the build, naming both chunks and the CSS, when a dynamic import needs CSS', () => {
		const bundle = {
			'header.js': chunk([], ['search.js']),
			'search.js': chunk(['widget.js'], []),
			// CSS reached through a static import of the dynamically imported chunk counts too.
			'widget.js': chunk(['search.js'], [], ['widget.css']),
		};
		const error = check(bundle);
		expect(error).toContain('header.js imports search.js dynamically');
		expect(error).toContain('widget.css');
	});

	it('leaves the server build alone (its page chunks load CSS another way)', () => {
		const bundle = { 'entry.mjs': chunk([], ['page.mjs']), 'page.mjs': chunk([], [], ['p.css']) };
		expect(check(bundle, 'ssr')).toBeUndefined();
	});
});
