/**
 * Building blocks shared by the three calculator islands: an input with its unit selector and error,
 * the result list of <output> elements with the verdict, presets, link notices, an equation pair and
 * a small SVG plot. Written with `h` rather than JSX so no JSX runtime ships (JavaScript budget).
 * Styles: components/calculators/calculators.css.
 */
import { type ComponentChildren, type VNode, h } from 'preact';
import { dataValue, say } from './format';
import type { CalcIsland } from './island';
import { type Axis, linePath, scale, tickLabel } from './plot';

type Kids = ComponentChildren;
const el = (tag: string, props: Record<string, unknown> | null, ...kids: Kids[]): VNode =>
	h(tag, props as object, ...kids) as VNode;

/** What the shared parts need from an island. */
export type Host = Pick<CalcIsland<never>, 'state' | 'slot'>;

/** Link notices and the server-rendered form (Form.astro, the island's `form` slot). */
export function form(island: Host): Kids[] {
	const { notices } = island.state;
	return [
		el(
			'div',
			{ class: 'calc-notices', role: 'status' },
			notices.length > 0 &&
				el(
					'div',
					{ class: 'callout warn' },
					el('p', null, el('strong', null, say('linkNotUsed'))),
					el(
						'ul',
						null,
						notices.map((n) => el('li', null, n)),
					),
				),
		),
		island.slot('form'),
	];
}

export interface OutputItem {
	name: string;
	unit: string;
	value?: number;
	text: string;
	stale: boolean;
	note?: boolean;
}

/** The result list (one <output> per result) and the plain-language verdict. */
export function results(
	id: string,
	labels: Record<string, string>,
	items: OutputItem[],
	verdict: string,
): VNode {
	return el(
		'section',
		{ class: 'calc-results', 'aria-labelledby': `${id}-results` },
		el('h3', { id: `${id}-results` }, say('results')),
		el(
			'dl',
			{ class: 'calc-outputs' },
			items.map((o) =>
				el(
					'div',
					{ class: o.stale ? 'calc-out stale' : 'calc-out' },
					el('dt', null, labels[o.name] ?? o.name),
					el(
						'dd',
						null,
						el(
							'output',
							{
								name: o.name,
								'data-value': dataValue(o.value),
								'data-unit': o.unit,
								'data-stale': o.stale ? 'true' : undefined,
								class: o.note ? 'calc-need' : undefined,
							},
							o.text,
						),
						o.stale && el('span', { class: 'calc-stale-tag' }, say('staleTag')),
					),
				),
			),
		),
		el('p', { class: 'calc-verdict', role: 'status', 'aria-live': 'polite' }, verdict),
	);
}

/** A titled section of the island. */
export function section(id: string, title: string, ...kids: Kids[]): VNode {
	return el('section', { 'aria-labelledby': id }, el('h3', { id }, title), ...kids);
}

/**
 * The equation (server-rendered KaTeX, passed in) beside the same equation with the numbers: `html`
 * is a filled MathML template (mathml.ts), or absent, and then `none` says why.
 */
export function eqPair(
	title: string,
	tex: Kids,
	html: string | false | undefined,
	none = '',
): VNode {
	return el(
		'div',
		{ class: 'calc-eq' },
		el('p', { class: 'calc-eq-title' }, title),
		el(
			'div',
			{ class: 'calc-eq-pair' },
			el(
				'div',
				{ class: 'calc-eq-form' },
				el('p', { class: 'calc-eq-label' }, say('equation')),
				tex,
			),
			el(
				'div',
				{ class: 'calc-eq-form' },
				el('p', { class: 'calc-eq-label' }, say('withNumbers')),
				html
					? el('div', {
							class: 'calc-mathml',
							role: 'group',
							tabindex: 0,
							'aria-label': `${say('withNumbers')}: ${title}`,
							dangerouslySetInnerHTML: { __html: html },
						})
					: el('p', { class: 'calc-need' }, none),
			),
		),
	);
}

export interface Series {
	d: ReadonlyArray<readonly [number, number]>;
	cls: string;
}
export interface Mark {
	x: number;
	y: number;
	cls: string;
}
export interface PlotSpec {
	x: Axis;
	y: Axis;
	xLabel?: string;
	yLabel?: string;
	series: Series[];
	marks: Mark[];
	/** Text alternative and visible caption: what is shown (including which line is which) and
	 * where the user's point is. */
	caption: string;
}

const W = 360;
const H = 232;
const L = 54;
const R = 14;
const T = 12;
const B = 42;

/** A small SVG chart with axes, grid, lines, points, a legend and a caption. */
export function plot(p: PlotSpec): VNode {
	const sx = scale(p.x, L, W - R);
	const sy = scale(p.y, H - B, T);
	const text = (
		x: number,
		y: number,
		anchor: string,
		s: Kids,
		cls = 'plot-tick',
		transform?: string,
	) => el('text', { class: cls, x, y, 'text-anchor': anchor, transform }, s);
	return el(
		'figure',
		{ class: 'calc-plot' },
		el(
			'svg',
			{ viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': p.caption },
			el('path', {
				class: 'plot-grid',
				d:
					p.x.ticks.map((t) => `M${sx(t)} ${T}V${H - B}`).join('') +
					p.y.ticks.map((t) => `M${L} ${sy(t)}H${W - R}`).join(''),
			}),
			p.x.ticks.map((t) => text(sx(t), H - B + 14, 'middle', tickLabel(t, p.x.kind))),
			p.y.ticks.map((t) => text(L - 5, sy(t) + 4, 'end', tickLabel(t, p.y.kind))),
			el('rect', { class: 'plot-frame', x: L, y: T, width: W - L - R, height: H - T - B }),
			p.series.map((s) => el('path', { class: `plot-line ${s.cls}`, d: linePath(s.d, sx, sy) })),
			p.marks.map((m) =>
				el('circle', { class: `plot-mark ${m.cls}`, cx: sx(m.x), cy: sy(m.y), r: 5 }),
			),
			text((L + W - R) / 2, H - 6, 'middle', p.xLabel, 'plot-label'),
			text(
				13,
				(T + H - B) / 2,
				'middle',
				p.yLabel,
				'plot-label',
				`rotate(-90 13 ${(T + H - B) / 2})`,
			),
		),
		el('figcaption', { 'aria-hidden': 'true' }, p.caption),
	);
}
