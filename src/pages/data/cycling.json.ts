/** /data/cycling.json — the unified cycling view (src/data/cycling.ts): { rows: CyclingRow[] }. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildCyclingRows } from '../../data/cycling';
import { jsonText } from '../../data/export';
import { file } from './_shared';

export const GET: APIRoute = async () => {
	const rows = buildCyclingRows(await getCollection('literature'));
	return file(jsonText({ units: CYCLING_UNITS, rows }), 'json');
};

const CYCLING_UNITS = {
	currentDensity: 'mA cm⁻²',
	arealCapacity: 'mAh cm⁻²',
	cycles: 'cycles',
	hours: 'h',
	temperature: '°C',
};
