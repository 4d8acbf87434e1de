/**
 * Content collections: everything authors write lives in content/ (see docs/authoring.md) and is
 * validated here by the schemas in src/data/schemas.ts. A malformed file fails the build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import {
	datasetSchema,
	equationSchema,
	glossaryEntrySchema,
	referenceListSchema,
	reviewSchema,
	sourceSchema,
	strategySchema,
} from './data/schemas';

/** Lists in YAML files get their id from a field of each item. */
function yamlList(idField: string) {
	return (text: string) => {
		const items = parseYaml(text) as Array<Record<string, unknown>>;
		return items.map((item) => ({ id: String(item[idField]), ...item }));
	};
}

const reviews = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/reviews' }),
	schema: reviewSchema,
});

const strategies = defineCollection({
	loader: glob({ pattern: '*.mdx', base: './content/strategies' }),
	schema: strategySchema,
});

const equations = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/equations' }),
	schema: equationSchema,
});

const literature = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './content/literature' }),
	schema: datasetSchema,
});

const references = defineCollection({
	loader: glob({ pattern: 'seed*.yaml', base: './content/references' }),
	schema: referenceListSchema,
});

const sources = defineCollection({
	loader: file('./content/references/sources.yaml', { parser: yamlList('seed') }),
	schema: sourceSchema,
});

const glossary = defineCollection({
	loader: file('./content/glossary.yaml', { parser: yamlList('term') }),
	schema: glossaryEntrySchema,
});

export const collections = {
	reviews,
	strategies,
	equations,
	literature,
	references,
	sources,
	glossary,
};
