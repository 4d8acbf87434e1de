/**
 * The formula markup of the data files (docs/authoring.md): `Li_{6.4}La_3Zr_{1.4}Ta_{0.6}O_{12}`,
 * `Li^{+}`. Parsed into segments for rendering as <sub>/<sup>, and flattened to plain text for exports
 * and search (`Li6.4La3Zr1.4Ta0.6O12`).
 */
export type FormulaSegment = { kind: 'text' | 'sub' | 'sup'; text: string };

export function parseFormula(input: string): FormulaSegment[] {
	const out: FormulaSegment[] = [];
	let text = '';
	let i = 0;
	const flush = () => {
		if (text) out.push({ kind: 'text', text });
		text = '';
	};
	while (i < input.length) {
		const c = input[i]!;
		if ((c === '_' || c === '^') && i + 1 < input.length) {
			const kind = c === '_' ? 'sub' : 'sup';
			let body: string;
			if (input[i + 1] === '{') {
				const end = input.indexOf('}', i + 2);
				if (end < 0) {
					text += c;
					i += 1;
					continue;
				}
				body = input.slice(i + 2, end);
				i = end + 1;
			} else {
				body = input[i + 1]!;
				i += 2;
			}
			flush();
			out.push({ kind, text: body });
			continue;
		}
		text += c;
		i += 1;
	}
	flush();
	return out;
}

/** Plain text: subscripts and superscripts inlined (`Li^{+}` → `Li+`). */
export function formulaToPlain(input: string): string {
	return parseFormula(input)
		.map((s) => s.text)
		.join('');
}
