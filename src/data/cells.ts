/**
 * How literature cells read as text and sort as numbers. Shared by the server-rendered tables, the
 * table island, the explorer and the CSV/JSON exports, so every view shows a value the same way.
 */
import { formulaToPlain } from './formula';
import type { Column } from './schemas';

type RangeObj = { min?: number; max?: number; printed?: string };

export function formatNumber(n: number): string {
	if (n === 0) return '0';
	const abs = Math.abs(n);
	if (abs >= 1e5 || abs < 1e-3) {
		const [m, e] = n.toExponential().split('e');
		return `${Number(m).toString()}×10${superscript(Number(e))}`;
	}
	return String(n);
}

const SUP: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹',
};
function superscript(n: number): string {
	return String(n)
		.split('')
		.map((c) => SUP[c] ?? c)
		.join('');
}

export function formatRange(v: number | RangeObj): string {
	if (typeof v === 'number') return formatNumber(v);
	if (v.printed) return v.printed;
	if (v.min !== undefined && v.max !== undefined)
		return `${formatNumber(v.min)}–${formatNumber(v.max)}`;
	if (v.min !== undefined) return `> ${formatNumber(v.min)}`;
	return `< ${formatNumber(v.max!)}`;
}

/** The cell as plain text (formula markup flattened), '' for null. */
export function cellText(col: Pick<Column, 'type'>, value: unknown): string {
	if (value === null || value === undefined) return '';
	switch (col.type) {
		case 'text':
		case 'formula':
			return formulaToPlain(String(value));
		case 'number':
			return formatNumber(value as number);
		case 'range':
			return formatRange(value as number | RangeObj);
		case 'conditioned': {
			const c = value as {
				value: number | RangeObj;
				temperature?: number;
				condition?: string;
				printed?: string;
			};
			if (c.printed) return c.printed;
			const cond = [
				c.temperature !== undefined ? `${c.temperature} °C` : '',
				c.condition ?? '',
			].filter(Boolean);
			return `${formatRange(c.value)}${cond.length ? ` @ ${cond.join(', ')}` : ''}`;
		}
		case 'parts':
			return (value as { printed: string }).printed;
	}
}

/** A number to sort by (the value, a range's midpoint, the first part's first number), or null. */
export function cellSortValue(col: Pick<Column, 'type'>, value: unknown): number | null {
	if (value === null || value === undefined) return null;
	const fromRange = (v: number | RangeObj): number | null => {
		if (typeof v === 'number') return v;
		if (v.min !== undefined && v.max !== undefined)
			return Math.sqrt(Math.abs(v.min * v.max)) || (v.min + v.max) / 2;
		return v.min ?? v.max ?? null;
	};
	switch (col.type) {
		case 'number':
			return value as number;
		case 'range':
			return fromRange(value as number | RangeObj);
		case 'conditioned':
			return fromRange((value as { value: number | RangeObj }).value);
		case 'parts': {
			const first = (value as { parts: Array<Record<string, unknown>> }).parts[0] ?? {};
			const n = Object.values(first).find((x) => typeof x === 'number');
			return typeof n === 'number' ? n : null;
		}
		default:
			return null;
	}
}

export function isNumericColumn(col: Pick<Column, 'type'>): boolean {
	return col.type === 'number' || col.type === 'range' || col.type === 'conditioned';
}
