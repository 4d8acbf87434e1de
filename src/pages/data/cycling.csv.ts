/** /data/cycling.csv — the unified cycling view (src/data/cycling.ts) as RFC 4180 CSV. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildCyclingRows } from '../../data/cycling';
import { CYCLING_CSV_COLUMNS, recordsToCsv } from '../../data/export';
import { file } from './_shared';

export const GET: APIRoute = async () =>
	file(
		recordsToCsv(buildCyclingRows(await getCollection('literature')), CYCLING_CSV_COLUMNS),
		'csv',
	);
