/**
 * Authors write site links root-relative (`/strategies/3d-hosts/`). When the site is deployed under a
 * base path (`/atlas/`), those links must carry it. This prefixes every root-relative href/src once.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeBaseLinks(options: { base: string }) {
	const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
	return (tree: Root) => {
		if (base === '/') return;
		visit(tree, 'element', (node) => {
			for (const attr of ['href', 'src'] as const) {
				const value = node.properties?.[attr];
				if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
					if (!value.startsWith(base)) node.properties[attr] = base + value.slice(1);
				}
			}
		});
	};
}
