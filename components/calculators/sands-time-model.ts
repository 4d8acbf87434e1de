/**
 * Sand's-time calculator logic: evaluation through src/physics, result texts, the plain-language
 * verdict and plot data (inputs and presets are in sands-time-spec.ts). Pure; no DOM.
 *
 * Physics: seed 000 Eq. (1) corrected and seed 001 Eqs. (4)–(6), in src/physics/sands-time.ts.
 */
// Physics imported from its modules, not the index, so each page's bundle holds only its own physics.
import {
	chargeTimeAtCurrentDensity,
	chazalvielLimitingCurrent,
	maxCurrentDensityForCapacity,
	sampleSurfaceConcentration,
	sandsTime,
} from '../../src/physics/sands-time';
import { fail, ok, type Result } from '../../src/physics/result';
import type { LimitingCurrent, MaxCurrent, SandsTime } from '../../src/physics/sands-time';
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
import { range } from './plot';
import { durationUnit, formatDuration, formatNumber, say } from './format';

export interface JmaxValue {
	max: MaxCurrent;
	/** Time to charge Q at the applied J, s. */
	chargeTime: number;
}

export interface SandGroups {
	main: Group<SandsTime>;
	jmax: Group<JmaxValue>;
	jstar: Group<LimitingCurrent>;
	[k: string]: Group<unknown>;
}

const num = (v: Record<string, number>, k: string) => v[k] ?? Number.NaN;

function electrolyte(v: Record<string, number>) {
	return { D: num(v, 'D'), c0: num(v, 'c0'), tPlus: num(v, 't'), z: num(v, 'z') };
}

/** Run the physics for the current inputs. */
export function evaluateSand(ctx: Context): SandGroups {
	const main = run(ctx, ['D', 'c0', 'J', 't', 'z', 'A'], [], (v) =>
		sandsTime({ ...electrolyte(v), areaFactor: num(v, 'A'), J: num(v, 'J') }),
	);
	const jmax = run(ctx, ['D', 'c0', 't', 'z', 'A', 'J'], ['Q'], (v): Result<JmaxValue> => {
		const max = maxCurrentDensityForCapacity({
			...electrolyte(v),
			areaFactor: num(v, 'A'),
			Q: num(v, 'Q'),
		});
		if (!max.ok) return max;
		const t = chargeTimeAtCurrentDensity({ Q: num(v, 'Q'), J: num(v, 'J') });
		return t.ok ? ok({ max: max.value, chargeTime: t.value }) : fail(t.errors);
	});
	const jstar = run(ctx, ['D', 'c0', 't', 'z'], ['L'], (v) =>
		chazalvielLimitingCurrent({ ...electrolyte(v), L: num(v, 'L') }),
	);
	return { main, jmax, jstar };
}

const MA = 'mA cm⁻²';
const mA = (si: number) => inUnit(MA, si);

/** The four result lines. */
export function sandOutputs(
	main: Shown<SandsTime>,
	jmax: Shown<JmaxValue>,
	jstar: Shown<LimitingCurrent>,
): OutputView[] {
	const m = main.ok?.value;
	const x = jmax.ok?.value.max;
	const s = jstar.ok?.value;
	const tau = m?.bounded ? m.tau : undefined;
	return [
		line('tau', 's', main, tau, '', tau === undefined ? '' : formatDuration(tau)),
		line('Qsand', 'mAh cm⁻²', main, m?.bounded ? m.sandCapacity : undefined),
		line('Jmax', MA, jmax, x?.bounded ? x.Jmax : undefined, 'needQ'),
		line('Jstar', MA, jstar, s?.bounded ? s.Jstar : undefined, 'needL'),
	];
}

/** Plain-language reading of the results. */
export function sandVerdict(
	main: Shown<SandsTime>,
	jmax: Shown<JmaxValue>,
	jstar: Shown<LimitingCurrent>,
): string {
	const m = main.ok;
	if (!m)
		return main.group.status === 'error' ? say('error', { msg: main.group.message }) : say('none');
	const out = main.stale || jmax.stale || jstar.stale ? [say('stale')] : [];
	if (!m.value.bounded) return [...out, say('single')].join(' ');
	const J = m.inputs.J ?? NaN;
	const A = m.inputs.A ?? 1;
	const v: Record<string, string> = {
		J: show(J, MA),
		tau: formatDuration(m.value.tau),
		local:
			A > 1 ? say('local', { A: formatNumber(A), Jl: show(m.value.localCurrentDensity, MA) }) : '',
	};
	const x = jmax.ok;
	if (x && x.value.max.bounded) {
		v.Q = show(x.inputs.Q, 'mAh cm⁻²');
		v.tc = formatDuration(x.value.chargeTime);
		v.Jmax = show(x.value.max.Jmax, MA);
		out.push(say((x.inputs.J ?? 0) > x.value.max.Jmax ? 'late' : 'early', v));
	} else {
		out.push(say('plain', v));
		if (jmax.group.status === 'empty') out.push(say('askQ'));
	}
	const s = jstar.ok;
	if (s && s.value.bounded)
		out.push(
			say(J < s.value.Jstar ? 'below' : 'above', {
				Jstar: show(s.value.Jstar, MA),
				L: show(s.inputs.L, 'µm'),
			}),
		);
	return out.join(' ');
}

/** τ(J) on log–log axes with the charge time Q/J and the user's point; display units. */
export interface SandPlot {
	/** [J in mA cm⁻², τ in s]. */
	tau: Array<[number, number]>;
	/** [J in mA cm⁻², Q/J in s], when Q is given. */
	charge: Array<[number, number]>;
	point: [number, number];
	/** Crossing of τ and Q/J at J_max. */
	cross?: [number, number];
}

export function sandPlot(inputs: Record<string, number>, Q?: number): SandPlot | undefined {
	const J = inputs.J ?? Number.NaN;
	const base = { ...electrolyte(inputs), areaFactor: inputs.A ?? 1 };
	const here = sandsTime({ ...base, J });
	const jp = mA(J);
	if (!here.ok || !here.value.bounded || jp === undefined) return undefined;
	let lo = J / 30;
	let hi = J * 30;
	let cross: [number, number] | undefined;
	if (Q !== undefined) {
		const x = maxCurrentDensityForCapacity({ ...base, Q });
		const jx = x.ok && x.value.bounded ? mA(x.value.Jmax) : undefined;
		if (x.ok && x.value.bounded && jx !== undefined) {
			lo = Math.min(lo, x.value.Jmax / 5);
			hi = Math.max(hi, x.value.Jmax * 5);
			cross = [jx, x.value.tau];
		}
	}
	const tau: Array<[number, number]> = [];
	const charge: Array<[number, number]> = [];
	for (const Jk of range(lo, hi, 40, 'log')) {
		const j = mA(Jk);
		const s = sandsTime({ ...base, J: Jk });
		if (j === undefined || !s.ok || !s.value.bounded) continue;
		tau.push([j, s.value.tau]);
		const c = Q === undefined ? undefined : chargeTimeAtCurrentDensity({ Q, J: Jk });
		if (c?.ok) charge.push([j, c.value]);
	}
	return { tau, charge, point: [jp, here.value.tau], cross };
}

/** c_s(t) profile and the value at the slider position (0–1000 of τ); display units. */
export interface ProfilePlot {
	/** Time unit for the axis (s, min or h). */
	unit: string;
	/** [t in `unit`, c_s in mol L⁻¹], 51 points. */
	points: Array<[number, number]>;
	/** Slider point [t in `unit`, c_s in mol L⁻¹] and the same in SI. */
	at: [number, number];
	atSI: { t: number; cs: number };
	c0: number;
	tau: number;
}

/** Samples c_s(t) at 1001 times from 0 to τ (src/physics) and picks the slider's one. */
export function profilePlot(inputs: Record<string, number>, pos: number): ProfilePlot | undefined {
	const input = { ...electrolyte(inputs), areaFactor: inputs.A ?? 1, J: inputs.J ?? Number.NaN };
	const p = sampleSurfaceConcentration({ ...input, n: 1001 });
	if (!p.ok || !p.value.bounded) return undefined;
	const tau = p.value.tau;
	const unit = durationUnit(tau);
	const td = (s: number) => inUnit(unit, s) ?? Number.NaN;
	const cd = (c: number) => inUnit('mol L⁻¹', c) ?? Number.NaN;
	const pt = (q: { t: number; cs: number }): [number, number] => [td(q.t), cd(q.cs)];
	const i = Number.isFinite(pos) ? Math.round(Math.min(1000, Math.max(0, pos))) : 0;
	const at = p.value.points[i] ?? { t: 0, cs: input.c0 };
	const view: ProfilePlot = {
		unit,
		points: p.value.points.filter((_, k) => k % 20 === 0).map(pt),
		at: pt(at),
		atSI: at,
		c0: cd(input.c0),
		tau,
	};
	return Number.isFinite(view.c0 + view.at[0] + view.at[1] + td(tau)) ? view : undefined;
}
