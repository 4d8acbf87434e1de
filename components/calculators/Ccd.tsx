/**
 * Critical-current-density calculator island (seeds 000 §3, 004 §2.2 and §5.1 Eqs. 1–2). Inputs,
 * presets and every sentence come from the page as props (ccd-spec.ts); the symbolic equations arrive
 * as server-rendered KaTeX in named slots; numbers come from src/physics through ccd-model.ts.
 * Written with `h` (no JSX runtime in the bundle).
 */
import { h } from 'preact';
import { FARADAY, LI_MOLAR_VOLUME } from '../../src/physics/constants';
import { type Context, inUnit, show } from './calc';
import {
	ccdOutputs,
	ccdVerdict,
	type CcdGroups,
	evaluateCcd,
	headroomPlot,
	stepMode,
} from './ccd-model';
import { formatNumber, mathNumber, mathVars, say } from './format';
import { CalcIsland } from './island';
import { eqPair, form, plot, results, section } from './parts';
import { logAxis } from './plot';

export default class Ccd extends CalcIsland<CcdGroups> {
	evaluate(ctx: Context) {
		return evaluateCcd(ctx);
	}

	render() {
		const { ctx, shown } = this.results();
		const steps = stepMode(ctx);
		const m = shown.main.ok;
		const v = m?.inputs ?? {};
		const w = shown.void.ok;
		const p = m && headroomPlot(v, m.value);
		const ys = p ? [...p.points.map((q) => q[1]), 1] : [];

		return h(
			'div',
			this.root('ccd'),
			...form(this),
			results('cc', this.props.labels, ccdOutputs(shown, steps), ccdVerdict(shown, steps)),
			section(
				'cc-live',
				say('liveTitle'),
				h(
					'p',
					{ class: 'calc-note' },
					say('si'),
					shown.main.stale || shown.void.stale ? say('staleEq') : '',
				),
				eqPair(
					say('eqHead'),
					this.slot('eqHead'),
					m &&
						say('mHead', {
							...mathVars({
								ccd: inUnit('mA cm⁻²', v.ccd ?? NaN),
								Q: inUnit('mAh cm⁻²', v.Q ?? NaN),
								C: inUnit('C', v.crate ?? NaN),
								f: v.contact,
								h: m.value.headroom,
							}),
						}),
					say('noEq'),
				),
				eqPair(
					say('eqVoid'),
					this.slot('eqVoid'),
					w &&
						say('mVoid', {
							...mathVars({
								gamma: w.inputs.gamma,
								Vm: LI_MOLAR_VOLUME,
								i: w.value.localCurrentDensity,
								Rs: w.inputs.Rs,
							}),
							F: mathNumber(FARADAY, '', 7),
							r: mathNumber(w.value.rCrit, 'm'),
						}),
					say(shown.void.group.status === 'empty' ? 'needRs' : 'noEq'),
				),
			),
			section(
				'cc-plots',
				say('plots'),
				p
					? plot({
							x: logAxis(p.points[0]?.[0] ?? 0.1, p.points[p.points.length - 1]?.[0] ?? 10),
							y: logAxis(Math.min(...ys), Math.max(...ys)),
							xLabel: say('hx'),
							yLabel: say('hy'),
							series: [
								{ d: p.points, cls: 's1' },
								{
									d: [
										[p.points[0]?.[0] ?? 0, 1],
										[p.points[p.points.length - 1]?.[0] ?? 0, 1],
									],
									cls: 'ref',
								},
							],
							marks: [
								{ x: p.max[0], y: 1, cls: 'cross' },
								{ x: p.you[0], y: p.you[1], cls: 'you' },
							],
							caption: say('hCaption', {
								C: show(m.value.maxCRate, 'C'),
								you: show(v.crate, 'C'),
								h: formatNumber(m.value.headroom, 3),
							}),
						})
					: h('p', { class: 'calc-note' }, say('noPlot')),
			),
		);
	}
}
