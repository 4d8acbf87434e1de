/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf; every browser we serve reads woff2, so we
 * drop the other two before Vite bundles the CSS. The site then ships only woff2 files, from its own
 * origin, matching the KaTeX version rehype-katex renders with.
 */
import type { Plugin } from 'vite';

export default function katexWoff2Only(): Plugin {
	return {
		name: 'atlas:katex-woff2-only',
		enforce: 'pre',
		transform(code, id) {
			if (!/katex[\\/]dist[\\/]katex(\.min)?\.css/.test(id)) return null;
			return {
				code: code.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, ''),
				map: null,
			};
		},
	};
}
