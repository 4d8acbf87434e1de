/**
 * Search, loaded on demand: the header popover and the search page share this module. It talks to
 * Pagefind's JS API (the index built by `npm run build`), shows titles and excerpts with the hits
 * marked, and links to the page with `?highlight=` so the landing page marks the hit too.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results?: Array<{ title: string; url: string; excerpt: string }>;
}
interface PagefindResult {
	id: string;
	data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
	results: PagefindResult[];
	filters?: Record<string, Record<string, number>>;
	unfilteredResultCount?: number;
}
export interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(q: string | null, o?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
	debouncedSearch(
		q: string,
		o?: { filters?: Record<string, unknown> },
		ms?: number,
	): Promise<PagefindSearch | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let pagefindPromise: Promise<Pagefind> | null = null;

/** Loads Pagefind once. Rejects with a readable message when there is no index (dev before a build). */
export function loadPagefind(): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const url = `${BASE}pagefind/pagefind.js`;
		const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
		await pf.options({ baseUrl: BASE, highlightParam: 'highlight', excerptLength: 24 });
		await pf.init();
		return pf;
	})().catch((err: unknown) => {
		pagefindPromise = null;
		throw new Error(
			'The search index is not available. Run `npm run build` (or `npm start`) once to create it.',
			{ cause: err },
		);
	});
	return pagefindPromise;
}

const KIND_LABELS: Record<string, string> = {
	review: 'Paper summary',
	strategy: 'Strategy',
	equation: 'Equation',
	calculator: 'Calculator',
	literature: 'Literature data',
	reference: 'References',
	guide: 'Guide',
};

function escapeHtml(s: string): string {
	return s.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
	);
}

/** Pagefind excerpts are HTML-escaped text with <mark> around hits; keep only those marks. */
export function safeExcerpt(excerpt: string): string {
	return excerpt
		.split(/(<mark>[\s\S]*?<\/mark>)/)
		.map((part) =>
			part.startsWith('<mark>') && part.endsWith('</mark>')
				? `<mark>${escapeHtml(part.slice(6, -7))}</mark>`
				: escapeHtml(part),
		)
		.join('');
}

export function renderResult(d: PagefindResultData): string {
	const kind = d.meta.kind ? (KIND_LABELS[d.meta.kind] ?? d.meta.kind) : '';
	const sub = (d.sub_results ?? []).find((s) => s.url !== d.url && s.url.includes('#'));
	return `<li class="search-result"><a href="${escapeHtml(sub?.url ?? d.url)}">
		<span class="search-title">${escapeHtml(d.meta.title ?? d.url)}${sub ? ` › ${escapeHtml(sub.title)}` : ''}</span>
		${kind ? `<span class="search-kind">${escapeHtml(kind)}</span>` : ''}
		<span class="search-excerpt">${safeExcerpt(sub?.excerpt ?? d.excerpt)}</span></a></li>`;
}

export function attachPopover(form: HTMLFormElement, input: HTMLInputElement, panel: HTMLElement) {
	let seq = 0;
	const close = () => {
		panel.hidden = true;
	};
	const run = async () => {
		const q = input.value.trim();
		const mine = ++seq;
		if (!q) return close();
		let html: string;
		try {
			const pf = await loadPagefind();
			const res = await pf.debouncedSearch(q, {}, 150);
			if (res === null || mine !== seq) return;
			const data = await Promise.all(res.results.slice(0, 6).map((r) => r.data()));
			if (mine !== seq) return;
			html =
				data.length === 0
					? `<p class="search-empty">No results for “${escapeHtml(q)}”.</p>`
					: `<ol class="search-results">${data.map(renderResult).join('')}</ol>
						<p class="search-more"><a href="${BASE}search/?q=${encodeURIComponent(q)}">All ${res.results.length} result${res.results.length === 1 ? '' : 's'} →</a></p>`;
		} catch (err) {
			html = `<p class="search-empty">${escapeHtml((err as Error).message)}</p>`;
		}
		panel.innerHTML = html;
		panel.hidden = false;
	};
	input.addEventListener('input', () => void run());
	input.addEventListener('keydown', (e) => {
		if (e.key === 'Escape') {
			close();
		} else if (e.key === 'ArrowDown') {
			const first = panel.querySelector<HTMLAnchorElement>('a');
			if (first && !panel.hidden) {
				e.preventDefault();
				first.focus();
			}
		}
	});
	panel.addEventListener('keydown', (e) => {
		const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
		const i = links.indexOf(document.activeElement as HTMLAnchorElement);
		if (e.key === 'ArrowDown' && i >= 0) {
			e.preventDefault();
			links[Math.min(i + 1, links.length - 1)]?.focus();
		} else if (e.key === 'ArrowUp' && i >= 0) {
			e.preventDefault();
			(i === 0 ? input : links[i - 1])?.focus();
		} else if (e.key === 'Escape') {
			close();
			input.focus();
		}
	});
	form.addEventListener('focusout', (e) => {
		if (!form.contains(e.relatedTarget as Node | null)) close();
	});
	if (input.value.trim()) void run();
}
