/**
 * The unified cycling view (src/data/cycling.ts): which rows it takes from each table, how it maps
 * values, and a check of every seed-000 value against the printed tables in the paper's text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildCyclingRows, cyclingDatasetIds, type CyclingRow } from '../../../src/data/cycling';
import { loadDataset } from '../../../src/data/load';
import type { Dataset } from '../../../src/data/schemas';

const DIR = resolve('content/literature');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const datasets = files.map((f) => {
	const d = loadDataset(join(DIR, f));
	return { id: d.id, data: d as Dataset };
});
const rows = buildCyclingRows(datasets);

/** Counted straight from the YAML, without the schema or the module under test. */
function rawCount(file: string): { withCurrent: number; total: number; mapped: boolean } {
	const raw = parseYaml(readFileSync(join(DIR, file), 'utf8')) as {
		cycling?: { currentDensity: string };
		rows: Array<Record<string, unknown>>;
	};
	if (!raw.cycling) return { withCurrent: 0, total: raw.rows.length, mapped: false };
	const key = raw.cycling.currentDensity;
	return {
		withCurrent: raw.rows.filter((r) => typeof r[key] === 'number').length,
		total: raw.rows.length,
		mapped: true,
	};
}

const byId = (id: string) => rows.filter((r) => r.dataset === id);
const find = (dataset: string, ref: string) => {
	const r = rows.find((x) => x.dataset === dataset && x.ref === ref);
	if (!r) throw new Error(`no cycling row ${dataset} ${ref}`);
	return r;
};

describe('buildCyclingRows: which rows', () => {
	it('takes exactly the rows with a numeric current density from every table with a cycling mapping', () => {
		for (const f of files) {
			const id = f.replace(/\.yaml$/, '');
			const { withCurrent, mapped } = rawCount(f);
			expect(byId(id).length, id).toBe(mapped ? withCurrent : 0);
		}
		expect(rows.length).toBe(files.reduce((n, f) => n + rawCount(f).withCurrent, 0));
	});

	it('has the row counts of the printed tables', () => {
		// Printed: seed 000 Table 2 has 38 rows (both pages), Table 3 28, seed 001 Table 1 7, and seed 004
		// Table 2 gives a current density in one row only (the MIEC garnet); the rest print C-rates.
		expect(rawCount('seed000-table2.yaml').total).toBe(38);
		expect(byId('seed000-table2')).toHaveLength(38);
		expect(rawCount('seed000-table3.yaml').total).toBe(28);
		expect(byId('seed000-table3')).toHaveLength(28);
		expect(rawCount('seed001-table1.yaml').total).toBe(7);
		expect(byId('seed001-table1')).toHaveLength(7);
		expect(byId('seed004-table2')).toHaveLength(1);
		expect(byId('seed004-table2')[0]).toMatchObject({
			ref: '[34]',
			currentDensity: 6.9,
			electrolyteClass: 'oxide',
		});
		// Tables without a cycling mapping contribute nothing.
		for (const id of ['seed000-table1', 'seed004-table1', 'seed004-table3', 'seed004-table4'])
			expect(byId(id), id).toHaveLength(0);
		expect(cyclingDatasetIds(datasets)).toEqual([
			'seed000-table2',
			'seed000-table3',
			'seed001-table1',
			'seed004-table2',
		]);
	});

	it('gives every row a unique id that is its anchor on the table page', () => {
		const ids = new Set(rows.map((r) => r.id));
		expect(ids.size).toBe(rows.length);
		for (const r of rows) {
			expect(r.id).toBe(`${r.dataset}#row-${r.rowNumber}`);
			const ds = datasets.find((d) => d.id === r.dataset)!;
			expect(ds.data.rows[r.rowNumber - 1]!.ref).toBe(r.ref);
		}
	});

	it('is stable whatever order the datasets come in, and pure', () => {
		const reversed = buildCyclingRows([...datasets].reverse());
		expect(reversed).toEqual(rows);
		expect(buildCyclingRows(datasets)).toEqual(rows);
		expect(buildCyclingRows([])).toEqual([]);
	});

	it('takes the electrolyte class from the row, else from the table default', () => {
		expect(new Set(byId('seed000-table2').map((r) => r.electrolyteClass))).toEqual(
			new Set(['liquid']),
		);
		expect(new Set(byId('seed001-table1').map((r) => r.electrolyteClass))).toEqual(
			new Set(['liquid']),
		);
		expect(find('seed000-table3', '[83]').electrolyteClass).toBe('sulfide');
		expect(find('seed000-table3', '[109]').electrolyteClass).toBe('oxide');
	});
});

describe('buildCyclingRows: values', () => {
	it('matches ref [68] of seed 000 Table 2: HCE 4 M LiFSI in DME, 10 mA cm⁻², 0.5 mAh cm⁻², 6000 cycles, 25 °C', () => {
		expect(find('seed000-table2', '[68]')).toMatchObject({
			label: 'Highly concentrated electrolyte',
			seed: '000',
			table: 'Table 2',
			currentDensity: 10,
			arealCapacity: 0.5,
			cycles: 6000,
			hours: null,
			temperature: 25,
			electrolyteClass: 'liquid',
			category: 'electrolyte-design',
		});
	});

	it('keeps cycles and hours distinct and never converts one into the other', () => {
		// Printed as 600 h: no cycle count is invented.
		expect(find('seed001-table1', '[199]')).toMatchObject({
			cycles: null,
			hours: 600,
			currentDensity: 1,
			arealCapacity: 1,
		});
		// Printed as 200 cycles: no duration is invented.
		expect(find('seed001-table1', '[198]')).toMatchObject({ cycles: 200, hours: null });
		// [33]: the printed 2000 is both (1 h per cycle); both columns are kept as stored.
		expect(find('seed000-table2', '[33]')).toMatchObject({ cycles: 2000, hours: 2000 });
		// Tables without an hours column map to null hours.
		for (const r of byId('seed000-table3')) expect(r.hours).toBeNull();
		for (const r of rows) {
			const src = datasets.find((d) => d.id === r.dataset)!.data;
			const raw = src.rows[r.rowNumber - 1]!;
			const map = src.cycling!;
			expect(r.cycles).toBe(map.cycles ? (raw[map.cycles] ?? null) : null);
			expect(r.hours).toBe(map.hours ? (raw[map.hours] ?? null) : null);
		}
	});

	it('preserves nulls (temperature not given, no mapping)', () => {
		expect(find('seed000-table2', '[33]').temperature).toBeNull();
		expect(find('seed000-table2', '[34]').temperature).toBeNull();
		// seed 001 Table 1 prints no temperature at all.
		for (const r of byId('seed001-table1')) expect(r.temperature).toBeNull();
		// seed 004 Table 2 maps no cycle count: null, not 0.
		expect(byId('seed004-table2')[0]).toMatchObject({
			cycles: null,
			hours: null,
			arealCapacity: 2.3,
			temperature: 25,
		});
		for (const r of rows) {
			for (const k of ['arealCapacity', 'cycles', 'hours', 'temperature'] as const) {
				const v = r[k];
				expect(v === null || (typeof v === 'number' && Number.isFinite(v)), `${r.id} ${k}`).toBe(
					true,
				);
			}
			expect(Number.isFinite(r.currentDensity)).toBe(true);
		}
	});

	it('flattens formula markup in labels', () => {
		expect(find('seed001-table1', '[207]').label).toBe('Li2S/Li2Se');
		for (const r of rows) expect(r.label).not.toMatch(/[_^]\{/);
	});

	it('keeps a row note and leaves the field out when there is none', () => {
		expect(find('seed000-table2', '[40]').note).toMatch(/300 h/);
		expect('note' in find('seed000-table2', '[68]')).toBe(false);
	});

	it('skips rows without a current density and tolerates a malformed row', () => {
		const data = {
			seed: '000',
			table: 'Table 9',
			title: 't',
			caption: 'c',
			columns: [],
			electrolyteClass: 'liquid',
			cycling: { currentDensity: 'j', cycles: 'n' },
			rows: [
				{ ref: '[1]', category: '3d-hosts', j: 2, n: 10 },
				{ ref: '[2]', category: '3d-hosts', j: null, n: 10 },
				{ ref: '[3]', category: '3d-hosts', j: 'x', n: 10 },
				{ ref: null, category: '3d-hosts', j: 4, n: Number.NaN },
			],
		} as unknown as Dataset;
		const out: CyclingRow[] = buildCyclingRows([{ id: 'x', data }]);
		expect(out.map((r) => r.id)).toEqual(['x#row-1', 'x#row-4']);
		expect(out[1]).toMatchObject({ ref: null, cycles: null, label: '(unlabelled row)' });
	});
});

describe('seed 000 Tables 2 and 3 against the printed text', () => {
	const seeds = resolve('..', 'shared', 'seeds');
	const file = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('000_')) : undefined;
	it.runIf(!!file)(
		'every cycling value equals the printed one (current, capacity, cycles, temperature)',
		() => {
			const text = readFileSync(join(seeds, file!), 'utf8');
			// Printed rows: "[ref]<tab>strategy<tab>electrolyte<tab>J<tab>Q<tab>N<tab>T" (T printed "–"/"-" when none).
			const printed = new Map<string, string[]>();
			for (const line of text.split('\n')) {
				const m = /^(\[\d+\])\t(.+)$/.exec(line);
				if (!m) continue;
				const cells = m[2]!.split('\t');
				if (cells.length !== 6) continue;
				printed.set(m[1]!, cells.slice(2));
			}
			const seed000 = rows.filter((r) => r.seed === '000');
			expect(seed000).toHaveLength(66);
			const num = (s: string) => (/^[–\-_]?$/.test(s.trim()) ? null : Number(s));
			for (const r of seed000) {
				const p = printed.get(r.ref!);
				expect(p, `printed row ${r.ref}`).toBeDefined();
				expect([r.currentDensity, r.arealCapacity, r.cycles, r.temperature], r.ref!).toEqual(
					p!.map(num),
				);
			}
			expect(printed.get('[68]')).toEqual(['10', '0.5', '6000', '25']);
		},
	);
});
