import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadDataset } from '../../../src/data/load';
import { cellSchemas, datasetSchema } from '../../../src/data/schemas';

describe('datasetSchema', () => {
	it('rejects a malformed table, naming file, row and column of every problem', () => {
		const file = 'tests/fixtures/literature/malformed.yaml';
		let error: unknown;
		try {
			loadDataset(file);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		const e = error as ContentError;
		expect(e.file).toBe(file);
		expect(e.message).toContain(file);
		expect(e.problems).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/^row 2 \(ref \[2\]\), column "currentDensity" \(number\): Expected number/,
				),
				expect.stringMatching(/^row 3 \(ref \[3\]\), column "currentDensity": missing/),
				expect.stringMatching(/^row 3 \(ref \[3\]\), column "currentDensty": no such column/),
				expect.stringMatching(/^row 4 \(ref \[4\]\), column "category": Invalid enum value/),
			]),
		);
		expect(e.problems.some((p) => p.startsWith('row 1 '))).toBe(false);
	});

	it('accepts every cell form of docs/authoring.md and rejects the wrong ones', () => {
		expect(cellSchemas.range.safeParse({ min: 1e-7, max: 1e-3 }).success).toBe(true);
		expect(cellSchemas.range.safeParse({ min: 400, printed: '> 400' }).success).toBe(true);
		expect(cellSchemas.range.safeParse({ min: 5, max: 1 }).success).toBe(false);
		expect(cellSchemas.range.safeParse({}).success).toBe(false);
		expect(
			cellSchemas.conditioned.safeParse({ value: 2.54, temperature: 25, printed: '2.54@25 °C' })
				.success,
		).toBe(true);
		expect(
			cellSchemas.parts.safeParse({ printed: 'x', parts: [{ capacity: 62.3, cRate: 10 }] }).success,
		).toBe(true);
		expect(cellSchemas.parts.safeParse({ printed: 'x', parts: [] }).success).toBe(false);
		expect(cellSchemas.number.safeParse(Number.NaN).success).toBe(false);
		expect(cellSchemas.number.safeParse(null).success).toBe(true);
	});

	it('rejects a cycling mapping that names a non-number column', () => {
		const r = datasetSchema.safeParse({
			seed: '000',
			table: 'Table 1',
			title: 't',
			caption: 'c',
			electrolyteClass: 'liquid',
			columns: [{ key: 'strategy', label: 'S', type: 'text' }],
			cycling: { currentDensity: 'strategy' },
			rows: [{ ref: null, category: '3d-hosts', strategy: 'x' }],
		});
		expect(r.success).toBe(false);
	});
});

describe('content/literature', () => {
	const dir = 'content/literature';
	const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
	it.each(files)('%s is valid', (f) => {
		const d = loadDataset(join(dir, f));
		expect(d.rows.length).toBeGreaterThan(0);
	});
});
