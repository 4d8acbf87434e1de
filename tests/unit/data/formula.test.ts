import { describe, expect, it } from 'vitest';
import { formulaToPlain, parseFormula } from '../../../src/data/formula';

describe('parseFormula', () => {
	it('splits braced and single-character subscripts and superscripts', () => {
		expect(parseFormula('Li_{6.4}La_3O_{12}')).toEqual([
			{ kind: 'text', text: 'Li' },
			{ kind: 'sub', text: '6.4' },
			{ kind: 'text', text: 'La' },
			{ kind: 'sub', text: '3' },
			{ kind: 'text', text: 'O' },
			{ kind: 'sub', text: '12' },
		]);
		expect(parseFormula('Li^{+}')).toEqual([
			{ kind: 'text', text: 'Li' },
			{ kind: 'sup', text: '+' },
		]);
	});

	it('keeps text without markup, and an unclosed brace as text', () => {
		expect(parseFormula('PEO-based')).toEqual([{ kind: 'text', text: 'PEO-based' }]);
		expect(formulaToPlain('a_{b')).toBe('a_{b');
	});

	it('flattens to plain text for exports and search', () => {
		expect(formulaToPlain('Li_{6.4}La_{3}Zr_{1.4}Ta_{0.6}O_{12}')).toBe('Li6.4La3Zr1.4Ta0.6O12');
		expect(formulaToPlain('1 M LiPF_{6} in EC/DEC')).toBe('1 M LiPF6 in EC/DEC');
	});
});
