/**
 * Areal-capacity calculator logic: evaluation through src/physics (seed 003 §2, seed 000 §1, seed 004
 * §1, in src/physics/areal-capacity.ts), result lines, the plain-language verdict and plot data
 * (inputs and wording are in areal-capacity-spec.ts). Pure; no DOM.
 */
// Physics imported from its module, not the index, so the page's bundle holds only its own physics.
import {
	type ElectrodeDesign,
	type NpRatio,
	arealCapacity,
	cRateForChargeTime,
	currentDensityAtCRate,
	electrodeDesign,
	npRatio,
	sampleCapacityVsLoading,
} from '../../src/physics/areal-capacity';
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
import { type Axis, linearAxis } from './plot';

export interface ArealGroups {
	main: Group<ElectrodeDesign>;
	np: Group<NpRatio>;
	[k: string]: Group<unknown>;
}

const n = (v: Record<string, number>, k: string) => v[k] ?? Number.NaN;
const MAIN = ['loading', 'capacity', 'active', 'crate'];
const MA = 'mA cm⁻²';
const MAH = 'mAh cm⁻²';
/** The fast-charging standard of seed 000 §1: 4 mA cm⁻² (= 40 A m⁻²). */
export const STANDARD_J = 40;
/** The 15-minute target of seed 004 §1, s. */
export const TARGET_TIME = 900;

/** Run the physics for the current inputs. */
export function evaluateAreal(ctx: Context): ArealGroups {
	const main = run(ctx, MAIN, [], (v) =>
		electrodeDesign({
			loading: n(v, 'loading'),
			specificCapacity: n(v, 'capacity'),
			activeFraction: n(v, 'active'),
			cRate: n(v, 'crate'),
		}),
	);
	const np = run(ctx, ['loading', 'capacity', 'active'], ['foil'], (v) => {
		const Q = arealCapacity({
			loading: n(v, 'loading'),
			specificCapacity: n(v, 'capacity'),
			activeFraction: n(v, 'active'),
		});
		return Q.ok ? npRatio({ foilThickness: n(v, 'foil'), cathodeCapacity: Q.value }) : Q;
	});
	return { main, np };
}

/** The five result lines. */
export function arealOutputs(main: Shown<ElectrodeDesign>, np: Shown<NpRatio>): OutputView[] {
	const d = main.ok?.value;
	const t = d?.chargeTime;
	return [
		line('areal', MAH, main, d?.Q),
		line('J', MA, main, d?.J),
		line('time', 'min', main, t, '', t === undefined ? '' : formatDuration(t)),
		line('li', 'µm', main, d?.platedThickness),
		line('np', '1', np, np.ok?.value.ratio, 'needFoil'),
	];
}

/** Plain-language reading of the results. */
export function arealVerdict(main: Shown<ElectrodeDesign>, np: Shown<NpRatio>): string {
	const m = main.ok;
	if (!m)
		return main.group.status === 'error' ? say('error', { msg: main.group.message }) : say('none');
	const d = m.value;
	const out = main.stale || np.stale ? [say('stale')] : [];
	const k = d.J / STANDARD_J;
	// Current density of the same electrode at the C-rate of the 15-minute target (4 C).
	const c4 = cRateForChargeTime({ time: TARGET_TIME });
	const j4 = c4.ok ? currentDensityAtCRate({ Q: d.Q, cRate: c4.value }) : c4;
	const vars: Record<string, string> = {
		m: show(m.inputs.loading, 'mg cm⁻²'),
		x: formatNumber((m.inputs.active ?? 1) * 100, 4),
		q: show(m.inputs.capacity, 'mAh g⁻¹'),
		Q: show(d.Q, MAH),
		C: show(m.inputs.crate, 'C'),
		t: formatDuration(d.chargeTime),
		J: show(d.J, MA),
		J4: show(j4.ok ? j4.value : undefined, MA),
		k: formatNumber(k, 3),
		li: show(d.platedThickness, 'µm'),
	};
	out.push(say('main', vars));
	const same = Math.abs(k - 1) < 1e-9;
	out.push(say(same ? 'equal' : k > 1 ? 'above' : 'below', vars));
	out.push(say(d.chargeTime <= TARGET_TIME * (1 + 1e-12) ? 'fast' : 'slow', vars));
	out.push(say('plated', vars));
	const p = np.ok;
	if (p) {
		out.push(
			say('np', {
				d: show(p.inputs.foil, 'µm'),
				Qf: show(p.value.foilCapacity, MAH),
				np: formatNumber(p.value.ratio, 3),
			}),
		);
		if (p.value.ratio < 1) out.push(say('npLow'));
	} else if (np.group.status === 'empty') out.push(say('npNone'));
	return out.join(' ');
}

/** Areal capacity and current density against loading, in display units (mg cm⁻², mAh cm⁻², mA cm⁻²). */
export interface LoadingPlot {
	/** [loading, Q]. */
	Q: Array<[number, number]>;
	/** [loading, J]. */
	J: Array<[number, number]>;
	/** The user's electrode: [loading, Q] and [loading, J]. */
	youQ: [number, number];
	youJ: [number, number];
	/** Loading at which J reaches 4 mA cm⁻², when inside the plotted range. */
	m4?: number;
	/** The loading axis (mg cm⁻²) and its right end. */
	x: Axis;
	xMax: number;
}

export function loadingPlot(
	inputs: Record<string, number>,
	d: ElectrodeDesign,
): LoadingPlot | undefined {
	const loading = n(inputs, 'loading');
	// Up to twice the user's loading, rounded out to the end of the nice axis the island draws.
	const end = inUnit('mg cm⁻²', loading * 2) ?? Number.NaN;
	const x = linearAxis(end);
	const hi = (loading * 2 * x.domain[1]) / end;
	const r = sampleCapacityVsLoading({
		specificCapacity: n(inputs, 'capacity'),
		activeFraction: n(inputs, 'active'),
		cRate: n(inputs, 'crate'),
		loadingMin: hi / 40,
		loadingMax: hi,
		n: 40,
	});
	if (!r.ok) return undefined;
	const mg = (x: number) => inUnit('mg cm⁻²', x) ?? Number.NaN;
	const qd = (x: number) => inUnit(MAH, x) ?? Number.NaN;
	const jd = (x: number) => inUnit(MA, x) ?? Number.NaN;
	const Q: Array<[number, number]> = [
		[0, 0],
		...r.value.map((p) => [mg(p.loading), qd(p.Q)] as [number, number]),
	];
	const J: Array<[number, number]> = [
		[0, 0],
		...r.value.map((p) => [mg(p.loading), jd(p.J)] as [number, number]),
	];
	// J grows in proportion to the loading: it reaches the standard at loading × 40 A m⁻² / J.
	const at4 = loading * (STANDARD_J / d.J);
	const view: LoadingPlot = {
		Q,
		J,
		youQ: [mg(loading), qd(d.Q)],
		youJ: [mg(loading), jd(d.J)],
		x,
		xMax: x.domain[1],
		m4: at4 <= hi ? mg(at4) : undefined,
	};
	const all = [...Q, ...J, view.youQ, view.youJ].flat();
	return all.every(Number.isFinite) && Number.isFinite(view.xMax) ? view : undefined;
}
