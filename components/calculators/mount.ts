/**
 * Hydrates a calculator island without Astro's island runtime. Why: `client:idle` ships Astro's
 * <astro-island> element, its idle directive and the Preact renderer (2.3 KB gzip together), and the
 * calculator pages have a 15 KB budget for all their JavaScript, Preact included (issue #3).
 *
 * The page renders the component on the server with no client directive inside CalcMount.astro,
 * which writes the same props as JSON right after the mount point. Astro inlines the HTML of a
 * static component's slots without a wrapper, so each slot's content is one element that names its
 * slot in `data-slot` (the form, the KaTeX equations). That element goes back into the props as the
 * same tag with the same inner HTML, so the first client render matches the server's and hydration
 * only attaches listeners. Like client:idle, this waits until the browser is idle.
 */
import { type ComponentType, h, hydrate } from 'preact';

/** A slot's server HTML, kept as it is (the island changes only attributes and values in it). */
const Slot = (p: { tag: string; html: string }) =>
	h(p.tag, { dangerouslySetInnerHTML: { __html: p.html } });

/** Hydrate every calculator mount point on the page with `island` (props: the JSON after it). */
export function mount<P>(island: ComponentType<P>): void {
	const start = () => {
		for (const root of document.querySelectorAll<HTMLElement>('[data-calc-mount]')) {
			const props = JSON.parse(root.nextElementSibling?.textContent || '{}') as Record<
				string,
				unknown
			>;
			for (const s of root.querySelectorAll<HTMLElement>('[data-slot]'))
				props[s.dataset.slot ?? ''] = h(Slot, { tag: s.localName, html: s.innerHTML });
			hydrate(h(island, props as P & Record<string, unknown>), root);
		}
	};
	if ('requestIdleCallback' in window) requestIdleCallback(start);
	else setTimeout(start, 200);
}
