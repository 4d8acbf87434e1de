/**
 * The search page: full result list with Pagefind's filters (source paper, kind of page, topic,
 * liquid/solid). The query and filters live in the URL so a search can be shared.
 */
import { loadPagefind, renderResult } from './search-ui';

export function initSearchPage(root: HTMLElement): void {
	const form = root.querySelector<HTMLFormElement>('form')!;
	const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
	const status = root.querySelector<HTMLElement>('[data-status]')!;
	const list = root.querySelector<HTMLElement>('[data-results]')!;
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	const params = new URLSearchParams(location.search);
	input.value = params.get('q') ?? '';
	for (const s of selects) s.value = params.get(s.name) ?? '';

	let seq = 0;
	const run = async () => {
		const mine = ++seq;
		const q = input.value.trim();
		const filters: Record<string, string> = {};
		for (const s of selects) if (s.value) filters[s.dataset.filter!] = s.value;
		const url = new URL(location.href);
		url.search = '';
		if (q) url.searchParams.set('q', q);
		for (const s of selects) if (s.value) url.searchParams.set(s.name, s.value);
		history.replaceState(null, '', url);
		if (!q && Object.keys(filters).length === 0) {
			list.innerHTML = '';
			status.textContent = 'Type a word to search every page, table row and equation.';
			return;
		}
		status.textContent = 'Searching…';
		try {
			const pf = await loadPagefind();
			const res = await pf.search(q || null, { filters });
			if (mine !== seq) return;
			const data = await Promise.all(res.results.slice(0, 50).map((r) => r.data()));
			if (mine !== seq) return;
			list.innerHTML = data.map(renderResult).join('');
			const n = res.results.length;
			status.textContent =
				n === 0
					? `No results${q ? ` for “${q}”` : ''}.`
					: `${n} result${n === 1 ? '' : 's'}${q ? ` for “${q}”` : ''}${n > 50 ? ' (showing the first 50)' : ''}.`;
		} catch (err) {
			list.innerHTML = '';
			status.textContent = (err as Error).message;
		}
	};
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		void run();
	});
	input.addEventListener('input', () => void run());
	for (const s of selects) s.addEventListener('change', () => void run());
	void run();
}
