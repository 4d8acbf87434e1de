import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as physics from '../../../src/physics/index';
import type { Result } from '../../../src/physics/index';
import { allFinite, expectRel, expectWellFormedErrors, nastyDouble, unwrap } from './helpers';

type AnyFn = (input: never) => Result<unknown>;

/** Every object-input function of the public API and its input fields (required?). */
const SIGNATURES: Record<string, Record<string, boolean>> = {
	sandsTime: { D: true, c0: true, tPlus: true, J: true, z: false, areaFactor: false },
	maxCurrentDensityForCapacity: {
		D: true,
		c0: true,
		tPlus: true,
		Q: true,
		z: false,
		areaFactor: false,
	},
	chazalvielLimitingCurrent: { D: true, c0: true, tPlus: true, L: true, z: false },
	surfaceConcentration: {
		D: true,
		c0: true,
		tPlus: true,
		J: true,
		t: true,
		z: false,
		areaFactor: false,
	},
	sampleSurfaceConcentration: {
		D: true,
		c0: true,
		tPlus: true,
		J: true,
		n: false,
		z: false,
		areaFactor: false,
	},
	sampleSandsTime: {
		D: true,
		c0: true,
		tPlus: true,
		Jmin: true,
		Jmax: true,
		n: false,
		z: false,
		areaFactor: false,
	},
	localCurrentDensity: { J: true, contactFraction: false },
	ccdHeadroom: { ccd: true, J: true, contactFraction: false },
	maxCRate: { ccd: true, Q: true, contactFraction: false },
	assessCcd: { ccd: true, Q: true, cRate: true, contactFraction: false },
	ccdFromStepProtocol: { J0: true, dJ: true, shortStep: true, halfCycleTime: true },
	criticalArealCapacity: { ccd: true, halfCycleTime: true },
	voidNucleation: { J: true, Rs: true, contactFraction: false, gamma: false, Vm: false },
	sampleHeadroomVsCRate: {
		ccd: true,
		Q: true,
		cRateMin: true,
		cRateMax: true,
		contactFraction: false,
		n: false,
	},
	arealCapacity: { loading: true, specificCapacity: true, activeFraction: false },
	currentDensityAtCRate: { Q: true, cRate: true },
	chargeTime: { cRate: true },
	chargeTimeAtCurrentDensity: { Q: true, J: true },
	cRateForChargeTime: { time: true },
	platedLithiumThickness: { Q: true },
	lithiumFoilCapacity: { thickness: true },
	npRatio: { foilThickness: true, cathodeCapacity: true },
	electrodeDesign: {
		loading: true,
		specificCapacity: true,
		cRate: true,
		activeFraction: false,
		foilThickness: false,
	},
	sampleCapacityVsLoading: {
		specificCapacity: true,
		cRate: true,
		loadingMin: true,
		loadingMax: true,
		activeFraction: false,
		n: false,
	},
};

/** Functions with positional arguments (units) or helpers, fuzzed separately. */
const OTHER = new Set([
	'ok',
	'fail',
	'isFiniteNumber',
	'toSI',
	'fromSI',
	'convert',
	'unitFactor',
	'unitOptions',
]);

const api = physics as unknown as Record<string, unknown>;
const fn = (name: string) => api[name] as AnyFn;

describe('public API', () => {
	it('every exported function is covered by the fuzz table', () => {
		const exported = Object.keys(api).filter(
			(k) => typeof api[k] === 'function' && k !== 'Validator',
		);
		const uncovered = exported.filter((k) => !(k in SIGNATURES) && !OTHER.has(k));
		expect(uncovered).toEqual([]);
		for (const name of Object.keys(SIGNATURES)) expect(typeof api[name]).toBe('function');
	});
});

describe('no NaN / Infinity for any double input (property)', () => {
	for (const [name, sig] of Object.entries(SIGNATURES)) {
		it(name, () => {
			const record = fc.record(
				Object.fromEntries(
					Object.entries(sig).map(([field, required]) => [
						field,
						required ? nastyDouble : fc.option(nastyDouble, { nil: undefined }),
					]),
				),
			);
			fc.assert(
				fc.property(record, (input) => {
					const r = fn(name)(input as never);
					if (r.ok) expect(allFinite(r.value), JSON.stringify(r.value)).toBe(true);
					else expectWellFormedErrors(r.errors);
				}),
				{ numRuns: 300 },
			);
		});
	}

	it('bad input shapes (null, number, {}) give errors, never throw', () => {
		for (const name of Object.keys(SIGNATURES)) {
			for (const bad of [null, undefined, 3, 'x', {}]) {
				const r = fn(name)(bad as never);
				expect(r.ok, name).toBe(false);
				if (!r.ok) expectWellFormedErrors(r.errors);
			}
		}
	});

	it('units: toSI / fromSI / convert with any value and any unit string', () => {
		const quantities = [...Object.keys(physics.UNITS), 'bogus'];
		const unitsFor = (q: string) =>
			q in physics.UNITS ? [...Object.keys(physics.UNITS[q as physics.Quantity]), 'bogus'] : ['m'];
		fc.assert(
			fc.property(fc.constantFrom(...quantities), fc.nat(), fc.nat(), nastyDouble, (q, i, j, x) => {
				const us = unitsFor(q);
				const a = us[i % us.length]!;
				const b = us[j % us.length]!;
				for (const r of [
					physics.toSI(q as never, a as never, x),
					physics.fromSI(q as never, a as never, x),
					physics.convert(q as never, a as never, b as never, x),
					physics.unitFactor(q as never, a as never),
				]) {
					if (r.ok) expect(Number.isFinite(r.value)).toBe(true);
					else expectWellFormedErrors(r.errors);
				}
			}),
			{ numRuns: 500 },
		);
	});
});

describe('golden fixture (independent hand arithmetic)', () => {
	const golden = JSON.parse(
		readFileSync(new URL('../../fixtures/physics/golden.json', import.meta.url), 'utf8'),
	) as {
		relativeTolerance: number;
		cases: Array<{ id: string; function: string; input: object; expected: Record<string, number> }>;
	};

	it('has cases', () => {
		expect(golden.cases.length).toBeGreaterThanOrEqual(10);
	});

	for (const c of golden.cases) {
		it(c.id, () => {
			const value = unwrap(fn(c.function)(c.input as never));
			for (const [key, expected] of Object.entries(c.expected)) {
				const actual =
					key === 'value' && typeof value === 'number'
						? value
						: (value as Record<string, unknown>)[key];
				expect(typeof actual, `${c.id}.${key}`).toBe('number');
				expectRel(actual as number, expected, golden.relativeTolerance);
			}
		});
	}
});
