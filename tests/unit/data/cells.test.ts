import { describe, expect, it } from 'vitest';
import { cellSortValue, cellText, formatNumber } from '../../../src/data/cells';

describe('cellText', () => {
	it('shows each column type as the table prints it', () => {
		expect(cellText({ type: 'number' }, 5)).toBe('5');
		expect(cellText({ type: 'number' }, null)).toBe('');
		expect(cellText({ type: 'formula' }, 'Li_{6}PS_{5}Cl')).toBe('Li6PS5Cl');
		expect(cellText({ type: 'range' }, { min: 1e-7, max: 1e-3 })).toBe('1×10⁻⁷–0.001');
		expect(cellText({ type: 'range' }, { min: 400, printed: '> 400' })).toBe('> 400');
		expect(cellText({ type: 'range' }, { min: 400 })).toBe('> 400');
		expect(cellText({ type: 'conditioned' }, { value: 2.54, temperature: 25 })).toBe(
			'2.54 @ 25 °C',
		);
		expect(cellText({ type: 'parts' }, { printed: 'a; b', parts: [{}] })).toBe('a; b');
	});
});

describe('cellSortValue', () => {
	it('sorts ranges by their geometric midpoint and parts by their first number', () => {
		expect(cellSortValue({ type: 'range' }, { min: 1e-6, max: 1e-2 })).toBeCloseTo(1e-4, 12);
		expect(
			cellSortValue({ type: 'parts' }, { printed: '', parts: [{ unit: 'x', capacity: 62.3 }] }),
		).toBe(62.3);
		expect(cellSortValue({ type: 'text' }, 'abc')).toBeNull();
	});
});

describe('formatNumber', () => {
	it('uses scientific notation only for very small or large values', () => {
		expect(formatNumber(0.5)).toBe('0.5');
		expect(formatNumber(12000)).toBe('12000');
		expect(formatNumber(2.5e-5)).toBe('2.5×10⁻⁵');
		expect(formatNumber(0)).toBe('0');
	});
});
