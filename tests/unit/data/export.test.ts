import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
	bibEscape,
	bibtexEntry,
	citedKeys,
	csvField,
	datasetCsvRecords,
	datasetToBibtex,
	datasetToCsv,
	datasetToJson,
	literatureJson,
	parseCsv,
	recordsToCsv,
	refKeys,
	toCsv,
	type ExportDataset,
} from '../../../src/data/export';
import { formulaToPlain } from '../../../src/data/formula';
import { loadDataset, parseWith } from '../../../src/data/load';
import {
	referenceListSchema,
	sourceSchema,
	type Column,
	type DatasetRow,
	type ReferenceEntry,
} from '../../../src/data/schemas';

const DIR = 'content/literature';
const datasets: ExportDataset[] = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => loadDataset(join(DIR, f)));
const sources = Object.fromEntries(
	parseWith(
		z.array(sourceSchema),
		'sources.yaml',
		readFileSync('content/references/sources.yaml', 'utf8'),
	).map((s) => [s.seed, s]),
);
const references: Record<string, ReferenceEntry[]> = {};
for (const seed of new Set(datasets.map((d) => d.seed))) {
	const file = `content/references/seed${seed}.yaml`;
	references[seed] = referenceListSchema.parse(parseYaml(readFileSync(file, 'utf8'))).entries;
}

/* -------------------------------------------------------------------------------------------- CSV */

/** What a CSV field must read for a cell, by column type (the layout documented in export.ts). */
function expectedFields(col: Column, v: unknown, withCondition: boolean): string[] {
	const n = (x: unknown) => (typeof x === 'number' ? String(x) : '');
	if (v === null || v === undefined) {
		if (col.type === 'range') return ['', ''];
		if (col.type === 'conditioned') return withCondition ? ['', '', ''] : ['', ''];
		return [''];
	}
	switch (col.type) {
		case 'text':
		case 'formula':
			return [formulaToPlain(String(v))];
		case 'number':
			return [String(v)];
		case 'range': {
			const r = v as number | { min?: number; max?: number };
			return typeof r === 'number' ? [String(r), String(r)] : [n(r.min), n(r.max)];
		}
		case 'conditioned': {
			const c = v as {
				value: number | { min?: number; max?: number };
				temperature?: number;
				condition?: string;
			};
			const value = typeof c.value === 'number' ? String(c.value) : `${c.value.min}–${c.value.max}`;
			const out = [value, n(c.temperature)];
			if (withCondition) out.push(c.condition ?? '');
			return out;
		}
		case 'parts':
			return [(v as { printed: string }).printed];
	}
}

describe('CSV export', () => {
	it('covers all eight tables', () => {
		expect(datasets.map((d) => d.id)).toHaveLength(8);
	});

	it.each(datasets.map((d) => [d.id, d] as const))(
		'%s: parses back to the data, one record per row',
		(_id, d) => {
			const text = datasetToCsv(d);
			expect(text.charCodeAt(0)).not.toBe(0xfeff); // no BOM
			expect(text.endsWith('\r\n')).toBe(true);
			const records = parseCsv(text);
			const header = records[0]!;
			expect(records).toHaveLength(d.rows.length + 1);
			expect(header[0]).toBe('ref');
			expect(header.slice(-3)).toEqual(['category', 'electrolyteClass', 'note']);
			expect(new Set(header).size).toBe(header.length);
			for (const r of records) expect(r).toHaveLength(header.length);
			d.rows.forEach((row, i) => {
				const rec = records[i + 1]!;
				const get = (k: string) => rec[header.indexOf(k)];
				expect(get('ref')).toBe(row.ref ?? '');
				expect(get('category')).toBe(row.category);
				expect(get('electrolyteClass')).toBe(row.electrolyteClass ?? d.electrolyteClass);
				expect(get('note')).toBe(row.note ? formulaToPlain(row.note) : '');
				for (const c of d.columns) {
					const keys =
						c.type === 'range'
							? [`${c.key}_min`, `${c.key}_max`]
							: c.type === 'conditioned'
								? [c.key, `${c.key}_temperature`, `${c.key}_condition`].filter((k) =>
										header.includes(k),
									)
								: [c.key];
					for (const k of keys) expect(header, `${d.id}: header has ${k}`).toContain(k);
					const got = keys.map(get);
					expect(got, `${d.id} row ${i + 1} ${c.key}`).toEqual(
						expectedFields(c, row[c.key], keys.length === 3),
					);
					// Numbers read back as the same numbers.
					if (c.type === 'number' && typeof row[c.key] === 'number')
						expect(Number(got[0])).toBe(row[c.key]);
				}
			});
		},
	);

	it('splits ranges and conditioned cells into their own columns', () => {
		const t1 = datasets.find((d) => d.id === 'seed000-table1')!;
		const recs = parseCsv(datasetToCsv(t1));
		const h = recs[0]!;
		expect(h).toContain('ionicConductivity_min');
		expect(h).toContain('ionicConductivity_max');
		expect(Number(recs[1]![h.indexOf('ionicConductivity_min')])).toBe(1e-7);
		expect(Number(recs[1]![h.indexOf('ionicConductivity_max')])).toBe(1e-3);
		const t4 = datasets.find((d) => d.id === 'seed004-table1')!;
		const h4 = parseCsv(datasetToCsv(t4))[0]!;
		expect(h4).toEqual(
			expect.arrayContaining([
				'conductivity',
				'conductivity_temperature',
				'conductivity_condition',
			]),
		);
		expect(h4.join(',')).toContain('ccd,ccd_temperature');
	});

	it('keeps quotes, commas, newlines and edge spaces intact (RFC 4180)', () => {
		const nasty = [
			'plain',
			'a, b',
			'say "hi"',
			'line 1\nline 2',
			'crlf\r\nend',
			' padded ',
			'',
			'"',
			',',
			'Li_{2}S, "LiF"\n',
		];
		const records = [nasty, nasty.slice().reverse()];
		expect(parseCsv(toCsv(records))).toEqual(records);
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('x"y')).toBe('"x""y"');
		expect(csvField('plain')).toBe('plain');

		const d: ExportDataset = {
			id: 'test',
			seed: '000',
			table: 'Table 9',
			title: 't',
			electrolyteClass: 'liquid',
			columns: [
				{ key: 'strategy', label: 'Strategy', type: 'text' },
				{ key: 'electrolyte', label: 'Electrolyte', type: 'formula' },
			],
			rows: [
				{
					ref: '[1]',
					category: '3d-hosts',
					strategy: 'He said "fast", then\nleft',
					electrolyte: '1 M LiPF_{6}, EC/DMC',
					note: 'comma, "quote"\r\nand CRLF',
				},
			],
		};
		const back = parseCsv(datasetToCsv(d));
		expect(back[1]).toEqual([
			'[1]',
			'He said "fast", then\nleft',
			'1 M LiPF6, EC/DMC',
			'3d-hosts',
			'liquid',
			'comma, "quote"\r\nand CRLF',
		]);
	});

	it('a filtered download has the full header and only the chosen rows, in the chosen order', () => {
		const d = datasets.find((x) => x.id === 'seed000-table2')!;
		const pick = [d.rows[5]!, d.rows[0]!];
		const recs = datasetCsvRecords(d, pick);
		expect(recs[0]).toEqual(datasetCsvRecords(d)[0]);
		expect(recs.slice(1).map((r) => r[0])).toEqual([pick[0]!.ref, pick[1]!.ref]);
	});

	it('parseCsv handles LF files, a missing final newline and empty fields', () => {
		expect(parseCsv('a,b\n1,\n,2')).toEqual([
			['a', 'b'],
			['1', ''],
			['', '2'],
		]);
		expect(parseCsv('"a""b",c\r\n')).toEqual([['a"b', 'c']]);
		expect(() => parseCsv('"open')).toThrow();
	});

	it('recordsToCsv writes the given columns first and never drops a field', () => {
		const text = recordsToCsv(
			[
				{ b: 2, a: 'Li_{2}S', extra: null },
				{ a: 'x', b: 1.5e-7 },
			],
			['a', 'b'],
		);
		expect(parseCsv(text)).toEqual([
			['a', 'b', 'extra'],
			['Li2S', '2', ''],
			['x', '1.5e-7', ''],
		]);
	});
});

/* ------------------------------------------------------------------------------------------- JSON */

function isRange(v: unknown): boolean {
	return (
		typeof v === 'object' &&
		v !== null &&
		Object.keys(v).sort().join() === 'max,min' &&
		Object.values(v).every((x) => x === null || typeof x === 'number')
	);
}

function checkCell(col: Column, v: unknown, where: string) {
	if (v === null) return;
	switch (col.type) {
		case 'text':
		case 'formula':
			expect(typeof v, where).toBe('string');
			expect(v as string, where).not.toMatch(/[_^]\{/);
			break;
		case 'number':
			expect(typeof v, where).toBe('number');
			break;
		case 'range':
			expect(typeof v === 'number' || isRange(v), where).toBe(true);
			break;
		case 'conditioned': {
			const c = v as Record<string, unknown>;
			expect(Object.keys(c).sort(), where).toEqual(
				'condition' in c ? ['condition', 'temperature', 'value'] : ['temperature', 'value'],
			);
			expect(typeof c.value === 'number' || isRange(c.value), where).toBe(true);
			expect(c.temperature === null || typeof c.temperature === 'number', where).toBe(true);
			break;
		}
		case 'parts': {
			const p = v as Record<string, unknown>;
			expect(Object.keys(p).sort(), where).toEqual(['parts', 'printed']);
			expect(typeof p.printed, where).toBe('string');
			expect(Array.isArray(p.parts), where).toBe(true);
			break;
		}
	}
}

describe('JSON export', () => {
	const json = literatureJson(datasets, sources);
	const roundTripped = JSON.parse(JSON.stringify(json)) as typeof json;

	it('is { datasets: [...] } with every table, sorted by id, and survives JSON.stringify', () => {
		expect(Object.keys(json)).toEqual(['datasets']);
		expect(json.datasets.map((d) => d.id)).toEqual(datasets.map((d) => d.id).sort());
		expect(roundTripped).toEqual(json);
	});

	it.each(datasets.map((d) => [d.id, d] as const))('%s: has the documented shape', (id, d) => {
		const j = roundTripped.datasets.find((x) => x.id === id)!;
		expect(Object.keys(j)).toEqual(['id', 'source', 'table', 'title', 'columns', 'rows']);
		expect(Object.keys(j.source)).toEqual(['title', 'authors', 'year', 'doi']);
		const src = sources[d.seed]!;
		expect(j.source.title).toBe(src.title);
		expect(j.source.authors).toEqual(src.authors);
		expect(j.source.year).toBe(src.year ?? null);
		expect(j.source.doi).toBe(src.doi ?? null);
		expect(j.table).toBe(d.table);
		expect(j.title).toBe(d.title);
		expect(j.columns).toEqual(
			d.columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit ?? null })),
		);
		for (const c of j.columns) expect(Object.keys(c)).toEqual(['key', 'label', 'unit']);
		expect(j.rows).toHaveLength(d.rows.length);
		j.rows.forEach((row, i) => {
			const src = d.rows[i]!;
			expect(Object.keys(row)).toEqual([
				'ref',
				...d.columns.map((c) => c.key),
				'category',
				'electrolyteClass',
				'note',
			]);
			expect(row.ref).toBe(src.ref);
			expect(row.category).toBe(src.category);
			expect(row.electrolyteClass).toBe(src.electrolyteClass ?? d.electrolyteClass);
			expect(row.note).toBe(src.note ? formulaToPlain(src.note) : null);
			for (const c of d.columns) {
				const where = `${id} row ${i + 1} ${c.key}`;
				checkCell(c, row[c.key], where);
				if (src[c.key] === null) expect(row[c.key], where).toBeNull();
				if (c.type === 'number') expect(row[c.key], where).toBe(src[c.key]);
			}
		});
	});

	it('cleans range, conditioned and parts cells', () => {
		const t1 = roundTripped.datasets.find((d) => d.id === 'seed000-table1')!;
		expect(t1.rows[0]!.ionicConductivity).toEqual({ min: 1e-7, max: 1e-3 });
		const t4 = roundTripped.datasets.find((d) => d.id === 'seed004-table1')!;
		expect(t4.rows[0]!.conductivity).toEqual({ value: 25, temperature: null, condition: 'RT' });
		expect(t4.rows[1]!.conductivity).toEqual({ value: 2.21, temperature: 25 });
		const t3 = roundTripped.datasets.find((d) => d.id === 'seed004-table3')!;
		expect(t3.rows[0]!.performance).toEqual({
			printed: '141.6/30C; 102.2/50C; 151.3/20C',
			parts: [
				{ capacity: 141.6, cRate: 30 },
				{ capacity: 102.2, cRate: 50 },
				{ capacity: 151.3, cRate: 20 },
			],
		});
		const open = datasetToJson(
			{
				id: 'x',
				seed: '000',
				table: 'Table 1',
				title: 'x',
				electrolyteClass: 'oxide',
				columns: [{ key: 'v', label: 'V', type: 'range' }],
				rows: [
					{ ref: null, category: '3d-hosts', v: { min: 400, printed: '> 400' } } as DatasetRow,
				],
			},
			{ title: 'T', authors: ['A'] },
		);
		expect(open.rows[0]!.v).toEqual({ min: 400, max: null });
		expect(open.source).toEqual({ title: 'T', authors: ['A'], year: null, doi: null });
	});
});

/* ---------------------------------------------------------------------------------------- BibTeX */

interface BibEntry {
	type: string;
	key: string;
	fields: Record<string, string>;
}

/** A small BibTeX reader: @type{key, name = {braced value}, …}; throws on unbalanced braces. */
function parseBib(text: string): BibEntry[] {
	const out: BibEntry[] = [];
	let i = 0;
	const skipWs = () => {
		while (i < text.length && /\s/.test(text[i]!)) i++;
	};
	const braced = (): string => {
		if (text[i] !== '{') throw new Error(`expected { at ${i}`);
		let depth = 0;
		const start = i + 1;
		for (; i < text.length; i++) {
			if (text[i] === '{') depth++;
			else if (text[i] === '}') {
				depth--;
				if (depth === 0) {
					i++;
					return text.slice(start, i - 1);
				}
			}
		}
		throw new Error('unbalanced braces');
	};
	while (true) {
		const at = text.indexOf('@', i);
		if (at < 0) break;
		i = at + 1;
		const type = /^[a-z]+/i.exec(text.slice(i))![0];
		i += type.length;
		skipWs();
		if (text[i] !== '{') throw new Error('expected { after type');
		i++;
		const comma = text.indexOf(',', i);
		const key = text.slice(i, comma).trim();
		i = comma + 1;
		const fields: Record<string, string> = {};
		while (true) {
			skipWs();
			if (text[i] === '}') {
				i++;
				break;
			}
			const name = /^[a-z]+/i.exec(text.slice(i))![0];
			i += name.length;
			skipWs();
			if (text[i] !== '=') throw new Error(`expected = after ${name}`);
			i++;
			skipWs();
			fields[name] = braced();
			skipWs();
			if (text[i] === ',') i++;
		}
		out.push({ type, key, fields });
	}
	return out;
}

describe('BibTeX export', () => {
	it.each(datasets.map((d) => [d.id, d] as const))(
		'%s: one @article per cited reference, balanced braces',
		(id, d) => {
			const text = datasetToBibtex(d, references[d.seed]!);
			let depth = 0;
			let lowest = 0;
			for (const c of text) {
				depth += c === '{' ? 1 : c === '}' ? -1 : 0;
				lowest = Math.min(lowest, depth);
			}
			expect([depth, lowest]).toEqual([0, 0]);
			const entries = parseBib(text);
			const keys = citedKeys(d);
			expect(entries.map((e) => e.key)).toEqual(keys.map((k) => `seed${d.seed}-ref${k}`));
			expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
			for (const e of entries) {
				expect(e.type).toBe('article');
				expect(e.fields.note).toMatch(/^Printed as: /);
				const ref = references[d.seed]!.find((r) => `seed${d.seed}-ref${r.key}` === e.key)!;
				if (ref.authors.length)
					expect(e.fields.author!.split(' and ')).toHaveLength(ref.authors.length);
				if (ref.year) expect(e.fields.year).toBe(String(ref.year));
				if (ref.doi) expect(e.fields.doi).toBe(bibEscape(ref.doi));
			}
			if (id === 'seed004-table4') expect(entries).toHaveLength(0);
		},
	);

	it('expands printed ranges and sub-letters into reference keys', () => {
		expect(refKeys('[100–101]')).toEqual(['100', '101']);
		expect(refKeys('[16b]')).toEqual(['16b']);
		expect(refKeys(null)).toEqual([]);
		const t1 = datasets.find((d) => d.id === 'seed000-table1')!;
		expect(citedKeys(t1)).toEqual(['97', '98', '99', '100', '101', '102', '103', '104']);
	});

	it('escapes LaTeX specials and keeps braces balanced', () => {
		const entry: ReferenceEntry = {
			key: '7',
			authors: ['A. B{e}rg', 'C. D_E', 'et al.'],
			title: '50% of Li & Na: {x}_2 #1 $5 ~ ^ \\',
			journal: 'J. Chem.',
			year: 2020,
			volume: '3',
			pages: '100–110',
			doi: '10.1000/a_b%c',
			printed: 'A. B{e}rg, C. D_E et al., J. Chem. 2020, 3, 100–110.',
		};
		const text = bibtexEntry('001', entry);
		const [e] = parseBib(text);
		expect(e!.key).toBe('seed001-ref7');
		expect(e!.fields.author).toBe(
			'A. B\\textbraceleft{}e\\textbraceright{}rg and C. D\\_E and others',
		);
		expect(e!.fields.title).toBe(
			'50\\% of Li \\& Na: \\textbraceleft{}x\\textbraceright{}\\_2 \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
		);
		expect(e!.fields.doi).toBe('10.1000/a\\_b\\%c');
		for (const v of Object.values(e!.fields)) expect(v).not.toMatch(/(^|[^\\])[&%$#_]/);
	});
});
