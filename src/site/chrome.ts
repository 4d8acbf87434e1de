/**
 * The only JavaScript every reading page ships: the theme toggle, the collapsing navigation, the "/"
 * shortcut, and a trigger that loads the search UI (and Pagefind) the first time the box is used.
 */
type Theme = 'light' | 'dark';

function applyTheme(button: HTMLElement, theme: Theme): void {
	document.documentElement.dataset.theme = theme;
	const other = theme === 'dark' ? 'light' : 'dark';
	button.setAttribute('aria-label', `Switch to ${other} theme`);
	button.setAttribute('aria-pressed', String(theme === 'dark'));
}

export function initChrome(): void {
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
