import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { AREAL_FIELDS } from '../../../../components/calculators/areal-capacity-spec';
import { CCD_FIELDS } from '../../../../components/calculators/ccd-spec';
import { setText } from '../../../../components/calculators/format';
import { SAND_FIELDS } from '../../../../components/calculators/sands-time-spec';
import { UI_TEXT } from '../../../../components/calculators/ui-text';
import {
	defaults,
	parseQuery,
	resolveQuery,
	serializeQuery,
} from '../../../../components/calculators/url-state';

beforeAll(() => setText(UI_TEXT));

const ALL = [
	['sands-time', SAND_FIELDS],
	['ccd', CCD_FIELDS],
	['areal-capacity', AREAL_FIELDS],
] as const;

/** A finite number in the form the URL holds (what canonicalNumber writes). */
const canonical = fc
	.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 })
	.map((x) => String(Number(x.toPrecision(12))))
	.map((s) => (s === '-0' ? '0' : s));

describe.each(ALL)('%s URL state', (_, fields) => {
	const keys = fields.map((f) => f.key);

	it('the defaults serialize to an empty query and parse back', () => {
		expect(serializeQuery(defaults(fields), fields)).toBe('');
		const q = parseQuery('', fields);
		expect(q.values).toEqual(defaults(fields));
		expect(q.notices).toEqual([]);
	});

	it('round-trips any canonical values: parse(serialize(v)) = v, without notices', () => {
		fc.assert(
			fc.property(fc.record(Object.fromEntries(keys.map((k) => [k, canonical]))), (v) => {
				const search = serializeQuery(v, fields);
				const q = parseQuery(search, fields);
				expect(q.notices).toEqual([]);
				expect(q.values).toEqual(v);
				expect(serializeQuery(q.values, fields)).toBe(search);
			}),
			{ numRuns: 200 },
		);
	});

	it('an emptied optional parameter is written as key= and read back as empty', () => {
		const opt = fields.filter((f) => f.optional);
		for (const f of opt) {
			const v = { ...defaults(fields), [f.key]: '' };
			const search = serializeQuery(v, fields);
			if (f.default === '') expect(search).toBe('');
			else expect(search).toBe(`?${f.key}=`);
			expect(parseQuery(search, fields).values[f.key]).toBe('');
		}
	});

	it('unknown, repeated and malformed parameters fall back with a notice each', () => {
		const k = keys[0]!;
		const q = parseQuery(`?zz=1&${k}=abc&${k}=2&${keys[1]}=NaN&${keys[2]}=Infinity`, fields);
		expect(q.values[k]).toBe(fields[0]!.default);
		expect(q.values[keys[1]!]).toBe(fields[1]!.default);
		expect(q.values[keys[2]!]).toBe(fields[2]!.default);
		expect(q.notices).toHaveLength(5);
		expect(q.notices.join(' ')).toMatch(/“zz”/);
		expect(q.notices.join(' ')).toMatch(new RegExp(`${k} appears more than once`));
	});

	it('values the physics rejects fall back to the default with a notice (resolveQuery)', () => {
		const k = keys[0]!;
		const r = resolveQuery(`?${k}=-5`, fields, (v) =>
			Number(v[k]) < 0 ? { [k]: { message: 'must be positive', allowed: '> 0' } } : {},
		);
		expect(r.values[k]).toBe(fields[0]!.default);
		expect(r.notices[0]).toMatch(/must be positive/);
	});

	it('never throws and only yields canonical numbers or empty optional values', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.string()), {
					maxLength: 8,
				}),
				(pairs) => {
					const q = parseQuery(new URLSearchParams(pairs).toString(), fields);
					for (const f of fields) {
						const v = q.values[f.key]!;
						if (v === '') expect(f.optional || f.default === '').toBe(true);
						else expect(Number.isFinite(Number(v))).toBe(true);
					}
					for (const n of q.notices) expect(n).not.toMatch(/undefined|NaN/);
				},
			),
			{ numRuns: 300 },
		);
	});
});
