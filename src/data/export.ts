/**
 * Serialization of the literature tables for download: CSV (RFC 4180), JSON and BibTeX. Pure — no file
 * or network access — so the static endpoints in src/pages/data/ and the table island (its "Download CSV
 * of the shown rows" button) produce byte-identical output from the same rows.
 *
 * CSV layout (one header row of machine keys, UTF-8 without BOM, CRLF line ends):
 *   ref, one column per data column (by `key`), category, electrolyteClass, note
 *   - range columns become `<key>_min`, `<key>_max` (a single number fills both)
 *   - conditioned columns become `<key>` (the value, a range as "min–max"), `<key>_temperature` (°C), and
 *     `<key>_condition` when any cell of the column carries a non-temperature condition ("RT")
 *   - parts columns keep the printed text; formula markup is flattened (`Li_{2}S` → `Li2S`), in notes too
 *   - numbers are written as JavaScript prints them (`0.001`, `1e-7`), empty cells as nothing.
 */
import { formulaToPlain } from './formula';
import { parseCiteKeys } from './citations';
import type { Column, CyclingMap, DatasetRow, ReferenceEntry } from './schemas';

/** The part of a dataset the exports read (a content entry's `data` plus its id). */
export interface ExportDataset {
	id: string;
	seed: string;
	table: string;
	title: string;
	electrolyteClass?: string;
	columns: Column[];
	cycling?: CyclingMap;
	rows: DatasetRow[];
}

type RangeObj = { min?: number; max?: number; printed?: string };
type Conditioned = {
	value: number | RangeObj;
	temperature?: number;
	condition?: string;
	printed?: string;
};

/* ------------------------------------------------------------------------------------------------ */
/* CSV                                                                                              */
/* ------------------------------------------------------------------------------------------------ */

/** One field, quoted when it holds a comma, a quote, CR or LF (or leading/trailing space). */
export function csvField(value: string): string {
	return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records to RFC 4180 text: CRLF between records and after the last one. */
export function toCsv(records: readonly (readonly string[])[]): string {
	return records.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * RFC 4180 parser (quoted fields with "" escapes, CRLF or LF line ends). A final line end does not start
 * an empty record. Used by the tests to read the exports back, and handy for anyone reusing the module.
 */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	let fieldStarted = false;
	const endField = () => {
		record.push(field);
		field = '';
		fieldStarted = false;
	};
	const endRecord = () => {
		endField();
		records.push(record);
		record = [];
	};
	while (i < text.length) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i += 1;
				continue;
			}
			field += c;
			i += 1;
			continue;
		}
		if (c === '"' && !fieldStarted) {
			quoted = true;
			fieldStarted = true;
			i += 1;
		} else if (c === ',') {
			endField();
			i += 1;
		} else if (c === '\r' && text[i + 1] === '\n') {
			endRecord();
			i += 2;
		} else if (c === '\n') {
			endRecord();
			i += 1;
		} else {
			field += c;
			fieldStarted = true;
			i += 1;
		}
	}
	if (quoted) throw new Error('CSV: unterminated quoted field');
	if (field !== '' || fieldStarted || record.length > 0) endRecord();
	return records;
}

const num = (n: number | undefined | null): string => (typeof n === 'number' ? String(n) : '');

function rangeText(v: number | RangeObj): string {
	if (typeof v === 'number') return String(v);
	if (v.min !== undefined && v.max !== undefined) return `${v.min}–${v.max}`;
	if (v.min !== undefined) return v.printed ?? `> ${v.min}`;
	return v.printed ?? `< ${v.max}`;
}

/** Whether a conditioned column needs a `<key>_condition` CSV column. */
function hasCondition(col: Column, rows: readonly DatasetRow[]): boolean {
	return rows.some((r) => {
		const v = r[col.key] as Conditioned | null | undefined;
		return !!v && typeof v === 'object' && typeof v.condition === 'string';
	});
}

/** The CSV header (machine keys). `allRows` decides whether conditioned columns get `_condition`. */
export function csvHeader(columns: readonly Column[], allRows: readonly DatasetRow[]): string[] {
	const out = ['ref'];
	for (const c of columns) {
		if (c.type === 'range') out.push(`${c.key}_min`, `${c.key}_max`);
		else if (c.type === 'conditioned') {
			out.push(c.key, `${c.key}_temperature`);
			if (hasCondition(c, allRows)) out.push(`${c.key}_condition`);
		} else out.push(c.key);
	}
	out.push('category', 'electrolyteClass', 'note');
	return out;
}

function csvCells(col: Column, value: unknown, withCondition: boolean): string[] {
	const empty = value === null || value === undefined;
	switch (col.type) {
		case 'text':
		case 'formula':
			return [empty ? '' : formulaToPlain(String(value))];
		case 'number':
			return [empty ? '' : num(value as number)];
		case 'range': {
			if (empty) return ['', ''];
			const v = value as number | RangeObj;
			return typeof v === 'number' ? [String(v), String(v)] : [num(v.min), num(v.max)];
		}
		case 'conditioned': {
			const c = value as Conditioned | null;
			const cells = c ? [rangeText(c.value), num(c.temperature)] : ['', ''];
			if (withCondition) cells.push(c?.condition ?? '');
			return cells;
		}
		case 'parts':
			return [empty ? '' : (value as { printed: string }).printed];
	}
}

/**
 * The CSV records (header first) of a dataset. `rows` (default: all) picks and orders the rows, e.g. the
 * filtered view of the table page; the header is always computed over all rows, so a filtered download
 * has the same columns as the full export.
 */
export function datasetCsvRecords(
	d: ExportDataset,
	rows: readonly DatasetRow[] = d.rows,
): string[][] {
	const withCondition = new Map(
		d.columns.map((c) => [c.key, c.type === 'conditioned' && hasCondition(c, d.rows)]),
	);
	const records = [csvHeader(d.columns, d.rows)];
	for (const row of rows) {
		const out = [row.ref ?? ''];
		for (const c of d.columns) out.push(...csvCells(c, row[c.key], withCondition.get(c.key)!));
		out.push(
			row.category,
			row.electrolyteClass ?? d.electrolyteClass ?? '',
			row.note ? formulaToPlain(row.note) : '',
		);
		records.push(out);
	}
	return records;
}

export function datasetToCsv(d: ExportDataset, rows?: readonly DatasetRow[]): string {
	return toCsv(datasetCsvRecords(d, rows));
}

/* ------------------------------------------------------------------------------------------------ */
/* JSON                                                                                             */
/* ------------------------------------------------------------------------------------------------ */

export type JsonRange = { min: number | null; max: number | null };
export type JsonCell =
	| null
	| string
	| number
	| JsonRange
	| { value: number | JsonRange; temperature: number | null; condition?: string }
	| { printed: string; parts: Array<Record<string, string | number | null>> };

export interface JsonSource {
	title: string;
	authors: string[];
	year: number | null;
	doi: string | null;
}

export interface JsonDataset {
	id: string;
	source: JsonSource;
	table: string;
	title: string;
	columns: Array<{ key: string; label: string; unit: string | null }>;
	rows: Array<Record<string, JsonCell>>;
}

function jsonRange(v: number | RangeObj): number | JsonRange {
	if (typeof v === 'number') return v;
	return { min: v.min ?? null, max: v.max ?? null };
}

/**
 * A cell as clean JSON: numbers as numbers, null for empty, range objects as {min, max} (null for an open
 * side), conditioned cells as {value, temperature} (+ `condition` when one is printed, e.g. "RT"), parts as
 * {printed, parts}, text with the formula markup flattened.
 */
export function jsonCell(col: Pick<Column, 'type'>, value: unknown): JsonCell {
	if (value === null || value === undefined) return null;
	switch (col.type) {
		case 'text':
		case 'formula':
			return formulaToPlain(String(value));
		case 'number':
			return value as number;
		case 'range':
			return jsonRange(value as number | RangeObj);
		case 'conditioned': {
			const c = value as Conditioned;
			const out: { value: number | JsonRange; temperature: number | null; condition?: string } = {
				value: jsonRange(c.value),
				temperature: c.temperature ?? null,
			};
			if (c.condition !== undefined) out.condition = c.condition;
			return out;
		}
		case 'parts': {
			const p = value as { printed: string; parts: Array<Record<string, string | number | null>> };
			return { printed: p.printed, parts: p.parts.map((part) => ({ ...part })) };
		}
	}
}

export interface SourceLike {
	title: string;
	authors: string[];
	year?: number;
	doi?: string;
}

export function datasetToJson(d: ExportDataset, source: SourceLike): JsonDataset {
	return {
		id: d.id,
		source: {
			title: source.title,
			authors: [...source.authors],
			year: source.year ?? null,
			doi: source.doi ?? null,
		},
		table: d.table,
		title: d.title,
		columns: d.columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit ?? null })),
		rows: d.rows.map((row) => {
			const out: Record<string, JsonCell> = { ref: row.ref ?? null };
			for (const c of d.columns) out[c.key] = jsonCell(c, row[c.key]);
			out.category = row.category;
			out.electrolyteClass = row.electrolyteClass ?? d.electrolyteClass ?? null;
			out.note = row.note ? formulaToPlain(row.note) : null;
			return out;
		}),
	};
}

/** /data/literature.json: every table, sorted by id. */
export function literatureJson(
	datasets: readonly ExportDataset[],
	sources: Readonly<Record<string, SourceLike>>,
): { datasets: JsonDataset[] } {
	return {
		datasets: [...datasets]
			.sort((a, b) => a.id.localeCompare(b.id))
			.map((d) => {
				const s = sources[d.seed];
				if (!s)
					throw new Error(
						`${d.id}: no source for seed ${d.seed} in content/references/sources.yaml`,
					);
				return datasetToJson(d, s);
			}),
	};
}

/** Pretty JSON with a final newline, as the endpoints write it. */
export function jsonText(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/* ------------------------------------------------------------------------------------------------ */
/* Cycling view                                                                                     */
/* ------------------------------------------------------------------------------------------------ */

/** Column order of /data/cycling.csv (fields of src/data/cycling.ts CyclingRow; units in the JSON). */
export const CYCLING_CSV_COLUMNS = [
	'id',
	'dataset',
	'rowNumber',
	'seed',
	'table',
	'ref',
	'label',
	'currentDensity',
	'arealCapacity',
	'cycles',
	'hours',
	'temperature',
	'electrolyteClass',
	'category',
	'note',
] as const;

/**
 * Flat records (objects of scalars) to CSV: the columns of `keys` first, then any other key the records
 * carry (so a field added to the records later is not dropped silently).
 */
export function recordsToCsv(records: readonly object[], keys: readonly string[] = []): string {
	const cols = [...keys];
	for (const r of records) for (const k of Object.keys(r)) if (!cols.includes(k)) cols.push(k);
	const cell = (v: unknown): string =>
		v === null || v === undefined
			? ''
			: typeof v === 'number'
				? String(v)
				: typeof v === 'string'
					? formulaToPlain(v)
					: JSON.stringify(v);
	return toCsv([
		cols,
		...records.map((r) => cols.map((k) => cell((r as Record<string, unknown>)[k]))),
	]);
}

/* ------------------------------------------------------------------------------------------------ */
/* References                                                                                       */
/* ------------------------------------------------------------------------------------------------ */

/** The reference keys of a printed ref ("[33]", "[100–101]", "[16b]"); [] for null or unreadable. */
export function refKeys(printed: string | null | undefined): string[] {
	if (!printed) return [];
	try {
		return parseCiteKeys(printed.replace(/[[\]]/g, ''));
	} catch {
		return [];
	}
}

/** Every reference key a table cites (rows, then column refs), unique, in order of first appearance. */
export function citedKeys(d: Pick<ExportDataset, 'rows' | 'columns'>): string[] {
	const seen = new Set<string>();
	for (const r of d.rows) for (const k of refKeys(r.ref)) seen.add(k);
	for (const c of d.columns) for (const k of refKeys(c.ref)) seen.add(k);
	return [...seen];
}

/** BibTeX key of a reference entry: `seed000-ref33`. */
export function bibKey(seed: string, key: string): string {
	return `seed${seed}-ref${key}`;
}

/**
 * Text for a braced BibTeX field: LaTeX specials escaped so the entry compiles and braces stay balanced
 * (BibTeX counts braces even after a backslash, so literal braces become \textbraceleft{} etc.).
 */
export function bibEscape(s: string): string {
	return s.replace(/[\\{}&%$#_~^]/g, (c) => {
		switch (c) {
			case '\\':
				return '\\textbackslash{}';
			case '{':
				return '\\textbraceleft{}';
			case '}':
				return '\\textbraceright{}';
			case '~':
				return '\\textasciitilde{}';
			case '^':
				return '\\textasciicircum{}';
			default:
				return `\\${c}`;
		}
	});
}

/** One @article entry. Authors joined with " and "; a printed "et al." becomes "others". */
export function bibtexEntry(seed: string, e: ReferenceEntry): string {
	const authors = e.authors.map((a) => (/^et al\.?$/i.test(a.trim()) ? 'others' : a));
	const fields: Array<[string, string | number | undefined]> = [
		[
			'author',
			authors.length
				? authors.map((a) => (a === 'others' ? a : bibEscape(a))).join(' and ')
				: undefined,
		],
		['title', e.title !== undefined ? bibEscape(e.title) : undefined],
		['journal', e.journal !== undefined ? bibEscape(e.journal) : undefined],
		['year', e.year],
		['volume', e.volume !== undefined ? bibEscape(String(e.volume)) : undefined],
		['pages', e.pages !== undefined ? bibEscape(String(e.pages)) : undefined],
		['doi', e.doi !== undefined ? bibEscape(e.doi) : undefined],
		['note', bibEscape(`Printed as: ${e.printed}`)],
	];
	const body = fields
		.filter((f): f is [string, string | number] => f[1] !== undefined && f[1] !== '')
		.map(([k, v]) => `  ${k} = {${v}}`)
		.join(',\n');
	return `@article{${bibKey(seed, e.key)},\n${body}\n}\n`;
}

/**
 * The BibTeX file of a table: one entry per cited reference, in citation order. Keys the reference list
 * does not contain are listed in a leading comment instead of failing (the content tests catch them).
 */
export function datasetToBibtex(
	d: Pick<ExportDataset, 'id' | 'seed' | 'table' | 'rows' | 'columns'>,
	entries: readonly ReferenceEntry[],
): string {
	const byKey = new Map(entries.map((e) => [e.key, e]));
	const keys = citedKeys(d);
	const missing = keys.filter((k) => !byKey.has(k));
	const head = [
		`% References cited in ${d.table} of seed ${d.seed} (${d.id}), from the Lithium-Metal Battery Atlas.`,
		...(missing.length ? [`% Not in the reference list: ${missing.join(', ')}`] : []),
	].join('\n');
	const body = keys
		.filter((k) => byKey.has(k))
		.map((k) => bibtexEntry(d.seed, byKey.get(k)!))
		.join('\n');
	return `${head}\n\n${body}`;
}
