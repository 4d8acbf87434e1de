import { describe, expect, it } from 'vitest';
import {
	calcHref,
	lifeText,
	refKeys,
	rowCitations,
	rowHref,
	sourceText,
	valuesText,
} from '../../../../components/explorer/format';
import type { CyclingRow } from '../../../../src/data/cycling';

const row: CyclingRow = {
	id: 'seed000-table2#row-8',
	dataset: 'seed000-table2',
	rowNumber: 8,
	seed: '000',
	table: 'Table 2',
	ref: '[68]',
	label: 'Highly concentrated electrolyte',
	currentDensity: 10,
	arealCapacity: 0.5,
	cycles: 6000,
	hours: null,
	temperature: 25,
	electrolyteClass: 'liquid',
	category: 'electrolyte-design',
};

describe('explorer text', () => {
	it('writes values with units', () => {
		expect(valuesText(row)).toBe('10 mA cm⁻², 0.5 mAh cm⁻², 6000 cycles, 25 °C');
		expect(valuesText({ ...row, arealCapacity: null, temperature: null })).toBe(
			'10 mA cm⁻², capacity not reported, 6000 cycles, temperature not given',
		);
	});

	it('says whether cycle life is cycles, hours (unconverted) or missing', () => {
		expect(lifeText({ cycles: 200, hours: null })).toBe('200 cycles');
		expect(lifeText({ cycles: null, hours: 600 })).toBe(
			'600 h (printed as a duration, not converted to cycles)',
		);
		expect(lifeText({ cycles: 2000, hours: 2000 })).toBe('2000 cycles and 2000 h');
		expect(lifeText({ cycles: null, hours: null })).toBe('no cycle count printed');
	});

	it('links the source row and the calculator under the base path', () => {
		expect(rowHref(row, '/atlas/')).toBe('/atlas/literature/seed000-table2/#row-8');
		expect(rowHref(row, '/atlas')).toBe('/atlas/literature/seed000-table2/#row-8');
		expect(calcHref(row, '/')).toBe('/calculators/sands-time/?J=10&Q=0.5');
		expect(calcHref({ ...row, arealCapacity: null }, '/')).toBe('/calculators/sands-time/?J=10');
		expect(sourceText(row)).toBe('Table 2 · seed 000, row 8');
	});

	it('resolves printed refs to citations, naming missing entries', () => {
		expect(refKeys('[68]')).toEqual(['68']);
		expect(refKeys('[111,112]')).toEqual(['111', '112']);
		expect(refKeys('[16b]')).toEqual(['16b']);
		expect(refKeys(null)).toEqual([]);
		expect(refKeys('[see text]')).toEqual([]);
		expect(rowCitations(row, { '000:68': 'J. Qian et al.' })).toEqual(['J. Qian et al.']);
		expect(rowCitations(row, {})[0]).toMatch(/Reference 68 of seed 000/);
	});
});
