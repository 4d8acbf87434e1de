import { describe, expect, it } from 'vitest';
import { parseCiteKeys } from '../../../src/data/citations';

describe('parseCiteKeys', () => {
	it('reads single numbers, lists, ranges and sub-letters', () => {
		expect(parseCiteKeys('33')).toEqual(['33']);
		expect(parseCiteKeys('33, 34')).toEqual(['33', '34']);
		expect(parseCiteKeys('100-102')).toEqual(['100', '101', '102']);
		expect(parseCiteKeys('100–101')).toEqual(['100', '101']);
		expect(parseCiteKeys('16b,17')).toEqual(['16b', '17']);
	});

	it('rejects what is not a reference number', () => {
		expect(() => parseCiteKeys('')).toThrow(/empty/);
		expect(() => parseCiteKeys('ref 3')).toThrow(/not a reference number/);
		expect(() => parseCiteKeys('9-3')).toThrow(/range/);
	});
});
