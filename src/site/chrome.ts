/**
 * The only JavaScript every reading page ships: the theme toggle, the collapsing navigation, the "/"
 * shortcut, keyboard access to blocks that scroll sideways, and a trigger that loads the search UI
 * (and Pagefind) the first time the box is used.
 */
type Theme = 'light' | 'dark';

function applyTheme(button: HTMLElement, theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	const other = theme === 'dark' ? 'light' : 'dark';
	button.setAttribute('aria-label', `Switch to ${other} theme`);
	button.setAttribute('aria-pressed', String(theme === 'dark'));
}

const SCROLLERS = '.katex-display, .table-wrap, pre';

/**
 * A display equation, table or code block wider than the screen scrolls sideways; keyboard users can
 * scroll it only if it takes focus (WCAG 2.1.1). Such blocks get tabindex="0" while, and only while,
 * they overflow, so wide screens get no extra tab stops. They are measured when their size changes
 * (ResizeObserver) and when content-visibility stops skipping them (until then an off-screen block
 * has no laid-out content to measure). Blocks with a tabindex of their own are left alone.
 */
function focusableScrollers(): void {
	const check = (el: Element) => {
		if (el.scrollWidth > el.clientWidth + 1) el.setAttribute('tabindex', '0');
		else el.removeAttribute('tabindex');
	};
	const observer = new ResizeObserver((entries) => entries.forEach((e) => check(e.target)));
	const blocks = [...document.querySelectorAll(SCROLLERS)].filter(
		(el) => !el.hasAttribute('tabindex'),
	);
	blocks.forEach((el) => observer.observe(el));
	// The event does not bubble; a capturing listener on the document sees it for every block.
	document.addEventListener(
		'contentvisibilityautostatechange',
		(e) => {
			const t = e.target as Element;
			if (!(e as Event & { skipped?: boolean }).skipped)
				requestAnimationFrame(() => blocks.forEach((el) => t.contains(el) && check(el)));
		},
		true,
	);
}

export function initChrome(): void {
	focusableScrollers();
	const toggle = document.querySelector<HTMLElement>('[data-theme-toggle]');
	if (toggle) {
		applyTheme(toggle, document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
		toggle.addEventListener('click', () => {
			const next: Theme = document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark';
			applyTheme(toggle, next);
			try {
				localStorage.setItem('theme', next);
			} catch {
				/* storage may be blocked; the choice then lasts for this page only */
			}
		});
	}

	const menu = document.querySelector<HTMLElement>('[data-menu-button]');
	const nav = document.getElementById('site-nav');
	if (menu && nav) {
		menu.addEventListener('click', () => {
			const open = menu.getAttribute('aria-expanded') !== 'true';
			menu.setAttribute('aria-expanded', String(open));
			nav.classList.toggle('open', open);
			if (open) nav.querySelector('a')?.focus();
		});
		nav.addEventListener('keydown', (e) => {
			if (e.key === 'Escape' && nav.classList.contains('open')) {
				menu.click();
				menu.focus();
			}
		});
	}

	const form = document.querySelector<HTMLFormElement>('[data-site-search]');
	const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
	const panel = document.getElementById('site-search-results');
	if (!form || !input || !panel) return;
	let loaded = false;
	const load = () => {
		if (loaded) return;
		loaded = true;
		void import('./search-ui').then((m) => m.attachPopover(form, input, panel));
	};
	input.addEventListener('focus', load, { once: true });
	input.addEventListener('input', load, { once: true });
	document.addEventListener('keydown', (e) => {
		if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
		const t = e.target as HTMLElement | null;
		if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
		e.preventDefault();
		input.focus();
	});
}
