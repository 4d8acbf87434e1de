/**
 * Canvas renderer for the markers at large row counts. The server render and small data sets draw SVG
 * paths (plot.ts buildLayers); past CANVAS_THRESHOLD rows the island draws the same markers, in the same
 * order and style, onto one <canvas> inside the SVG (a foreignObject), which browsers rasterize several
 * times faster than a path with thousands of subpaths.
 */
import { ELECTROLYTE_CLASSES, type ElectrolyteClass } from '../../src/data/vocabulary';
import type { MatchFlags } from './filter';
import type { PlotModel, ProjectedPoint } from './plot';

/** Above this many rows the island switches the marker layer from SVG paths to a canvas. */
export const CANVAS_THRESHOLD = 1500;

export interface MarkerColors {
	classes: Record<ElectrolyteClass, string>;
	context: string;
}

/** The subset of CanvasRenderingContext2D the renderer uses (so tests can pass a recorder). */
export interface Ctx2D {
	globalAlpha: number;
	fillStyle: string | CanvasGradient | CanvasPattern;
	strokeStyle: string | CanvasGradient | CanvasPattern;
	lineWidth: number;
	setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
	clearRect(x: number, y: number, w: number, h: number): void;
	beginPath(): void;
	arc(x: number, y: number, r: number, a0: number, a1: number): void;
	moveTo(x: number, y: number): void;
	lineTo(x: number, y: number): void;
	closePath(): void;
	fill(): void;
	stroke(): void;
}

/** Reads the marker colours from the CSS custom properties (explorer.css), for the current theme. */
export function readColors(el: Element): MarkerColors {
	const css = getComputedStyle(el);
	const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	const classes = Object.fromEntries(
		ELECTROLYTE_CLASSES.map((c) => [c, get(`--ex-${c}`, '#777777')]),
	) as Record<ElectrolyteClass, string>;
	return { classes, context: get('--ex-context', '#8a96a3') };
}

function shape(ctx: Ctx2D, p: ProjectedPoint) {
	ctx.beginPath();
	if (p.kind === 'hours') {
		const d = p.r * 1.25;
		ctx.moveTo(p.x, p.y - d);
		ctx.lineTo(p.x + d, p.y);
		ctx.lineTo(p.x, p.y + d);
		ctx.lineTo(p.x - d, p.y);
		ctx.closePath();
	} else ctx.arc(p.x, p.y, p.r, 0, 2 * Math.PI);
}

/**
 * Draws every shown marker: context (outside the range) faint, selected ones in their class colour;
 * filled for cycle counts, hollow otherwise; larger markers first. Returns the number drawn.
 */
export function drawMarkers(
	ctx: Ctx2D,
	model: PlotModel,
	flags: Pick<MatchFlags, 'shown' | 'selected'>,
	colors: MarkerColors,
	dpr = 1,
): number {
	ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
	ctx.clearRect(0, 0, model.width, model.height);
	let drawn = 0;
	for (const pass of ['context', 'selected'] as const) {
		for (const i of model.drawOrder) {
			if (!flags.shown[i]) continue;
			const selected = !!flags.selected[i];
			if ((pass === 'context') === selected) continue;
			const p = model.points[i]!;
			const color = pass === 'context' ? colors.context : colors.classes[p.cls];
			shape(ctx, p);
			if (pass === 'context') {
				ctx.globalAlpha = 0.25;
				ctx.fillStyle = color;
				ctx.fill();
				ctx.globalAlpha = 0.5;
				ctx.strokeStyle = color;
				ctx.lineWidth = 1;
				ctx.stroke();
			} else if (p.kind === 'cycles') {
				ctx.globalAlpha = 0.55;
				ctx.fillStyle = color;
				ctx.fill();
				ctx.globalAlpha = 1;
				ctx.strokeStyle = color;
				ctx.lineWidth = 1.2;
				ctx.stroke();
			} else {
				ctx.globalAlpha = 1;
				ctx.strokeStyle = color;
				ctx.lineWidth = 1.8;
				ctx.stroke();
			}
			drawn++;
		}
	}
	ctx.globalAlpha = 1;
	return drawn;
}
