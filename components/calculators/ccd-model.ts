/**
 * Critical-current-density calculator logic: evaluation through src/physics (seeds 000 §3, 004 §2.2
 * and §5.1 Eqs. 1–2, in src/physics/ccd.ts), result lines, the plain-language verdict and plot data
 * (inputs and wording are in ccd-spec.ts). Pure; no DOM.
 */
// Physics imported from its modules, not the index, so each page's bundle holds only its own physics.
import {
	type CcdAssessment,
	type StepProtocol,
	type VoidNucleation,
	assessCcd,
	ccdFromStepProtocol,
	criticalArealCapacity,
	sampleHeadroomVsCRate,
	voidNucleation,
} from '../../src/physics/ccd';
import {
	type Context,
	type Group,
	type OutputView,
	type Shown,
	inUnit,
	line,
	run,
	show,
} from './calc';
import { formatDuration, formatNumber, say } from './format';

export interface CcdGroups {
	main: Group<CcdAssessment>;
	void: Group<VoidNucleation>;
	step: Group<StepProtocol>;
	/** CCD × t_h from the CCD input, when no step test is entered. */
	direct: Group<number>;
	[k: string]: Group<unknown>;
}

const n = (v: Record<string, number>, k: string) => v[k] ?? NaN;
const STEP = ['j0', 'dj', 'fail', 'half'];

/** A step test is entered when any of J₀, ΔJ or n is filled in. */
export function stepMode(ctx: Context): boolean {
	return ['j0', 'dj', 'fail'].some((k) => ctx.reads[k]?.kind !== 'empty');
}

/** Run the physics for the current inputs. */
export function evaluateCcd(ctx: Context): CcdGroups {
	const main = run(ctx, ['Q', 'crate', 'contact', 'ccd'], [], (v) =>
		assessCcd({
			ccd: n(v, 'ccd'),
			Q: n(v, 'Q'),
			cRate: n(v, 'crate'),
			contactFraction: n(v, 'contact'),
		}),
	);
	// J = Q × C-rate comes from assessCcd (so the void radius also needs a valid CCD input).
	const voids = run(ctx, ['Q', 'crate', 'contact', 'ccd'], ['Rs', 'gamma'], (v) => {
		const a = assessCcd({
			ccd: n(v, 'ccd'),
			Q: n(v, 'Q'),
			cRate: n(v, 'crate'),
			contactFraction: n(v, 'contact'),
		});
		return a.ok
			? voidNucleation({
					J: a.value.J,
					contactFraction: n(v, 'contact'),
					Rs: n(v, 'Rs'),
					gamma: n(v, 'gamma'),
				})
			: a;
	});
	const steps = stepMode(ctx);
	const step = steps
		? run(ctx, [], STEP, (v) =>
				ccdFromStepProtocol({
					J0: n(v, 'j0'),
					dJ: n(v, 'dj'),
					shortStep: n(v, 'fail'),
					halfCycleTime: n(v, 'half'),
				}),
			)
		: ({ status: 'empty', missing: STEP } as Group<StepProtocol>);
	const direct = steps
		? ({ status: 'empty', missing: ['half'] } as Group<number>)
		: run(ctx, ['ccd'], ['half'], (v) =>
				criticalArealCapacity({ ccd: n(v, 'ccd'), halfCycleTime: n(v, 'half') }),
			);
	return { main, void: voids, step, direct };
}

const MA = 'mA cm⁻²';

/** Maximum C-rate with the shortest charge time. */
function rateText(a: CcdAssessment): { C: string; t: string } {
	return { C: show(a.maxCRate, 'C'), t: formatDuration(a.minChargeTime) };
}

/** The seven result lines. */
export function ccdOutputs(
	g: { [K in keyof CcdGroups]: Shown<unknown> },
	steps: boolean,
): OutputView[] {
	const a = g.main.ok?.value as CcdAssessment | undefined;
	const v = g.void.ok?.value as VoidNucleation | undefined;
	const s = g.step.ok?.value as StepProtocol | undefined;
	const d = g.direct.ok?.value as number | undefined;
	const passed = s?.passed ? s : undefined;
	const none = s && !s.passed ? say('nonePassed') : undefined;
	const cac = steps
		? line('cac', 'mAh cm⁻²', g.step, passed?.criticalArealCapacity, 'needStep', none)
		: line('cac', 'mAh cm⁻²', g.direct, d, 'needHalf');
	return [
		line('J', MA, g.main, a?.J),
		line('Jlocal', MA, g.main, a?.localCurrentDensity),
		line('headroom', '1', g.main, a?.headroom),
		line('maxCrate', 'h⁻¹', g.main, a?.maxCRate, '', a && say('minTime', rateText(a))),
		line('rcrit', 'nm', g.void, v?.rCrit, 'needRs'),
		line('ccdStep', MA, g.step, passed?.ccd, 'needStep', none),
		cac,
	];
}

/** Plain-language reading of the results. */
export function ccdVerdict(g: { [K in keyof CcdGroups]: Shown<unknown> }, steps: boolean): string {
	const m = g.main.ok as { value: CcdAssessment; inputs: Record<string, number> } | undefined;
	if (!m)
		return g.main.group.status === 'error'
			? say('error', { msg: g.main.group.message })
			: say('none');
	const a = m.value;
	const out = Object.values(g).some((x) => x.stale) ? [say('stale')] : [];
	const f = m.inputs.contact ?? 1;
	const vars = {
		h: formatNumber(a.headroom, 3),
		Jl: show(a.localCurrentDensity, MA),
		J: show(a.J, MA),
		ccd: show(m.inputs.ccd, MA),
		f: formatNumber(f * 100, 3),
		...rateText(a),
	};
	out.push(say(a.safe ? 'safe' : 'unsafe', vars));
	if (f < 1) out.push(say('contact', vars));
	const v = g.void.ok as { value: VoidNucleation; inputs: Record<string, number> } | undefined;
	if (v)
		out.push(
			say('void', {
				r: show(v.value.rCrit, 'nm'),
				Jl: show(v.value.localCurrentDensity, MA),
				Rs: show(v.inputs.Rs, 'Ω cm²'),
				dg: show(v.value.deltaGV, 'MJ m⁻³'),
			}),
		);
	else if (g.void.group.status === 'empty') out.push(say('needRs'));
	const s = g.step.ok as { value: StepProtocol; inputs: Record<string, number> } | undefined;
	if (steps && s) {
		const p = s.value;
		out.push(
			p.passed
				? say('passed', {
						k: String(p.stepsPassed),
						Js: show(p.shortCurrentDensity, MA),
						ccd: show(p.ccd, MA),
						cac: show(p.criticalArealCapacity, 'mAh cm⁻²'),
					})
				: say('failed', { J0: show(p.shortCurrentDensity, MA) }),
		);
	}
	const d = g.direct.ok as { value: number; inputs: Record<string, number> } | undefined;
	if (!steps && d)
		out.push(
			say('direct', {
				ccd: show(d.inputs.ccd, MA),
				th: formatDuration(d.inputs.half ?? NaN),
				cac: show(d.value, 'mAh cm⁻²'),
			}),
		);
	return out.join(' ');
}

/** Headroom against C-rate (both in display units: h⁻¹ and 1), the user's point and C_max. */
export interface HeadroomPlot {
	points: Array<[number, number]>;
	you: [number, number];
	max: [number, number];
}

export function headroomPlot(
	inputs: Record<string, number>,
	a: CcdAssessment,
): HeadroomPlot | undefined {
	const c = inputs.crate ?? NaN;
	const lo = Math.min(c, a.maxCRate) / 10;
	const hi = Math.max(c, a.maxCRate) * 10;
	const r = sampleHeadroomVsCRate({
		ccd: inputs.ccd ?? NaN,
		Q: inputs.Q ?? NaN,
		contactFraction: inputs.contact ?? NaN,
		cRateMin: lo,
		cRateMax: hi,
		n: 30,
	});
	const C = (x: number) => inUnit('C', x) ?? NaN;
	const you = C(c);
	const max = C(a.maxCRate);
	return r.ok && Number.isFinite(you + max + a.headroom)
		? {
				points: r.value.map((p) => [C(p.cRate), p.headroom]),
				you: [you, a.headroom],
				max: [max, 1],
			}
		: undefined;
}
