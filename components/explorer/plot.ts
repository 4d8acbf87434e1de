/**
 * Geometry of the explorer plot, shared by the server render and the island so both draw the same
 * thing: layout, log scales, marker positions and sizes, and the SVG path data. Markers are drawn as a
 * constant number of <path> elements (two per electrolyte class plus one for context points), whatever
 * the number of rows; only the hit-testing index knows individual points.
 */
import type { CyclingRow } from '../../src/data/cycling';
import { ELECTROLYTE_CLASSES, type ElectrolyteClass } from '../../src/data/vocabulary';
import type { MatchFlags } from './filter';
import { logScale, logTicks, niceLogDomain, scaleValue, type LogScale, type Ticks } from './scales';

/** Above this many rows the plot draws no per-point focus targets: the keyboard goes through the table. */
export const POINT_NODE_LIMIT = 600;
/** Width of the server-rendered SVG (it scales to its container through its viewBox). */
export const DEFAULT_WIDTH = 720;
/** Radius of the hollow markers (rows without a cycle count). */
export const HOLLOW_R = 4.5;
/** Smallest radius drawn for a cycle count. */
export const MIN_R = 2;

export type MarkerKind = 'cycles' | 'hours' | 'none';

export interface ProjectedPoint {
	/** Index into the rows array. */
	i: number;
	x: number;
	y: number;
	r: number;
	kind: MarkerKind;
	cls: ElectrolyteClass;
}

export interface PlotModel {
	width: number;
	height: number;
	/** The plotting area, in px. */
	area: { x0: number; x1: number; y0: number; y1: number };
	xs: LogScale;
	ys: LogScale;
	xTicks: Ticks;
	yTicks: Ticks;
	/** y of the strip for rows whose capacity is not reported, or null when there are none. */
	naY: number | null;
	/** Largest radius and the cycle count it stands for (area ∝ cycles). */
	rMax: number;
	cMax: number;
	points: ProjectedPoint[];
	/** Point indices ordered by x then y: the keyboard order. */
	order: number[];
	/** Point indices largest marker first: the drawing order (small markers stay on top). */
	drawOrder: number[];
}

export function plotHeight(width: number): number {
	return Math.round(Math.min(460, Math.max(260, width * 0.6)));
}

export function markerKind(r: Pick<CyclingRow, 'cycles' | 'hours'>): MarkerKind {
	if (r.cycles !== null && r.cycles > 0) return 'cycles';
	if (r.hours !== null) return 'hours';
	return 'none';
}

/** Radius for a cycle count: area proportional to cycles, never below MIN_R. */
export function radiusFor(cycles: number, cMax: number, rMax: number): number {
	if (!(cycles > 0) || !(cMax > 0)) return MIN_R;
	return Math.max(MIN_R, rMax * Math.sqrt(Math.min(cycles, cMax) / cMax));
}

/** Cycle counts below which a marker is drawn at the minimum size. */
export function minSizeCycles(cMax: number, rMax: number): number {
	return Math.round(cMax * (MIN_R / rMax) ** 2);
}

/** Round to 0.1 px: shorter path data, no visible difference. */
function r1(v: number): number {
	return Math.round(v * 10) / 10;
}

export function buildPlotModel(rows: readonly CyclingRow[], width = DEFAULT_WIDTH): PlotModel {
	const w = Math.round(
		Math.min(2000, Math.max(240, Number.isFinite(width) ? width : DEFAULT_WIDTH)),
	);
	const h = plotHeight(w);
	const narrow = w < 520;
	const hasNa = rows.some((r) => r.arealCapacity === null);
	const margin = {
		left: narrow ? 50 : 58,
		right: narrow ? 16 : 18,
		top: 14,
		bottom: hasNa ? 84 : 46,
	};
	const area = { x0: margin.left, x1: w - margin.right, y0: margin.top, y1: h - margin.bottom };
	const xs = logScale(niceLogDomain(rows.map((r) => r.currentDensity)), [area.x0, area.x1]);
	const ys = logScale(niceLogDomain(rows.map((r) => r.arealCapacity ?? NaN)), [area.y1, area.y0]);
	const naY = hasNa ? area.y1 + 24 : null;
	let cMax = 0;
	for (const r of rows) if (r.cycles !== null && r.cycles > cMax) cMax = r.cycles;
	const rMax = narrow ? 12 : 18;
	const points: ProjectedPoint[] = rows.map((row, i) => {
		const kind = markerKind(row);
		return {
			i,
			x: r1(scaleValue(xs, row.currentDensity)),
			y: r1(row.arealCapacity === null ? naY! : scaleValue(ys, row.arealCapacity)),
			r: kind === 'cycles' ? r1(radiusFor(row.cycles!, cMax, rMax)) : HOLLOW_R,
			kind,
			cls: row.electrolyteClass,
		};
	});
	const order = points
		.map((p) => p.i)
		.sort((a, b) => points[a]!.x - points[b]!.x || points[b]!.y - points[a]!.y || a - b);
	const drawOrder = points.map((p) => p.i).sort((a, b) => points[b]!.r - points[a]!.r || a - b);
	return {
		width: w,
		height: h,
		area,
		xs,
		ys,
		xTicks: logTicks(xs.d0, xs.d1),
		yTicks: logTicks(ys.d0, ys.d1),
		naY,
		rMax,
		cMax,
		points,
		order,
		drawOrder,
	};
}

/** Path data of one marker. */
export function markerPath(p: Pick<ProjectedPoint, 'x' | 'y' | 'r' | 'kind'>): string {
	const { x, y, r } = p;
	if (p.kind === 'hours') {
		const d = r1(r * 1.25);
		return `M${x} ${r1(y - d)}l${d} ${d}l${-d} ${d}l${-d} ${-d}z`;
	}
	return `M${r1(x - r)} ${y}a${r} ${r} 0 1 0 ${r1(2 * r)} 0a${r} ${r} 0 1 0 ${r1(-2 * r)} 0`;
}

export interface ClassLayer {
	cls: ElectrolyteClass;
	/** Filled markers (rows with a cycle count). */
	filled: string;
	filledCount: number;
	/** Hollow markers (duration only: diamonds; no count: circles). */
	hollow: string;
	hollowCount: number;
}

export interface Layers {
	classes: ClassLayer[];
	/** Rows that match class and category but lie outside the range selection, drawn faint. */
	context: string;
	contextCount: number;
}

/**
 * The path data for every layer. `flags` (from matchRows) decides what is drawn in colour (selected),
 * faint (shown but outside the range) or not at all. Larger markers come first so small ones stay on top.
 */
export function buildLayers(
	model: PlotModel,
	flags: Pick<MatchFlags, 'shown' | 'selected'>,
): Layers {
	const byClass = new Map<ElectrolyteClass, { filled: string[]; hollow: string[] }>(
		ELECTROLYTE_CLASSES.map((c) => [c, { filled: [], hollow: [] }]),
	);
	const context: string[] = [];
	for (const i of model.drawOrder) {
		const p = model.points[i]!;
		if (!flags.shown[p.i]) continue;
		const d = markerPath(p);
		if (!flags.selected[p.i]) {
			context.push(d);
			continue;
		}
		const layer = byClass.get(p.cls);
		if (!layer) continue;
		(p.kind === 'cycles' ? layer.filled : layer.hollow).push(d);
	}
	return {
		classes: ELECTROLYTE_CLASSES.map((cls) => {
			const l = byClass.get(cls)!;
			return {
				cls,
				filled: l.filled.join(''),
				filledCount: l.filled.length,
				hollow: l.hollow.join(''),
				hollowCount: l.hollow.length,
			};
		}),
		context: context.join(''),
		contextCount: context.length,
	};
}

/** Cycle counts for the size legend: powers of ten up to the largest count. */
export function sizeLegendValues(cMax: number): number[] {
	if (!(cMax > 0)) return [];
	const out: number[] = [];
	for (let v = 10; v <= cMax * 1.0001; v *= 10) out.push(v);
	if (out.length === 0) out.push(cMax);
	return out.slice(-3);
}

/** The range selection as a rectangle in px, clamped to the plotting area, or null. */
export function selectionRect(
	model: PlotModel,
	s: { xmin: number | null; xmax: number | null; ymin: number | null; ymax: number | null },
): { x: number; y: number; width: number; height: number } | null {
	if (s.xmin === null && s.xmax === null && s.ymin === null && s.ymax === null) return null;
	const { area } = model;
	const clampX = (v: number) => Math.min(area.x1, Math.max(area.x0, v));
	const clampY = (v: number) => Math.min(area.y1, Math.max(area.y0, v));
	const xa = s.xmin === null ? area.x0 : clampX(scaleValue(model.xs, s.xmin));
	const xb = s.xmax === null ? area.x1 : clampX(scaleValue(model.xs, s.xmax));
	const ya = s.ymax === null ? area.y0 : clampY(scaleValue(model.ys, s.ymax));
	const yb = s.ymin === null ? area.y1 : clampY(scaleValue(model.ys, s.ymin));
	return {
		x: r1(xa),
		y: r1(ya),
		width: r1(Math.max(0, xb - xa)),
		height: r1(Math.max(0, yb - ya)),
	};
}
