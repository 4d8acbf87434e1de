/**
 * Zod schemas for everything under content/. They are shared by src/content.config.ts (the build) and by
 * the loaders in this folder (tests, exports), so a malformed file fails the same way everywhere: with the
 * file, the row and the column named.
 */
import { z } from 'zod';
import {
	CALCULATOR_IDS,
	ELECTROLYTE_CLASSES,
	EQUATION_TOPICS,
	SEEDS,
	STRATEGY_IDS,
} from './vocabulary';

export const seedSchema = z.enum(SEEDS);
export const strategyIdSchema = z.enum(STRATEGY_IDS);
export const electrolyteClassSchema = z.enum(ELECTROLYTE_CLASSES);

const finite = z.number().finite();

/* ------------------------------------------------------------------------------------------------ */
/* Literature tables                                                                                */
/* ------------------------------------------------------------------------------------------------ */

export const COLUMN_TYPES = ['text', 'formula', 'number', 'range', 'conditioned', 'parts'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/** Keys a row may carry besides its columns. */
export const RESERVED_ROW_KEYS = ['ref', 'category', 'electrolyteClass', 'note'] as const;

export const columnSchema = z
	.object({
		/** camelCase key used in rows, URLs and exports. */
		key: z
			.string()
			.regex(/^[a-z][A-Za-z0-9]*$/, 'column keys are camelCase')
			.refine((k) => !(RESERVED_ROW_KEYS as readonly string[]).includes(k), 'reserved key'),
		/** Header text as shown on the page (our wording of the printed header). */
		label: z.string().min(1),
		/** How cells of this column are written; see docs/authoring.md. */
		type: z.enum(COLUMN_TYPES),
		/** Unit of the values (number, range and conditioned columns). */
		unit: z.string().optional(),
		/** Reference printed for the whole column (seed 000 Table 1 prints one per column). */
		ref: z.string().optional(),
		/** For `parts` columns: the keys each part may carry. */
		parts: z.array(z.string()).optional(),
		/** A short explanation shown as the header's description. */
		description: z.string().optional(),
	})
	.strict();
export type Column = z.infer<typeof columnSchema>;

/** A range printed as "a–b", "> a" or "< b"; `printed` keeps an inequality as printed. */
export const rangeObjectSchema = z
	.object({ min: finite.optional(), max: finite.optional(), printed: z.string().optional() })
	.strict()
	.refine((r) => r.min !== undefined || r.max !== undefined, 'a range needs min or max')
	.refine(
		(r) => r.min === undefined || r.max === undefined || r.min <= r.max,
		'range min is above max',
	);
export type RangeValue = number | z.infer<typeof rangeObjectSchema>;

const partValue = z.union([z.string(), finite, z.null()]);

/** Validators of one cell, by column type. Every cell may be null (printed "–", "-", "_" or blank). */
export const cellSchemas: Record<ColumnType, z.ZodTypeAny> = {
	text: z.string().min(1).nullable(),
	formula: z.string().min(1).nullable(),
	number: finite.nullable(),
	range: z.union([finite, rangeObjectSchema]).nullable(),
	conditioned: z
		.object({
			value: z.union([finite, rangeObjectSchema]),
			temperature: finite.optional(),
			condition: z.string().optional(),
			printed: z.string().optional(),
		})
		.strict()
		.nullable(),
	parts: z
		.object({
			printed: z.string().min(1),
			parts: z.array(z.record(partValue)).min(1),
		})
		.strict()
		.nullable(),
};

export const cyclingMapSchema = z
	.object({
		currentDensity: z.string(),
		arealCapacity: z.string().optional(),
		cycles: z.string().optional(),
		hours: z.string().optional(),
		temperature: z.string().optional(),
	})
	.strict();
export type CyclingMap = z.infer<typeof cyclingMapSchema>;

/** The fields every row has besides its columns. */
const rowFieldSchemas = {
	/** The reference exactly as printed, e.g. "[33]"; null when the paper prints none. */
	ref: z.string().nullable(),
	category: strategyIdSchema,
	electrolyteClass: electrolyteClassSchema.optional(),
	note: z.string().optional(),
} as const;

export interface DatasetRow {
	ref: string | null;
	category: z.infer<typeof strategyIdSchema>;
	electrolyteClass?: z.infer<typeof electrolyteClassSchema>;
	note?: string;
	[column: string]: unknown;
}

/**
 * Rows are checked cell by cell in one pass (not by a nested object schema), so a table with several
 * bad cells reports all of them, each as `row N (ref [x]), column "key": …`.
 */
export const datasetSchema = z
	.object({
		seed: seedSchema,
		/** "Table 2", as printed. */
		table: z.string().regex(/^Table \d+$/),
		/** Our short title. */
		title: z.string().min(1),
		/** The printed caption, OCR-cleaned. */
		caption: z.string().min(1),
		/** Notes on the whole table: what a column means, OCR doubts. */
		notes: z.array(z.string()).optional(),
		/** Default electrolyte class of the rows. */
		electrolyteClass: electrolyteClassSchema.optional(),
		columns: z.array(columnSchema).min(1),
		/** Which number columns feed the unified cycling view. */
		cycling: cyclingMapSchema.optional(),
		rows: z.array(z.record(z.string(), z.unknown())).min(1),
	})
	.strict()
	.superRefine((data, ctx) => {
		const keys = new Set<string>();
		data.columns.forEach((c, i) => {
			if (keys.has(c.key))
				ctx.addIssue({
					code: 'custom',
					path: ['columns', i, 'key'],
					message: `duplicate column "${c.key}"`,
				});
			keys.add(c.key);
		});
		const byKey = new Map(data.columns.map((c) => [c.key, c]));
		for (const [field, key] of Object.entries(data.cycling ?? {})) {
			const col = byKey.get(key);
			if (!col || col.type !== 'number')
				ctx.addIssue({
					code: 'custom',
					path: ['cycling', field],
					message: `cycling.${field} names "${key}", which is not a number column`,
				});
		}
		data.rows.forEach((row, r) => {
			const ref = typeof row.ref === 'string' ? row.ref : null;
			const where = `row ${r + 1}${ref ? ` (ref ${ref})` : ''}`;
			const problem = (key: string, message: string) =>
				ctx.addIssue({
					code: 'custom',
					path: ['rows', r, key],
					message: `${where}, column "${key}": ${message}`,
				});
			for (const [key, schema] of Object.entries(rowFieldSchemas)) {
				if (key === 'ref' && !('ref' in row)) {
					problem('ref', 'missing (write null when the paper prints no reference)');
					continue;
				}
				const parsed = schema.safeParse(row[key]);
				if (!parsed.success) problem(key, parsed.error.issues.map((i) => i.message).join('; '));
			}
			if (!row.electrolyteClass && !data.electrolyteClass)
				problem('electrolyteClass', 'required when the table sets no default');
			for (const key of Object.keys(row)) {
				if (!byKey.has(key) && !(key in rowFieldSchemas))
					problem(key, 'no such column in this table');
			}
			for (const col of data.columns) {
				if (!(col.key in row)) {
					problem(col.key, 'missing (write null for an empty cell)');
					continue;
				}
				const parsed = cellSchemas[col.type].safeParse(row[col.key]);
				if (!parsed.success)
					ctx.addIssue({
						code: 'custom',
						path: ['rows', r, col.key],
						message: `${where}, column "${col.key}" (${col.type}): ${parsed.error.issues.map((i) => i.message).join('; ')}`,
					});
			}
		});
	})
	.transform((d) => d as Omit<typeof d, 'rows'> & { rows: DatasetRow[] });
export type Dataset = z.infer<typeof datasetSchema>;

/* ------------------------------------------------------------------------------------------------ */
/* References and sources                                                                           */
/* ------------------------------------------------------------------------------------------------ */

export const referenceEntrySchema = z
	.object({
		/** As printed, sub-letters kept: "16b". */
		key: z.string().regex(/^\d+[a-z]?$/),
		authors: z.array(z.string()).default([]),
		title: z.string().optional(),
		journal: z.string().optional(),
		year: z.number().int().optional(),
		volume: z.union([z.string(), z.number()]).optional(),
		pages: z.union([z.string(), z.number()]).optional(),
		doi: z.string().optional(),
		/** The whole entry as printed, OCR-cleaned. */
		printed: z.string().min(1),
		note: z.string().optional(),
	})
	.passthrough();
export type ReferenceEntry = z.infer<typeof referenceEntrySchema>;

export const referenceListSchema = z.object({
	seed: seedSchema,
	entries: z.array(referenceEntrySchema).min(1),
});

export const sourceSchema = z
	.object({
		seed: seedSchema,
		authors: z.array(z.string()).min(1),
		title: z.string().min(1),
		journal: z.string().optional(),
		year: z.number().int().optional(),
		volume: z.union([z.string(), z.number()]).optional(),
		issue: z.union([z.string(), z.number()]).optional(),
		pages: z.union([z.string(), z.number()]).optional(),
		doi: z.string().optional(),
		kind: z.enum(['review', 'concept', 'research']),
		summary: z.string().min(1),
		takes: z.string().min(1),
		note: z.string().optional(),
	})
	.passthrough();
export type Source = z.infer<typeof sourceSchema>;

/* ------------------------------------------------------------------------------------------------ */
/* Equations and glossary                                                                           */
/* ------------------------------------------------------------------------------------------------ */

export const equationSchema = z
	.object({
		seed: seedSchema,
		number: z.number().int().positive(),
		title: z.string().min(1),
		topic: z.enum(EQUATION_TOPICS),
		section: z.string().min(1),
		sectionTitle: z.string().optional(),
		/** KaTeX source of the equation as printed (OCR cleaned, physics errors kept). */
		printed: z.string().min(1),
		/** KaTeX source of the dimensionally correct form, when the printed one is wrong. */
		corrected: z.string().optional(),
		/** Why the printed form is wrong or doubtful: the unit check, in our words. */
		erratum: z.string().optional(),
		symbols: z
			.array(z.object({ symbol: z.string().min(1), meaning: z.string().min(1), unit: z.string() }))
			.min(1),
		explanation: z.string().min(1),
		calculator: z.enum(CALCULATOR_IDS).optional(),
		strategies: z.array(strategyIdSchema).default([]),
	})
	.passthrough()
	.refine((e) => !e.corrected || !!e.erratum, {
		message: 'a corrected form needs an erratum explaining it',
		path: ['erratum'],
	});
export type Equation = z.infer<typeof equationSchema>;

export const glossaryEntrySchema = z
	.object({
		term: z.string().min(1),
		expansion: z.string().min(1),
		definition: z.string().min(1),
		seeds: z.array(seedSchema).default([]),
	})
	.passthrough();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/* ------------------------------------------------------------------------------------------------ */
/* Pages                                                                                            */
/* ------------------------------------------------------------------------------------------------ */

export const reviewSchema = z.object({
	title: z.string().min(1),
	/** For search results and link previews. */
	description: z.string().min(1).max(200),
	seed: seedSchema,
	order: z.number(),
	topics: z.array(strategyIdSchema).default([]),
});

export const strategySchema = z.object({
	title: z.string().min(1),
	description: z.string().min(1).max(200),
	electrolyte: z.enum(['liquid', 'solid', 'both']),
	/** Short phrases for the comparison table on /strategies/. */
	improves: z.array(z.string()).default([]),
	papers: z.array(seedSchema).min(1),
	equations: z.array(z.string()).default([]),
	calculators: z.array(z.enum(CALCULATOR_IDS)).default([]),
	order: z.number(),
});
