import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkAbbr from '../../../src/markdown/remark-abbr';

const terms = [
	{ term: 'SEI', expansion: 'solid electrolyte interphase' },
	{ term: 'ASEI', expansion: 'artificial solid electrolyte interphase' },
	{ term: 'LLZTO', expansion: 'Ta-doped LLZO garnet' },
];
const render = (md: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkAbbr, { terms })
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(md),
	);

describe('remark-abbr', () => {
	it('wraps the first use of each term in a focusable <abbr> with its expansion', () => {
		const html = render('An SEI forms. The SEI grows. An ASEI helps.');
		expect(html.match(/<abbr/g)).toHaveLength(2);
		expect(html).toContain(
			'<abbr title="solid electrolyte interphase" tabindex="0" class="term">SEI</abbr>',
		);
		expect(html).toContain(
			'<abbr title="artificial solid electrolyte interphase" tabindex="0" class="term">ASEI</abbr>',
		);
	});

	it('matches whole words only and skips headings, links and code', () => {
		const html = render('# SEI\n\n[SEI](/x/) `SEI` SEIs LLZTO-based and LLZTO.');
		expect(html).toContain('<h1>SEI</h1>');
		expect(html).toContain('<code>SEI</code>');
		expect(html).not.toContain('>SEIs<');
		expect(html.match(/<abbr[^>]*>LLZTO<\/abbr>/g)).toHaveLength(1);
		expect(html).toContain('LLZTO-based and <abbr');
	});
});
