/**
 * KaTeX rendering for components that hold LaTeX in data (equations, symbol tables). Runs at build
 * time only; `throwOnError` makes a malformed formula fail the build rather than reach a page.
 */
import katex from 'katex';

export function renderTex(tex: string, displayMode = false): string {
	try {
		return katex.renderToString(tex, {
			displayMode,
			throwOnError: true,
			output: 'htmlAndMathml',
			strict: 'warn',
		});
	} catch (err) {
		throw new Error(`KaTeX could not render "${tex}": ${(err as Error).message}`);
	}
}

function escapeHtml(s: string): string {
	return s.replace(
		/[&<>"]/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
	);
}

/** Text with `$…$` spans: the text is escaped, the spans are rendered as inline math. */
export function renderTextWithMath(text: string): string {
	return text
		.split(/(\$[^$]+\$)/g)
		.map((part) =>
			part.length > 2 && part.startsWith('$') && part.endsWith('$')
				? renderTex(part.slice(1, -1))
				: escapeHtml(part),
		)
		.join('');
}
