import { describe, expect, it } from 'vitest';
import { renderResult, safeExcerpt } from '../../../src/site/search-ui';

describe('safeExcerpt', () => {
	it('keeps the <mark> around hits and escapes everything else', () => {
		expect(safeExcerpt('a <mark>Sand</mark> time <b>x</b>')).toBe(
			'a <mark>Sand</mark> time &lt;b&gt;x&lt;/b&gt;',
		);
		expect(safeExcerpt('<mark><img src=x onerror=alert(1)></mark>')).toBe(
			'<mark>&lt;img src=x onerror=alert(1)&gt;</mark>',
		);
	});
});

describe('renderResult', () => {
	it('links the best sub-result and labels the kind of page', () => {
		const html = renderResult({
			url: '/atlas/equations/?highlight=tau',
			excerpt: 'the <mark>tau</mark>',
			meta: { title: 'Equations', kind: 'equation' },
			sub_results: [
				{ title: 'Equations', url: '/atlas/equations/?highlight=tau', excerpt: '' },
				{
					title: "Sand's time",
					url: '/atlas/equations/?highlight=tau#seed000-eq1',
					excerpt: 'x <mark>tau</mark>',
				},
			],
		});
		expect(html).toContain('href="/atlas/equations/?highlight=tau#seed000-eq1"');
		expect(html).toContain('Equations › Sand&#39;s time');
		expect(html).toContain('<span class="search-kind">Equation</span>');
	});
});
