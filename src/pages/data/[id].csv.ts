/** /data/<table id>.csv — one literature table as RFC 4180 CSV (layout: src/data/export.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetToCsv, type ExportDataset } from '../../data/export';
import { exportDatasets, file } from './_shared';

export const getStaticPaths = (async () =>
	(await exportDatasets()).map((d) => ({
		params: { id: d.id },
		props: { d },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	file(datasetToCsv((props as { d: ExportDataset }).d), 'csv');
