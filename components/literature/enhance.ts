/**
 * The DOM side of the table island. The table itself stays the server-rendered HTML (so Pagefind and
 * readers without JavaScript get every row); the island never re-renders it. Instead:
 *
 * - each header label becomes a sort <button> inside its <th> (W3C APG sortable table), and the sorted
 *   <th> carries aria-sort;
 * - sorting moves the existing <tr> elements into the new order once per sort change (one
 *   DocumentFragment append), and filtering flips the `hidden` attribute of only the rows whose
 *   visibility changed — a keystroke in the filter box costs one pass over a precomputed index plus a
 *   handful of attribute writes, whatever the table size;
 * - the citation / note of a reference link shows in a floating tooltip on hover and focus (the text is
 *   the link's aria-describedby target, already in the page).
 */
import type { TableState } from './table-state';

export interface TableDom {
	/** Puts the rows in `order` (all rows) and shows only `shown`; marks the sorted header. */
	apply(order: Int32Array, shown: Int32Array, sort: TableState['sort']): void;
	destroy(): void;
}

export interface Tip {
	text: string;
	x: number;
	y: number;
	above: boolean;
}

export function enhanceTable(
	table: HTMLTableElement,
	sortable: ReadonlySet<string>,
	onSort: (key: string) => void,
	onTip: (tip: Tip | null) => void,
): TableDom {
	const tbody = table.tBodies[0]!;
	const rows = Array.from(tbody.rows);
	const n = rows.length;
	const headers = Array.from(table.tHead?.rows[0]?.cells ?? []) as HTMLTableCellElement[];

	for (const th of headers) {
		const key = th.dataset.col;
		const label = th.querySelector(':scope > .lit-th-label');
		if (!key || !label || !sortable.has(key)) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'lit-sort';
		button.dataset.sort = key;
		const icon = document.createElement('span');
		icon.className = 'lit-sort-icon';
		icon.setAttribute('aria-hidden', 'true');
		label.replaceWith(button);
		button.append(label, icon);
	}
	// Titles duplicate the descriptions the tooltip shows; keep one of the two.
	for (const el of table.querySelectorAll<HTMLElement>('[aria-describedby][title]'))
		el.removeAttribute('title');
	table.classList.add('lit-enhanced');

	const onClick = (e: Event) => {
		const button = (e.target as Element).closest<HTMLButtonElement>('button.lit-sort');
		if (button?.dataset.sort) onSort(button.dataset.sort);
	};
	table.tHead?.addEventListener('click', onClick);

	const tipFor = (target: EventTarget | null): HTMLElement | null => {
		const el =
			target instanceof Element ? target.closest<HTMLElement>('a[aria-describedby]') : null;
		return el && table.contains(el) ? el : null;
	};
	let current: HTMLElement | null = null;
	const show = (el: HTMLElement) => {
		current = el;
		const text = (el.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.map((id) => document.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
			.filter(Boolean)
			.join('\n');
		if (!text) return;
		const r = el.getBoundingClientRect();
		if (r.bottom < 0 || r.top > window.innerHeight) return onTip(null);
		const above = r.bottom + 160 > window.innerHeight && r.top > 160;
		const width = Math.min(416, window.innerWidth - 16);
		onTip({
			text,
			x: Math.max(4, Math.min(r.left, window.innerWidth - width - 8)),
			y: above ? r.top - 4 : r.bottom + 4,
			above,
		});
	};
	const hide = () => {
		current = null;
		onTip(null);
	};
	// Scrolling (also the scroll that focusing a link causes) moves the tip with its link.
	let frame = 0;
	const follow = () => {
		if (!current || frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			if (current) show(current);
		});
	};
	const over = (e: Event) => {
		const el = tipFor(e.target);
		if (el) show(el);
	};
	const out = (e: Event) => {
		const el = tipFor(e.target);
		const to = (e as MouseEvent | FocusEvent).relatedTarget;
		if (el && !(to instanceof Node && el.contains(to))) hide();
	};
	const key = (e: KeyboardEvent) => {
		if (e.key === 'Escape') hide();
	};
	table.addEventListener('mouseover', over);
	table.addEventListener('mouseout', out);
	table.addEventListener('focusin', over);
	table.addEventListener('focusout', out);
	document.addEventListener('keydown', key);
	document.addEventListener('scroll', follow, true);

	let lastOrder: Int32Array | null = null;
	const visible = new Uint8Array(n).fill(1);
	const mark = new Uint8Array(n);

	return {
		apply(order, shown, sort) {
			if (order !== lastOrder) {
				const frag = document.createDocumentFragment();
				for (const i of order) frag.appendChild(rows[i]!);
				tbody.appendChild(frag);
				lastOrder = order;
			}
			mark.fill(0);
			for (const i of shown) mark[i] = 1;
			for (let i = 0; i < n; i++) {
				if (mark[i] !== visible[i]) {
					rows[i]!.hidden = !mark[i];
					visible[i] = mark[i]!;
				}
			}
			for (const th of headers) {
				if (sort && th.dataset.col === sort.key)
					th.setAttribute('aria-sort', sort.dir === 'asc' ? 'ascending' : 'descending');
				else th.removeAttribute('aria-sort');
			}
		},
		destroy() {
			table.tHead?.removeEventListener('click', onClick);
			table.removeEventListener('mouseover', over);
			table.removeEventListener('mouseout', out);
			table.removeEventListener('focusin', over);
			table.removeEventListener('focusout', out);
			document.removeEventListener('keydown', key);
			document.removeEventListener('scroll', follow, true);
			cancelAnimationFrame(frame);
		},
	};
}
