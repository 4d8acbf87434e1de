/**
 * Presets: named sets of input values (canonical units, as in the URL) with the source they come
 * from, grouped for display. Pure.
 */
import type { Values } from './url-state';

export interface Preset {
	/** Group heading, e.g. "Electrolyte". */
	group: string;
	/** Button text. */
	label: string;
	/** Values to set, in the parameters' canonical units. */
	values: Values;
	/** Where the numbers come from (paper and section, or "not from the papers"). */
	source: string;
}

export interface PresetGroup {
	group: string;
	items: Preset[];
}

/** Presets grouped by `group`, in first-appearance order (done on the server). */
export function groupPresets(presets: readonly Preset[]): PresetGroup[] {
	const out: PresetGroup[] = [];
	for (const p of presets) {
		const g = out.find((x) => x.group === p.group);
		if (g) g.items.push(p);
		else out.push({ group: p.group, items: [p] });
	}
	return out;
}
