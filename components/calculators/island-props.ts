/**
 * Server side: the props every calculator page gives its island (and CalcMount.astro writes as
 * JSON for mount.ts) — its fields and labels, the flattened unit table, and the shared wording
 * merged with the calculator's own. Kept out of the islands so none of it ships as JavaScript.
 */
import type { FieldSpec } from './fields';
import type { IslandProps } from './island';
import { UI_TEXT } from './ui-text';
import { unitTable } from './unit-table';

export function islandProps(
	fields: readonly FieldSpec[],
	labels: Record<string, string>,
	text: Record<string, string>,
): IslandProps {
	return { fields: [...fields], labels, units: unitTable(), text: { ...UI_TEXT, ...text } };
}
