import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeBaseLinks from '../../../src/markdown/rehype-base-links';

const render = (md: string, base: string) =>
	String(
		unified()
			.use(remarkParse)
			.use(remarkRehype)
			.use(rehypeBaseLinks, { base })
			.use(rehypeStringify)
			.processSync(md),
	);

describe('rehype-base-links', () => {
	it('prefixes root-relative links with the base path once', () => {
		const html = render(
			'[a](/strategies/3d-hosts/) [b](/atlas/x/) [c](https://x.org/) [d](#h)',
			'/atlas/',
		);
		expect(html).toContain('href="/atlas/strategies/3d-hosts/"');
		expect(html).toContain('href="/atlas/x/"');
		expect(html).toContain('href="https://x.org/"');
		expect(html).toContain('href="#h"');
	});

	it('leaves links alone at the root base, and accepts a base without a trailing slash', () => {
		expect(render('[a](/x/)', '/')).toContain('href="/x/"');
		expect(render('[a](/x/?J=1#f)', '/sub')).toContain('href="/sub/x/?J=1#f"');
	});
});
