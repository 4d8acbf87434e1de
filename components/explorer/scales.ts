/**
 * Logarithmic scales for the explorer plot: value ↔ pixel, nice domains and tick values. Pure and
 * total: a non-positive or non-finite input is clamped to the domain instead of producing NaN/Infinity.
 */

export interface LogScale {
	/** Domain (data units), both > 0, d0 < d1. */
	readonly d0: number;
	readonly d1: number;
	/** Range (pixels); r1 may be below r0 (the y axis grows upwards). */
	readonly r0: number;
	readonly r1: number;
}

const TINY = 1e-300;
/** Domains are clamped to [1e-150, 1e150] and ranges to ±1e9 px, so no ratio or product overflows. */
const DMIN = 1e-150;
const DMAX = 1e150;
const RMAX = 1e9;

function safePositive(v: number, fallback: number): number {
	return Number.isFinite(v) && v > 0 ? Math.min(DMAX, Math.max(DMIN, v)) : fallback;
}

function safePx(v: number, fallback: number): number {
	return Number.isFinite(v) ? Math.min(RMAX, Math.max(-RMAX, v)) : fallback;
}

export function logScale(
	domain: readonly [number, number],
	range: readonly [number, number],
): LogScale {
	let d0 = safePositive(domain[0], 1);
	let d1 = safePositive(domain[1], 10);
	if (d0 > d1) [d0, d1] = [d1, d0];
	if (d1 / d0 < 1 + 1e-9) {
		d0 = d0 / 10;
		d1 = d1 * 10;
	}
	const r0 = safePx(range[0], 0);
	const r1 = safePx(range[1], 1);
	return { d0, d1, r0, r1 };
}

/** Pixel position of a value; values outside the domain extrapolate, non-positive ones clamp to d0. */
export function scaleValue(s: LogScale, v: number): number {
	const value = Number.isFinite(v) && v > 0 ? Math.min(DMAX * DMAX, Math.max(v, TINY)) : s.d0;
	const t = (Math.log(value) - Math.log(s.d0)) / (Math.log(s.d1) - Math.log(s.d0));
	return s.r0 + t * (s.r1 - s.r0);
}

/** The value at a pixel position (inverse of scaleValue). */
export function invertValue(s: LogScale, px: number): number {
	const span = s.r1 - s.r0;
	if (!Number.isFinite(px) || span === 0) return s.d0;
	const t = (px - s.r0) / span;
	const v = s.d0 * Math.pow(s.d1 / s.d0, t);
	return Number.isFinite(v) && v > 0 ? v : t > 0 ? s.d1 : s.d0;
}

/** True when v lies in the domain (inclusive). */
export function inDomain(s: LogScale, v: number): boolean {
	return v >= s.d0 && v <= s.d1;
}

const STEPS = [1, 2, 5] as const;

/** The largest 1-2-5 value ≤ v. */
export function niceFloor(v: number): number {
	if (!(Number.isFinite(v) && v > 0)) return 1;
	const e = Math.floor(Math.log10(v));
	for (let i = STEPS.length - 1; i >= 0; i--) {
		const c = roundSig(STEPS[i]! * Math.pow(10, e));
		if (c <= v * (1 + 1e-12)) return c;
	}
	return roundSig(5 * Math.pow(10, e - 1));
}

/** The smallest 1-2-5 value ≥ v. */
export function niceCeil(v: number): number {
	if (!(Number.isFinite(v) && v > 0)) return 10;
	const e = Math.floor(Math.log10(v));
	for (const step of STEPS) {
		const c = roundSig(step * Math.pow(10, e));
		if (c >= v * (1 - 1e-12)) return c;
	}
	return roundSig(Math.pow(10, e + 1));
}

function roundSig(v: number): number {
	return Number(v.toPrecision(12));
}

/**
 * A domain covering [min, max] with some padding, snapped outward to 1-2-5 values. Empty or invalid
 * input gives [0.1, 100].
 */
export function niceLogDomain(values: Iterable<number>, pad = 1.25): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (const v of values) {
		if (!(Number.isFinite(v) && v > 0)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (!(lo <= hi)) return [0.1, 100];
	const a = niceFloor(lo / pad);
	let b = niceCeil(hi * pad);
	if (b <= a) b = niceCeil(a * 10);
	return [a, b];
}

export interface Ticks {
	/** Labelled ticks. */
	major: number[];
	/** Unlabelled grid lines (2–9 × 10ᵏ) when the domain is short enough to show them. */
	minor: number[];
}

/**
 * Tick values for a log domain: every decade; plus 2 and 5 × 10ᵏ as labelled ticks when the domain spans
 * at most `maxDecadesFor125` decades (so a short axis still has several labels).
 */
export function logTicks(d0: number, d1: number, maxDecadesFor125 = 3): Ticks {
	const lo = safePositive(Math.min(d0, d1), 0.1);
	const hi = safePositive(Math.max(d0, d1), 100);
	const e0 = Math.floor(Math.log10(lo));
	const e1 = Math.ceil(Math.log10(hi));
	const decades = Math.log10(hi / lo);
	const with125 = decades <= maxDecadesFor125;
	const major: number[] = [];
	const minor: number[] = [];
	if (e1 - e0 > 60) return { major: [lo, hi], minor: [] };
	for (let e = e0; e <= e1; e++) {
		for (let m = 1; m <= 9; m++) {
			const v = roundSig(m * Math.pow(10, e));
			if (v < lo * (1 - 1e-9) || v > hi * (1 + 1e-9)) continue;
			if (m === 1 || (with125 && (m === 2 || m === 5))) major.push(v);
			else if (decades <= 4) minor.push(v);
		}
	}
	return { major, minor };
}

/** A tick label: 0.1, 1, 10, 100, 1000, 10⁴ … */
export function formatTick(v: number): string {
	if (!Number.isFinite(v)) return '';
	if (v >= 1e4 || v < 1e-3) {
		const e = Math.round(Math.log10(v));
		const m = roundSig(v / Math.pow(10, e));
		const sup = String(e).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]!);
		return m === 1 ? `10${sup}` : `${m}×10${sup}`;
	}
	return String(roundSig(v));
}
