/**
 * Calculator state in the URL query: parse with fallbacks and notices, serialize in canonical units.
 *
 * Query values are numbers in each parameter's documented unit, whatever unit is shown on screen.
 * Unknown, repeated, malformed or out-of-range values never reach the physics: they fall back to the
 * default, and a notice names the parameter. Pure; no DOM.
 */
import { canonicalNumber, parseNumber, quote, say } from './format';

/** One public URL parameter. */
export interface ParamSpec {
	/** Parameter name in the query, e.g. `J`. */
	key: string;
	/** Default value as canonical text; '' = empty (only for optional parameters). */
	default: string;
	/** May be empty (`Q=` in the query, or left blank in the form). */
	optional?: boolean;
	/** Unit of the query value, for notices ('' for dimensionless). */
	unit: string;
}

export type Values = Record<string, string>;

export interface QueryState {
	/** Canonical text per parameter ('' = empty). */
	values: Values;
	/** Plain-language notices about ignored or replaced parameters. */
	notices: string[];
	/** Parameters taken from the query. */
	given: string[];
}

/** The defaults of all parameters. */
export function defaults(specs: readonly ParamSpec[]): Values {
	return Object.fromEntries(specs.map((s) => [s.key, s.default]));
}

/** Notice text for a replaced parameter. */
export function fallbackNotice(spec: ParamSpec, raw: string, why: string): string {
	const d = spec.default === '' ? say('empty') : `${spec.default} ${spec.unit}`.trim();
	return say('ignored', { key: spec.key, raw: quote(raw), why, d });
}

/**
 * Read a query string (with or without '?'). Unknown parameters are ignored with a notice; the first
 * of repeated parameters is used; unparseable values fall back to the default.
 */
export function parseQuery(search: string, specs: readonly ParamSpec[]): QueryState {
	const values = defaults(specs);
	const notices: string[] = [];
	const given: string[] = [];
	const seen: string[] = [];
	for (const [key, raw] of new URLSearchParams(String(search ?? ''))) {
		const spec = specs.find((s) => s.key === key);
		const once = !seen.includes(key);
		seen.push(key);
		if (!spec) {
			if (once && notices.length < 10) notices.push(say('unknown', { key: quote(key) }));
		} else if (!once) {
			if (seen.filter((k) => k === key).length === 2) notices.push(say('repeated', { key }));
		} else {
			const p = parseNumber(raw);
			if (p.kind === 'number' || (p.kind === 'empty' && spec.optional)) {
				values[key] = p.kind === 'number' ? canonicalNumber(p.value) : '';
				given.push(key);
			} else {
				notices.push(
					fallbackNotice(
						spec,
						raw,
						say('why', { r: say(p.kind === 'empty' ? 'r_required' : p.reason) }),
					),
				);
			}
		}
	}
	return { values, notices, given };
}

/**
 * Parse the query, then ask `check` (the calculator's physics: problems per parameter) whether the
 * values work. Rejected
 * parameters from the link fall back to their defaults with a notice. (A combination that overflows
 * although each value is valid is kept: the page then says which result cannot be represented.)
 */
export function resolveQuery(
	search: string,
	specs: readonly ParamSpec[],
	check: (values: Values) => Record<string, { message: string; allowed: string }>,
): QueryState {
	const { values, notices, given } = parseQuery(search, specs);
	for (const [key, p] of Object.entries(check(values))) {
		const spec = specs.find((s) => s.key === key);
		if (spec && given.includes(key)) {
			notices.push(fallbackNotice(spec, values[key] ?? '', `${p.message} (${p.allowed})`));
			values[key] = spec.default;
			given.splice(given.indexOf(key), 1);
		}
	}
	return { values, notices, given };
}

/**
 * Query string for the values ('' when all are defaults). Only parameters that differ from their
 * default are written; an emptied optional parameter is written as `key=`.
 */
export function serializeQuery(values: Values, specs: readonly ParamSpec[]): string {
	const params = new URLSearchParams();
	for (const s of specs) {
		const p = parseNumber(values[s.key] ?? s.default);
		const text =
			p.kind === 'number'
				? canonicalNumber(p.value)
				: p.kind === 'empty' && s.optional
					? ''
					: s.default;
		if (text !== s.default) params.set(s.key, text);
	}
	const q = params.toString();
	return q ? `?${q}` : '';
}
