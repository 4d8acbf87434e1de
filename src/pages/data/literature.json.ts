/** /data/literature.json — every literature table: { datasets: [ { id, source, table, title, columns, rows } ] }. */
import type { APIRoute } from 'astro';
import { jsonText, literatureJson } from '../../data/export';
import { exportDatasets, file, sourcesBySeed } from './_shared';

export const GET: APIRoute = async () =>
	file(jsonText(literatureJson(await exportDatasets(), await sourcesBySeed())), 'json');
