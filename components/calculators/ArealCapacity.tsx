/**
 * Areal-capacity calculator island (seed 003 §2, seed 000 §1, seed 004 §1). Inputs, presets and every
 * sentence come from the page as props (areal-capacity-spec.ts); the symbolic equations arrive as
 * server-rendered KaTeX in named slots; numbers come from src/physics through areal-capacity-model.ts.
 * Written with `h` (no JSX runtime in the bundle).
 */
import { h } from 'preact';
import { FARADAY, LI_MOLAR_VOLUME } from '../../src/physics/constants';
import {
	type ArealGroups,
	arealOutputs,
	arealVerdict,
	evaluateAreal,
	loadingPlot,
} from './areal-capacity-model';
import { type Context, show } from './calc';
import { formatQuantity, mathNumber, mathVars, say } from './format';
import { CalcIsland } from './island';
import { eqPair, form, plot, results, section } from './parts';
import { linearAxis } from './plot';

const F = mathNumber(FARADAY, '', 7);

export default class ArealCapacity extends CalcIsland<ArealGroups> {
	evaluate(ctx: Context) {
		return evaluateAreal(ctx);
	}

	render() {
		const { shown } = this.results();
		const { main, np } = shown;
		const m = main.ok;
		const v = m?.inputs ?? {};
		const d = m?.value;
		const w = np.ok;
		const p = m && d ? loadingPlot(v, d) : undefined;
		const stale = main.stale || np.stale;
		const nums = d && {
			...mathVars({
				m: v.loading,
				x: v.active,
				q: v.capacity,
				C: v.crate,
				Vm: LI_MOLAR_VOLUME,
			}),
			F,
			Qv: mathNumber(d.Q),
		};

		return h(
			'div',
			this.root('areal-capacity'),
			...form(this),
			results('ac', this.props.labels, arealOutputs(main, np), arealVerdict(main, np)),
			section(
				'ac-live',
				say('liveTitle'),
				h('p', { class: 'calc-note' }, say('si'), stale ? say('staleEq') : ''),
				eqPair(
					say('eqQ'),
					this.slot('eqQ'),
					nums && d && say('mQ', { ...nums, Q: mathNumber(d.Q, 'C m⁻²') }),
					say('noEq'),
				),
				eqPair(
					say('eqJ'),
					this.slot('eqJ'),
					nums && d && say('mJ', { ...nums, Q: nums.Qv, J: mathNumber(d.J, 'A m⁻²') }),
					say('noEq'),
				),
				eqPair(
					say('eqH'),
					this.slot('eqH'),
					nums && d && say('mH', { ...nums, Q: nums.Qv, h: mathNumber(d.platedThickness, 'm') }),
					say('noEq'),
				),
				eqPair(
					say('eqNp'),
					this.slot('eqNp'),
					nums &&
						w &&
						say('mNp', {
							...nums,
							Q: mathNumber(w.value.foilCapacity / w.value.ratio),
							d: mathNumber(w.inputs.foil ?? Number.NaN),
							np: mathNumber(w.value.ratio),
						}),
					say(np.group.status === 'empty' ? 'needFoil' : 'noEq'),
				),
			),
			section(
				'ac-plots',
				say('plots'),
				p && d
					? plot({
							x: p.x,
							y: linearAxis(Math.max(p.youQ[1] * 2, p.youJ[1] * 2, 4.4)),
							xLabel: say('px'),
							yLabel: say('py'),
							series: [
								{ d: p.Q, cls: 's1' },
								{ d: p.J, cls: 's2' },
								{
									d: [
										[0, 4],
										[p.xMax, 4],
									],
									cls: 'ref',
								},
							],
							marks: [
								{ x: p.youQ[0], y: p.youQ[1], cls: 'you' },
								{ x: p.youJ[0], y: p.youJ[1], cls: 'you' },
							],
							caption: say('pCaption', {
								C: show(v.crate, 'C'),
								same: Math.abs((v.crate ?? 0) * 3600 - 1) < 1e-9 ? say('same') : '',
								cross:
									p.m4 === undefined
										? say('pNoCross')
										: say('pCross', { m4: formatQuantity(p.m4, 'mg cm⁻²') }),
								m: show(v.loading, 'mg cm⁻²'),
								Q: show(d.Q, 'mAh cm⁻²'),
								J: show(d.J, 'mA cm⁻²'),
							}),
						})
					: h('p', { class: 'calc-need' }, say('noPlot')),
			),
		);
	}
}
