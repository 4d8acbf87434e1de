import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import rehypeKatexStrict from '../../../src/markdown/rehype-katex-strict';

const pipeline = () =>
	unified()
		.use(remarkParse)
		.use(remarkMath)
		.use(remarkRehype)
		.use(rehypeKatex)
		.use(rehypeKatexStrict)
		.use(rehypeStringify);

describe('rehype-katex-strict', () => {
	it('passes valid math through, rendered with MathML and its TeX annotation', async () => {
		const html = String(await pipeline().process('Sand: $\\tau = \\pi D$'));
		expect(html).toContain('class="katex"');
		expect(html).toContain('<annotation encoding="application/x-tex">\\tau = \\pi D</annotation>');
	});

	it('fails on a KaTeX parse error, naming the file', async () => {
		await expect(
			pipeline().process({ path: 'content/reviews/x.mdx', value: 'Bad: $\\frac{1}{$' }),
		).rejects.toThrow(/KaTeX could not render math in content\/reviews\/x\.mdx/);
	});

	it('fails on an undefined control sequence', async () => {
		await expect(pipeline().process('$$\\notacommand x$$')).rejects.toThrow(/KaTeX/);
	});
});
