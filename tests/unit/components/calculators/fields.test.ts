import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREAL_FIELDS } from '../../../../components/calculators/areal-capacity-spec';
import { CCD_FIELDS } from '../../../../components/calculators/ccd-spec';
import {
	canonicalValues,
	convertRaw,
	displayRaw,
	fieldOf,
	readField,
	readForm,
	formFromValues,
} from '../../../../components/calculators/fields';
import { setText } from '../../../../components/calculators/format';
import { SAND_FIELDS } from '../../../../components/calculators/sands-time-spec';
import { UI_TEXT } from '../../../../components/calculators/ui-text';
import { unitTable } from '../../../../components/calculators/unit-table';
import { setUnits } from '../../../../components/calculators/units';
import { defaults } from '../../../../components/calculators/url-state';

beforeAll(() => {
	setUnits(unitTable());
	setText(UI_TEXT);
});

const spec = (fields: readonly { key: string }[], key: string) =>
	fields.find((f) => f.key === key) as (typeof SAND_FIELDS)[number];

describe('unit conversion of an input', () => {
	it('rewrites the text for a new unit (factors by hand)', () => {
		const J = spec(SAND_FIELDS, 'J');
		expect(convertRaw(J, '4', 'mA cm⁻²', 'A m⁻²')).toBe('40'); // 1 mA cm⁻² = 10 A m⁻²
		expect(convertRaw(J, '4', 'mA cm⁻²', 'µA cm⁻²')).toBe('4000');
		const D = spec(SAND_FIELDS, 'D');
		expect(convertRaw(D, '0.00001', 'cm² s⁻¹', 'm² s⁻¹')).toBe('1e-9'); // 1 cm² = 1e-4 m²
		const loading = spec(AREAL_FIELDS, 'loading');
		expect(convertRaw(loading, '34.81', 'mg cm⁻²', 'kg m⁻²')).toBe('0.3481'); // × 0.01
		const q = spec(AREAL_FIELDS, 'capacity');
		expect(convertRaw(q, '135', 'mAh g⁻¹', 'C kg⁻¹')).toBe('486000'); // 3.6 C / 1e-3 kg
		const foil = spec(AREAL_FIELDS, 'foil');
		expect(convertRaw(foil, '20', 'µm', 'mm')).toBe('0.02');
		const Rs = spec(CCD_FIELDS, 'Rs');
		expect(convertRaw(Rs, '1.3', 'Ω cm²', 'Ω m²')).toBe('0.00013');
	});

	it('leaves text that is not a number unchanged', () => {
		const J = spec(SAND_FIELDS, 'J');
		for (const raw of ['', ' ', 'abc', 'NaN', '<b>'])
			expect(convertRaw(J, raw, 'mA cm⁻²', 'A m⁻²')).toBe(raw);
	});

	it('round-trips through any unit of every field and keeps the SI value', () => {
		const withUnits = [...SAND_FIELDS, ...CCD_FIELDS, ...AREAL_FIELDS].filter(
			(f) => (f.units?.length ?? 0) > 1,
		);
		fc.assert(
			fc.property(
				fc.constantFrom(...withUnits),
				fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
				fc.nat(),
				(f, x, i) => {
					const units = f.units!;
					const to = units[i % units.length]!;
					const raw = String(x);
					const there = convertRaw(f, raw, f.unit, to);
					const a = readField(f, raw, f.unit);
					const b = readField(f, there, to);
					expect(a.kind).toBe('ok');
					expect(b.kind).toBe('ok');
					if (a.kind === 'ok' && b.kind === 'ok') {
						expect(Math.abs(b.si / a.si - 1)).toBeLessThan(1e-10);
						expect(Math.abs(b.canonical / a.canonical - 1)).toBeLessThan(1e-10);
					}
					const back = Number(convertRaw(f, there, to, f.unit));
					expect(Math.abs(back / x - 1)).toBeLessThan(1e-10);
				},
			),
			{ numRuns: 300 },
		);
	});

	it('displayRaw shows a canonical value in the selected unit', () => {
		expect(displayRaw(spec(SAND_FIELDS, 'c0'), '1.2', 'mol m⁻³')).toBe('1200');
	});
});

describe('reading an input', () => {
	it('percent fields scale to a fraction', () => {
		const r = readField(spec(AREAL_FIELDS, 'active'), '60');
		expect(r).toEqual({ kind: 'ok', si: 0.6, canonical: 60 });
	});

	it('reports empty, text and overflow with a message; optional empty is allowed', () => {
		const J = spec(SAND_FIELDS, 'J');
		expect(readField(J, '').kind).toBe('error');
		expect(readField(spec(SAND_FIELDS, 'L'), '  ').kind).toBe('empty');
		const t = readField(J, 'abc');
		expect(t.kind === 'error' && t.message).toMatch(/not a number/);
		const big = readField(spec(SAND_FIELDS, 'D'), '1e307'); // × 1e-4 is fine …
		expect(big.kind).toBe('ok');
		const over = readField(spec(AREAL_FIELDS, 'capacity'), '1e306'); // … × 3600 overflows
		expect(over.kind).toBe('error');
		const under = readField(spec(SAND_FIELDS, 'D'), '1e-321'); // underflows to 0 in SI
		expect(under.kind).toBe('error');
	});

	it('canonical values keep the last valid value for an invalid field', () => {
		const f = AREAL_FIELDS;
		const form = formFromValues(f, { ...defaults(f), loading: 'abc', crate: '4' });
		const v = canonicalValues(f, readForm(f, form), { ...defaults(f), loading: '50' });
		expect(v.loading).toBe('50');
		expect(v.crate).toBe('4');
	});

	it('maps physics input names back to fields', () => {
		expect(fieldOf(AREAL_FIELDS, 'activeFraction')).toBe('active');
		expect(fieldOf(AREAL_FIELDS, 'foilThickness')).toBe('foil');
		expect(fieldOf(SAND_FIELDS, 'tPlus')).toBe('t');
		expect(fieldOf(SAND_FIELDS, 'nothing')).toBeUndefined();
	});
});
