/**
 * Citation keys as authors write them in <Cite n="…"/>: "33", "33,34", "100-101", "16b".
 * Ranges expand to every number between, so each cited entry can be linked and checked.
 */
export function parseCiteKeys(n: string): string[] {
	const keys: string[] = [];
	for (const raw of n.split(/[,;]/)) {
		const part = raw.trim();
		if (!part) continue;
		const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part);
		if (range) {
			const a = Number(range[1]);
			const b = Number(range[2]);
			if (b < a || b - a > 50) throw new Error(`citation range "${part}" is not a sensible range`);
			for (let k = a; k <= b; k++) keys.push(String(k));
		} else if (/^\d+[a-z]?$/.test(part)) {
			keys.push(part);
		} else {
			throw new Error(`citation key "${part}" is not a reference number`);
		}
	}
	if (keys.length === 0) throw new Error(`empty citation "${n}"`);
	return keys;
}

/** The anchor id of a reference entry on its paper's reference page. */
export function refAnchor(key: string): string {
	return `ref-${key}`;
}
