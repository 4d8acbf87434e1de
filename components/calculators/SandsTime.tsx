/**
 * Sand's-time calculator island (seed 000 Eq. 1 corrected; seed 001 Eqs. 4–6). Inputs, presets and
 * every sentence come from the page as props (sands-time-spec.ts); the symbolic equations arrive as
 * server-rendered KaTeX in named slots; numbers come from src/physics through sands-time-model.ts.
 * Written with `h` (no JSX runtime in the bundle).
 */
import { h } from 'preact';
import { FARADAY } from '../../src/physics/constants';
import type { Context } from './calc';
import { formatDuration, formatQuantity, mathNumber, mathVars, say } from './format';
import { CalcIsland } from './island';
import { eqPair, form, plot, results, section } from './parts';
import { linearAxis, logAxis } from './plot';
import {
	type SandGroups,
	evaluateSand,
	profilePlot,
	sandOutputs,
	sandPlot,
	sandVerdict,
} from './sands-time-model';

const MA = 'mA cm⁻²';
/** F with 7 significant figures (96485.33), as in the note above the equations. */
const F = mathNumber(FARADAY, '', 7);

export default class SandsTime extends CalcIsland<SandGroups> {
	evaluate(ctx: Context) {
		return evaluateSand(ctx);
	}

	render() {
		const { shown } = this.results();
		const { main, jmax, jstar } = shown;
		const m = main.ok;
		const v = m?.inputs ?? {};
		const bounded = m?.value.bounded === true;
		const Jl = m?.value.localCurrentDensity;
		const p = bounded ? sandPlot(v, jmax.ok?.inputs.Q) : undefined;
		const prof = bounded ? profilePlot(v, this.state.pos) : undefined;
		const outputs = sandOutputs(main, jmax, jstar);

		const pv = p && {
			J: formatQuantity(p.point[0], MA),
			tau: formatDuration(p.point[1]),
			Jmax: p.cross ? formatQuantity(p.cross[0], MA) : '',
		};
		const cv = prof && {
			c0: formatQuantity(prof.c0, 'mol L⁻¹'),
			tau: formatDuration(prof.tau),
			t: formatQuantity(prof.at[0], prof.unit),
			cs: formatQuantity(prof.at[1], 'mol L⁻¹'),
		};
		const taus = p?.tau.map((q) => q[1]) ?? [];

		return h(
			'div',
			this.root('sands-time'),
			...form(this),
			results('st', this.props.labels, outputs, sandVerdict(main, jmax, jstar)),
			section(
				'st-live',
				say('liveTitle'),
				h('p', { class: 'calc-note' }, say('si'), main.stale ? say('staleEq') : ''),
				eqPair(
					say('eqTau'),
					this.slot('eqTau'),
					m &&
						say(
							'mTau',
							m.value.bounded
								? { ...mathVars({ ...v, J: Jl }), F, tau: mathNumber(m.value.tau, 's') }
								: { ...mathVars({ ...v, J: Jl }), F, tau: say('infinity') },
						),
					say('noEq'),
				),
			),
			section(
				'st-plots',
				say('plots'),
				p && pv
					? plot({
							x: logAxis(p.tau[0]?.[0] ?? 1, p.tau[p.tau.length - 1]?.[0] ?? 10),
							y: logAxis(Math.min(...taus), Math.max(...taus)),
							xLabel: say('tauX'),
							yLabel: say('tauY'),
							series: [
								{ d: p.tau, cls: 's1' },
								{ d: p.charge, cls: 's2' },
							],
							marks: [
								{ x: p.point[0], y: p.point[1], cls: 'you' },
								...(p.cross ? [{ x: p.cross[0], y: p.cross[1], cls: 'cross' }] : []),
							],
							caption: say('tauCaption', {
								point: say('point', pv),
								cross: p.cross ? say('cross', pv) : '',
								charge: p.charge.length ? say('chargePart') : '',
							}),
						})
					: h('p', { class: 'calc-note' }, m && !bounded ? say('noPlotSingle') : say('noPlot')),
				prof && cv
					? [
							plot({
								x: linearAxis(prof.points[prof.points.length - 1]?.[0] ?? 1),
								y: linearAxis(prof.c0, 4),
								xLabel: say('csX', { unit: prof.unit }),
								yLabel: say('csY'),
								series: [{ d: prof.points, cls: 's1' }],
								marks: [{ x: prof.at[0], y: prof.at[1], cls: 'you' }],
								caption: say('csCaption', cv),
							}),
							h(
								'div',
								{ class: 'calc-slider' },
								h('label', { for: 'st-time' }, say('slider')),
								h('input', {
									id: 'st-time',
									type: 'range',
									min: 0,
									max: 1000,
									step: 1,
									value: this.state.pos,
									'aria-valuetext': say('sliderValue', cv),
									onInput: (e: Event) =>
										this.setState({
											pos: Number((e.currentTarget as HTMLInputElement).value) || 0,
										}),
								}),
							),
						]
					: h('p', { class: 'calc-note' }, m && !bounded ? say('csSingle') : say('csNone')),
			),
		);
	}
}
