/**
 * Shared by the /data/ endpoints: the literature tables as export input, the paper of each seed, and
 * the response helper. (Files starting with "_" are not routes.)
 */
import { getCollection } from 'astro:content';
import type { ExportDataset, SourceLike } from '../../data/export';

export async function exportDatasets(): Promise<ExportDataset[]> {
	const entries = await getCollection('literature');
	return entries.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.id.localeCompare(b.id));
}

export async function sourcesBySeed(): Promise<Record<string, SourceLike>> {
	const sources = await getCollection('sources');
	return Object.fromEntries(sources.map((s) => [s.data.seed, s.data]));
}

export const TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	bib: 'application/x-bibtex; charset=utf-8',
} as const;

export function file(body: string, type: keyof typeof TYPES): Response {
	return new Response(body, { headers: { 'Content-Type': TYPES[type] } });
}
