/** /data/<table id>.json — one literature table: the same object as its entry in /data/literature.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetToJson, jsonText, type ExportDataset } from '../../data/export';
import { exportDatasets, file, sourcesBySeed } from './_shared';

export const getStaticPaths = (async () =>
	(await exportDatasets()).map((d) => ({
		params: { id: d.id },
		props: { d },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { d } = props as { d: ExportDataset };
	const source = (await sourcesBySeed())[d.seed];
	if (!source)
		throw new Error(`${d.id}: no source for seed ${d.seed} in content/references/sources.yaml`);
	return file(jsonText(datasetToJson(d, source)), 'json');
};
