/**
 * Glossary terms (content/glossary.yaml) are defined once; this wraps the first use of each term on a
 * page in an <abbr> that shows its expansion on hover and on keyboard focus. Text inside headings,
 * links, code and math is left alone.
 */
import type { Root, Parent, Text, PhrasingContent } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';

export interface AbbrTerm {
	term: string;
	expansion: string;
}

const SKIP = new Set([
	'heading',
	'link',
	'linkReference',
	'inlineCode',
	'code',
	'inlineMath',
	'math',
]);

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export default function remarkAbbr(options: { terms: AbbrTerm[] }) {
	const terms = [...options.terms].sort((a, b) => b.term.length - a.term.length);
	const byTerm = new Map(terms.map((t) => [t.term, t.expansion]));
	const pattern =
		terms.length > 0
			? new RegExp(
					`(?<![\\p{L}\\p{N}_-])(${terms.map((t) => escapeRegExp(t.term)).join('|')})(?![\\p{L}\\p{N}_-])`,
					'gu',
				)
			: null;
	return (tree: Root) => {
		if (!pattern) return;
		const seen = new Set<string>();
		const edits: Array<{ parent: Parent; node: Text; parts: PhrasingContent[] }> = [];
		visitParents(tree, 'text', (node: Text, ancestors) => {
			if (ancestors.some((a) => SKIP.has(a.type) || a.type.startsWith('mdxJsx'))) return;
			const parts: PhrasingContent[] = [];
			let last = 0;
			let changed = false;
			for (const m of node.value.matchAll(pattern)) {
				const term = m[1]!;
				if (seen.has(term)) continue;
				seen.add(term);
				changed = true;
				if (m.index > last) parts.push({ type: 'text', value: node.value.slice(last, m.index) });
				parts.push({
					type: 'text',
					value: term,
					data: {
						hName: 'abbr',
						hProperties: { title: byTerm.get(term), tabIndex: 0, className: ['term'] },
					},
				} as Text);
				last = m.index + term.length;
			}
			if (!changed) return;
			if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
			edits.push({ parent: ancestors[ancestors.length - 1] as Parent, node, parts });
		});
		for (const { parent, node, parts } of edits) {
			const i = parent.children.indexOf(node as never);
			if (i >= 0) parent.children.splice(i, 1, ...(parts as never[]));
		}
	};
}
