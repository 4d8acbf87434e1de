/**
 * Plot geometry for the calculators' small SVG charts: linear and logarithmic scales, "nice" ticks,
 * tick labels and polyline paths. Pure; every output coordinate is finite.
 */
import { formatNumber, superscript } from './format';

export type ScaleKind = 'linear' | 'log';

export interface Axis {
	kind: ScaleKind;
	/** Domain [min, max] after rounding out to ticks. */
	domain: [number, number];
	ticks: number[];
}

export interface Scale {
	(v: number): number;
	axis: Axis;
}

function finite(v: number, fallback: number): number {
	return Number.isFinite(v) ? v : fallback;
}

/** Step of about (max − min)/count rounded to 1, 2 or 5 × 10ⁿ. */
export function niceStep(span: number, count = 5): number {
	if (!(span > 0) || !Number.isFinite(span)) return 1;
	const raw = span / Math.max(1, count);
	const mag = 10 ** Math.floor(Math.log10(raw));
	const f = raw / mag;
	const step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
	return step > 0 && Number.isFinite(step) ? step : 1;
}

/** Linear axis from 0 to about `max` with nice ticks. */
export function linearAxis(max: number, count = 5): Axis {
	const step = niceStep(max, count);
	const n = Math.min(50, Math.max(1, Math.ceil(finite(max / step, 1))));
	const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
	return { kind: 'linear', domain: [0, n * step], ticks };
}

/** Log axis covering [min, max] (both > 0), rounded out to whole decades; ≤ 8 labelled ticks. */
export function logAxis(min: number, max: number): Axis {
	const lo0 = min > 0 && Number.isFinite(min) ? min : 1;
	const hi0 = max > 0 && Number.isFinite(max) ? max : lo0 * 10;
	let a = Math.floor(Math.log10(Math.min(lo0, hi0)));
	let b = Math.ceil(Math.log10(Math.max(lo0, hi0)));
	a = Math.max(-300, a);
	b = Math.min(300, b);
	if (b <= a) b = a + 1;
	const every = Math.max(1, Math.ceil((b - a) / 7));
	const ticks: number[] = [];
	for (let e = a; e <= b; e += every) ticks.push(10 ** e);
	return { kind: 'log', domain: [10 ** a, 10 ** b], ticks };
}

/** Map the axis domain to the pixel range [r0, r1]; out-of-domain values are clamped. */
export function scale(axis: Axis, r0: number, r1: number): Scale {
	const [d0, d1] = axis.domain;
	const t =
		axis.kind === 'log'
			? (v: number) => (Math.log10(v) - Math.log10(d0)) / (Math.log10(d1) - Math.log10(d0))
			: (v: number) => (v - d0) / (d1 - d0);
	const f = ((v: number) => {
		const u = finite(t(v), v > d0 ? 1 : 0);
		const c = Math.min(1.05, Math.max(-0.05, u));
		return Math.round((r0 + (r1 - r0) * c) * 10) / 10;
	}) as Scale;
	f.axis = axis;
	return f;
}

/** Tick label: "0.01", "250", "1.5 × 10⁵"; log axes show "10⁵" outside 0.001–10 000. */
export function tickLabel(v: number, kind: ScaleKind): string {
	return kind === 'log' && v > 0 && (v < 1e-3 || v >= 1e4)
		? `10${superscript(Math.round(Math.log10(v)))}`
		: formatNumber(v, 6);
}

/** SVG path "M x y L x y …" through the points; points with non-finite values are skipped. */
export function linePath(
	points: ReadonlyArray<readonly [number, number]>,
	sx: Scale,
	sy: Scale,
): string {
	const parts: string[] = [];
	for (const [x, y] of points) {
		if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
		if (sx.axis.kind === 'log' && !(x > 0)) continue;
		if (sy.axis.kind === 'log' && !(y > 0)) continue;
		parts.push(`${parts.length ? 'L' : 'M'}${sx(x)} ${sy(y)}`);
	}
	return parts.join(' ');
}

/** Evenly spaced (linear) or log-spaced values from a to b, n ≥ 2 points. */
export function range(a: number, b: number, n: number, kind: ScaleKind): number[] {
	const out: number[] = [];
	const count = Math.max(2, Math.min(1000, Math.floor(n)));
	for (let i = 0; i < count; i++) {
		const u = i / (count - 1);
		out.push(
			kind === 'log'
				? 10 ** (Math.log10(a) + (Math.log10(b) - Math.log10(a)) * u)
				: a + (b - a) * u,
		);
	}
	return out;
}
