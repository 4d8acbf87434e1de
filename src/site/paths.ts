/**
 * Every internal link goes through `href()`, so the site works under any base path (BASE_PATH).
 * `href('/strategies/')` → `/atlas/strategies/` when the base is `/atlas/`.
 */
const BASE = import.meta.env.BASE_URL;

export function href(path: string): string {
	if (/^[a-z]+:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
	const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
	const clean = path.startsWith('/') ? path.slice(1) : path;
	return base + clean;
}

/** The path of the current page without the base, for comparing against nav entries. */
export function stripBase(pathname: string): string {
	const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
	const rest = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
	return rest.endsWith('/') ? rest : `${rest}/`;
}
