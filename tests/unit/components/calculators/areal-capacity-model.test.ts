import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	arealOutputs,
	arealVerdict,
	evaluateAreal,
	loadingPlot,
} from '../../../../components/calculators/areal-capacity-model';
import { AREAL_FIELDS, AREAL_TEXT } from '../../../../components/calculators/areal-capacity-spec';
import { context, remember } from '../../../../components/calculators/calc';
import { formFromValues, readForm } from '../../../../components/calculators/fields';
import { setText } from '../../../../components/calculators/format';
import { UI_TEXT } from '../../../../components/calculators/ui-text';
import { unitTable } from '../../../../components/calculators/unit-table';
import { setUnits } from '../../../../components/calculators/units';
import { defaults, type Values } from '../../../../components/calculators/url-state';

beforeAll(() => {
	setUnits(unitTable());
	setText({ ...UI_TEXT, ...AREAL_TEXT });
});

function view(values: Values, memory = {}) {
	const f = AREAL_FIELDS;
	const ctx = context(f, readForm(f, formFromValues(f, { ...defaults(f), ...values })));
	const g = evaluateAreal(ctx);
	const main = remember(memory, 'main', g.main);
	const np = remember(memory, 'np', g.np);
	return { ctx, main, np, outputs: arealOutputs(main, np), verdict: arealVerdict(main, np) };
}

describe('areal-capacity model', () => {
	it('reproduces seed 003: 34.81 mg cm⁻² at 135 mAh g⁻¹ → 4.7 mAh cm⁻², 4.7 mA cm⁻² at 1 C', () => {
		const { outputs, verdict } = view({});
		const o = Object.fromEntries(outputs.map((x) => [x.name, x]));
		// 34.81 mg cm⁻² × 135 mAh g⁻¹ = 4699.35 µAh cm⁻²
		expect(o.areal!.value).toBeCloseTo(4.69935, 10);
		expect(o.J!.value).toBeCloseTo(4.69935, 10);
		expect(o.time!.value).toBeCloseTo(60, 10);
		expect(o.time!.text).toBe('60 min');
		// 4.69935 mAh cm⁻² × 4.849 µm per mAh cm⁻²
		expect(o.li!.value).toBeCloseTo(22.7875, 3);
		expect(o.np!.note).toBe(false);
		expect(verdict).toMatch(/1\.17 times the 4 mA cm⁻²/);
		expect(verdict).toMatch(/15-minute target .* 18\.8 mA cm⁻²/);
	});

	it('4 C is 15 minutes and meets the target', () => {
		const { outputs, verdict } = view({ crate: '4' });
		expect(outputs.find((x) => x.name === 'time')!.text).toBe('15 min');
		expect(verdict).toMatch(/meets the 15-minute target/);
	});

	it('without a foil the N/P ratio is a note, not a number', () => {
		const { outputs, verdict } = view({ foil: '' });
		const np = outputs.find((x) => x.name === 'np')!;
		expect(np.value).toBeUndefined();
		expect(np.note).toBe(true);
		expect(verdict).toMatch(/anode-free/);
	});

	it('keeps the last valid result, stale, when an input goes bad', () => {
		const memory = {};
		view({}, memory);
		const { outputs, ctx } = view({ active: '150' }, memory);
		expect(ctx.problems.active?.message).toMatch(/at most 100 %/);
		const a = outputs.find((x) => x.name === 'areal')!;
		expect(a.stale).toBe(true);
		expect(a.value).toBeCloseTo(4.69935, 10);
	});

	it('never writes NaN, Infinity or undefined, and the plot stays finite', () => {
		const num = fc.oneof(
			fc.double().map(String),
			fc.constantFrom('', '-0', '0', '1e308', '1e-320', 'abc', 'Infinity'),
		);
		fc.assert(
			fc.property(
				fc.record({ loading: num, capacity: num, active: num, crate: num, foil: num }),
				(v) => {
					const { outputs, verdict, main } = view(v);
					for (const o of outputs) {
						expect(o.text).not.toMatch(/NaN|Infinity|undefined/);
						expect(o.text.trim()).not.toBe('');
						if (o.value !== undefined) expect(Number.isFinite(o.value)).toBe(true);
					}
					expect(verdict).not.toMatch(/NaN|Infinity|undefined/);
					const m = main.ok;
					if (m) {
						const p = loadingPlot(m.inputs, m.value);
						if (p) for (const q of [...p.Q, ...p.J]) expect(q.every(Number.isFinite)).toBe(true);
					}
				},
			),
			{ numRuns: 400 },
		);
	});
});
