/**
 * Loading content files outside Astro (tests, scripts): parse YAML, validate with the same schemas
 * as the build, and report problems as `file: row N (ref [x]), column "key": message`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodType } from 'zod';
import { datasetSchema, type Dataset } from './schemas';

export class ContentError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[],
	) {
		super(`${file}:\n  ${problems.join('\n  ')}`);
		this.name = 'ContentError';
	}
}

export function parseWith<T>(schema: ZodType<T>, file: string, text: string): T {
	let raw: unknown;
	try {
		raw = parseYaml(text);
	} catch (err) {
		throw new ContentError(file, [`not valid YAML: ${(err as Error).message}`]);
	}
	const result = schema.safeParse(raw);
	if (result.success) return result.data;
	throw new ContentError(
		file,
		result.error.issues.map((i) => {
			const row = i.path[0] === 'rows' && typeof i.path[1] === 'number' ? i.path[1] : undefined;
			// Row-level messages from the schema already name the row and column.
			if (/^row \d+/.test(i.message)) return i.message;
			if (row !== undefined) {
				const col = i.path[2] !== undefined ? `, column "${String(i.path[2])}"` : '';
				return `row ${row + 1}${col}: ${i.message}`;
			}
			return `${i.path.join('.') || '(file)'}: ${i.message}`;
		}),
	);
}

export function loadDataset(path: string): Dataset & { id: string } {
	const data: Dataset = parseWith(datasetSchema, path, readFileSync(path, 'utf8')) as Dataset;
	return { id: basename(path).replace(/\.ya?ml$/, ''), ...data };
}
