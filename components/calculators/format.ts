/**
 * Number formatting for the calculators: text parsing of inputs, display with 3–4 significant
 * figures and Unicode exponents, canonical strings for URLs, and data-value strings. Pure; every
 * function returns a string or a tagged value and never NaN, Infinity or "undefined".
 */
import { inUnit } from './units';

export const MINUS = '\u2212';

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → "¹²", −5 → "⁻⁵". */
export function superscript(n: number): string {
	return String(n)
		.replace(/\D/g, (c) => (c === '-' ? '⁻' : ''))
		.replace(/\d/g, (d) => SUP[+d] ?? '');
}

/** Result of parsing what a person typed (or what a URL carried). */
export type Parsed =
	| { kind: 'empty' }
	| { kind: 'number'; value: number }
	/** `reason` is a text key: r_nan or r_big (see ui-text.ts). */
	| { kind: 'invalid'; reason: string };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Parse a decimal number: digits with an optional point and exponent ("4", "0.25", "1e-5",
 * "−3" with a Unicode minus). Rejects words, NaN, Infinity, hexadecimal, commas and other text.
 * −0 becomes 0.
 */
export function parseNumber(raw: string): Parsed {
	const s = String(raw ?? '')
		.trim()
		.replace(/\u2212/g, '-');
	if (s === '') return { kind: 'empty' };
	const value = Number(s);
	const reason = !NUMBER.test(s) ? 'r_nan' : !Number.isFinite(value) ? 'r_big' : '';
	return reason ? { kind: 'invalid', reason } : { kind: 'number', value: value === 0 ? 0 : value };
}

/** Short echo of user text for messages (its first 24 characters, in quotes). */
export function quote(raw: string): string {
	return `“${String(raw ?? '').slice(0, 24)}”`;
}

/**
 * Mantissa and exponent for display with `digits` significant figures: plain notation for
 * 0.001 ≤ |x| < 100 000, scientific outside. Non-finite input gives an empty mantissa.
 */
export function sciParts(x: number, digits = 4): { mantissa: string; exponent: number | null } {
	if (!Number.isFinite(x)) return { mantissa: '', exponent: null };
	if (x === 0) return { mantissa: '0', exponent: null };
	const abs = Math.abs(x);
	const sign = x < 0 ? MINUS : '';
	if (abs >= 1e-3 && abs < 1e5) {
		return { mantissa: sign + String(Number(abs.toPrecision(digits))), exponent: null };
	}
	const [m = '0', e = '0'] = abs.toExponential(digits - 1).split('e');
	return { mantissa: sign + String(Number(m)), exponent: Number(e) };
}

/** 8124.3 → "8124"; 1.2e-9 → "1.2 × 10⁻⁹"; −0.5 → "−0.5". */
export function formatNumber(x: number, digits = 4): string {
	const { mantissa, exponent } = sciParts(x, digits);
	if (mantissa === '') return '—';
	return exponent === null ? mantissa : `${mantissa} × 10${superscript(exponent)}`;
}

/** Number and unit; unit '' or '1' means dimensionless. */
export function formatQuantity(x: number, unit: string, digits = 4): string {
	const n = formatNumber(x, digits);
	return unit && unit !== '1' && n !== '—' ? `${n} ${unit}` : n;
}

/** Display unit for a duration in s: s below 2 min, min below 2 h, else h. */
export function durationUnit(seconds: number): 's' | 'min' | 'h' {
	const abs = Math.abs(seconds);
	return abs < 120 ? 's' : abs < 7200 ? 'min' : 'h';
}

/** A duration in s, shown in the unit of {@link durationUnit}. */
export function formatDuration(seconds: number, digits = 4): string {
	if (!Number.isFinite(seconds)) return '—';
	const unit = durationUnit(seconds);
	const v = inUnit(unit, seconds);
	return v === undefined ? '—' : formatQuantity(v, unit, digits);
}

/** The data-value attribute: full precision, '' when there is no finite number. */
export function dataValue(x: number | undefined | null): string {
	return typeof x === 'number' && Number.isFinite(x) ? String(x === 0 ? 0 : x) : '';
}

/**
 * Canonical text of a number for URLs and input boxes: 12 significant digits (hides binary noise
 * such as 0.30000000000000004), in JavaScript's own notation (0.00001, 1e-7, 1e+21).
 */
export function canonicalNumber(x: number): string {
	return Number.isFinite(x) && x !== 0 ? String(Number(x.toPrecision(12))) : '0';
}

/** Fill "{name}" placeholders of a text template; unknown names become ''. */
export function fill(template: string | undefined, vars: Record<string, string> = {}): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

let texts: Record<string, string> = {};

/**
 * Install the sentence templates (ui-text.ts plus the calculator's own), passed to the island as a
 * prop so that the wording does not ship as JavaScript.
 */
export function setText(t: Record<string, string> | undefined): void {
	if (t) texts = t;
}

/** The installed template `key`, filled with `vars`. */
export function say(key: string, vars?: Record<string, string>): string {
	return fill(texts[key], vars);
}

/**
 * A number as MathML markup: <mn>4.1</mn>, or mantissa × 10^exponent; with a unit in upright text
 * when `unit` is given. Only digits, signs and the unit string of the caller reach the markup.
 */
export function mathNumber(x: number, unit = '', digits = 4): string {
	const { mantissa, exponent } = sciParts(x, digits);
	const n =
		mantissa === ''
			? '<mtext>—</mtext>'
			: exponent === null
				? `<mn>${mantissa}</mn>`
				: `<mrow><mn>${mantissa}</mn><mo>×</mo><msup><mn>10</mn><mn>${String(exponent).replace('-', MINUS)}</mn></msup></mrow>`;
	return unit ? `<mrow>${n}<mspace width="0.2em"/><mtext>${unit}</mtext></mrow>` : n;
}

/** mathNumber() of every entry (values of an equation template). */
export function mathVars(values: Record<string, number | undefined>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).map(([k, x]) => [k, mathNumber(x ?? NaN)]));
}
