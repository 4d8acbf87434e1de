/** /data/<table id>.bib — BibTeX of the references the table cites (one @article per reference). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { datasetToBibtex, type ExportDataset } from '../../data/export';
import { exportDatasets, file } from './_shared';

export const getStaticPaths = (async () =>
	(await exportDatasets()).map((d) => ({
		params: { id: d.id },
		props: { d },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { d } = props as { d: ExportDataset };
	const refs = await getEntry('references', `seed${d.seed}`);
	return file(datasetToBibtex(d, refs?.data.entries ?? []), 'bib');
};
