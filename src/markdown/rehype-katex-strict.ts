/**
 * rehype-katex reports a parse error as a message and renders red error text into the page. We want a
 * broken formula to stop the build instead, naming the file and the formula. Runs after rehype-katex.
 */
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';

function textOf(node: Element): string {
	let out = '';
	visit(node, 'text', (t) => {
		out += t.value;
	});
	return out;
}

export default function rehypeKatexStrict() {
	return (tree: Root, file: VFile) => {
		const katexMessages = file.messages.filter((m) => m.source === 'rehype-katex');
		if (katexMessages.length > 0) {
			const first = katexMessages[0]!;
			throw new Error(
				`KaTeX could not render math in ${file.path ?? 'a Markdown file'} at line ${first.line ?? '?'}: ${
					first.cause instanceof Error ? first.cause.message : first.reason
				}`,
			);
		}
		visit(tree, 'element', (node) => {
			const cls = node.properties?.className;
			if (Array.isArray(cls) && cls.includes('katex-error')) {
				throw new Error(
					`KaTeX error in ${file.path ?? 'a Markdown file'}: ${String(node.properties?.title ?? '')} in "${textOf(node)}"`,
				);
			}
		});
	};
}
