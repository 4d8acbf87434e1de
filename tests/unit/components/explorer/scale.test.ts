/**
 * The explorer at 100× today's rows: the plot draws a constant number of <path> elements (one subpath
 * per point), drops per-point focus targets, and the table renders one page of rows. Counts DOM nodes
 * and path segments of the server render, never wall-clock time.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import Explorer from '../../../../components/explorer/Explorer';
import { CANVAS_THRESHOLD, drawMarkers, type Ctx2D } from '../../../../components/explorer/canvas';
import { DEFAULT_STATE, matchRows } from '../../../../components/explorer/filter';
import {
	buildLayers,
	buildPlotModel,
	markerPath,
	POINT_NODE_LIMIT,
	radiusFor,
	selectionRect,
	sizeLegendValues,
} from '../../../../components/explorer/plot';
import { mulberry32, syntheticRows } from '../../../../components/explorer/synthetic';
import { buildCyclingRows } from '../../../../src/data/cycling';
import { loadDataset } from '../../../../src/data/load';
import type { Dataset } from '../../../../src/data/schemas';

const DIR = resolve('content/literature');
const real = buildCyclingRows(
	readdirSync(DIR)
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const d = loadDataset(join(DIR, f));
			return { id: d.id, data: d as Dataset };
		}),
);
const big = syntheticRows(real.length * 100, 42);

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
/** Subpaths (one per marker) in a path's d attribute. */
const subpaths = (d: string) => count(d, /M/g);

function render(rows = real, pageSize?: number) {
	return renderToString(h(Explorer, { rows, citations: {}, papers: {}, pageSize }));
}

function plotOf(html: string): string {
	const start = html.indexOf('<svg class="ex-plot"');
	return html.slice(start, html.indexOf('</svg>', start));
}

describe('synthetic rows', () => {
	it('are deterministic for a seed and differ between seeds', () => {
		expect(syntheticRows(50, 3)).toEqual(syntheticRows(50, 3));
		expect(syntheticRows(50, 3)).not.toEqual(syntheticRows(50, 4));
		const r = mulberry32(1);
		const xs = Array.from({ length: 1000 }, r);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThan(1);
	});

	it('cover every class, nulls, hours-only rows and unique ids', () => {
		expect(big).toHaveLength(real.length * 100);
		expect(new Set(big.map((r) => r.electrolyteClass)).size).toBe(6);
		expect(big.some((r) => r.cycles === null && r.hours !== null)).toBe(true);
		expect(big.some((r) => r.cycles === null && r.hours === null)).toBe(true);
		expect(big.some((r) => r.arealCapacity === null)).toBe(true);
		expect(new Set(big.map((r) => r.id)).size).toBe(big.length);
	});
});

describe('plot geometry', () => {
	it('draws one subpath per shown point, in at most two paths per class plus one context path', () => {
		const model = buildPlotModel(big);
		const flags = matchRows(big, { ...DEFAULT_STATE, xmin: 1 });
		const layers = buildLayers(model, flags);
		const paths =
			layers.classes.flatMap((l) => [l.filled, l.hollow]).filter(Boolean).length +
			(layers.context ? 1 : 0);
		expect(paths).toBeLessThanOrEqual(13);
		const drawn = layers.classes.reduce((n, l) => n + subpaths(l.filled) + subpaths(l.hollow), 0);
		expect(drawn).toBe(flags.count);
		expect(subpaths(layers.context)).toBe(big.length - flags.count);
	});

	it('places every point inside the plotting area (or the n/r strip) with finite numbers', () => {
		for (const rows of [real, big]) {
			const m = buildPlotModel(rows, 360);
			for (const p of m.points) {
				expect(Number.isFinite(p.x) && Number.isFinite(p.y) && Number.isFinite(p.r)).toBe(true);
				expect(p.x).toBeGreaterThanOrEqual(m.area.x0);
				expect(p.x).toBeLessThanOrEqual(m.area.x1);
				if (rows[p.i]!.arealCapacity === null) expect(p.y).toBe(m.naY);
				else {
					expect(p.y).toBeGreaterThanOrEqual(m.area.y0);
					expect(p.y).toBeLessThanOrEqual(m.area.y1);
				}
			}
			expect(m.order).toHaveLength(rows.length);
		}
	});

	it('sizes markers by area ∝ cycles and marks rows without a count as hollow', () => {
		const m = buildPlotModel(real);
		const r1 = radiusFor(1000, m.cMax, m.rMax);
		const r4 = radiusFor(4000, m.cMax, m.rMax);
		expect((r4 / r1) ** 2).toBeCloseTo(4, 6);
		expect(radiusFor(m.cMax, m.cMax, m.rMax)).toBeCloseTo(m.rMax, 9);
		for (const p of m.points) {
			const r = real[p.i]!;
			expect(p.kind).toBe(r.cycles !== null ? 'cycles' : r.hours !== null ? 'hours' : 'none');
		}
		expect(sizeLegendValues(12000)).toEqual([100, 1000, 10000]);
		expect(markerPath({ x: 10, y: 10, r: 2, kind: 'cycles' })).toBe(
			'M8 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0',
		);
	});

	it('draws the range selection inside the plotting area', () => {
		const m = buildPlotModel(real);
		expect(selectionRect(m, DEFAULT_STATE)).toBeNull();
		const r = selectionRect(m, { xmin: 5, xmax: null, ymin: null, ymax: 1e9 })!;
		expect(r.x + r.width).toBeCloseTo(m.area.x1, 6);
		expect(r.y).toBeCloseTo(m.area.y0, 6);
	});
});

describe('canvas renderer (large row counts, after hydration)', () => {
	it('draws every shown marker once: context first, then the selection, hollow where no count', () => {
		expect(big.length).toBeGreaterThan(CANVAS_THRESHOLD);
		expect(real.length).toBeLessThan(CANVAS_THRESHOLD);
		const model = buildPlotModel(big, 640);
		const flags = matchRows(big, { ...DEFAULT_STATE, classes: ['oxide', 'sulfide'], xmin: 1 });
		const calls = { arc: 0, diamond: 0, fill: 0, stroke: 0, clear: 0 };
		const styles: string[] = [];
		const ctx: Ctx2D = {
			globalAlpha: 1,
			fillStyle: '',
			strokeStyle: '',
			lineWidth: 1,
			setTransform: () => {},
			clearRect: () => void calls.clear++,
			beginPath: () => {},
			arc: () => void calls.arc++,
			moveTo: () => void calls.diamond++,
			lineTo: () => {},
			closePath: () => {},
			fill: () => void calls.fill++,
			stroke() {
				calls.stroke++;
				styles.push(String(this.strokeStyle));
			},
		};
		const colors = {
			classes: { liquid: 'L', oxide: 'O', sulfide: 'S', halide: 'H', polymer: 'P', composite: 'C' },
			context: 'X',
		};
		let shown = 0;
		for (let i = 0; i < big.length; i++) shown += flags.shown[i]!;
		const drawn = drawMarkers(ctx, model, flags, colors, 2);
		expect(drawn).toBe(shown);
		expect(calls.arc + calls.diamond).toBe(shown);
		expect(calls.stroke).toBe(shown);
		expect(calls.clear).toBe(1);
		const context = shown - flags.count;
		expect(styles.slice(0, context).every((c) => c === 'X')).toBe(true);
		expect(new Set(styles.slice(context))).toEqual(new Set(['O', 'S']));
		const hollow = big.filter((r, i) => flags.selected[i] && r.cycles === null).length;
		expect(calls.fill).toBe(shown - hollow);
	});
});

describe('server render', () => {
	it('today: one focusable point per row, the full table, constant marker paths', () => {
		const html = render();
		const plot = plotOf(html);
		expect(count(plot, /<circle[^>]*class="ex-pt"/g)).toBe(real.length);
		expect(count(plot, /tabindex="0"/g)).toBe(1);
		const pathTags = plot.match(/<path class="ex-(filled|hollow|context)"[^>]*>/g) ?? [];
		expect(pathTags.length).toBeLessThanOrEqual(13);
		const points = pathTags.reduce((n, t) => n + Number(/data-count="(\d+)"/.exec(t)![1]), 0);
		expect(points).toBe(real.length);
		expect(count(html, /<tr /g)).toBe(real.length);
		expect(html).toContain('<title id="explorer-plot-title">');
		expect(html).toContain('<desc id="explorer-plot-desc">');
	});

	it('at 100× rows: no per-point nodes, the same number of paths, one page of table rows', () => {
		expect(big.length).toBeGreaterThan(POINT_NODE_LIMIT);
		const html = render(big, 500);
		const plot = plotOf(html);
		expect(count(plot, /<circle/g)).toBe(0);
		const pathTags = plot.match(/<path class="ex-(filled|hollow|context)"[^>]*>/g) ?? [];
		expect(pathTags.length).toBeLessThanOrEqual(13);
		const segments = pathTags.reduce((n, t) => n + subpaths(/ d="([^"]*)"/.exec(t)![1]!), 0);
		expect(segments).toBe(big.length);
		// Every element of the plot, whatever the row count: grid, ticks, labels and a dozen paths.
		const plotNodes = count(plot, /<[a-z]+[\s>]/g);
		const smallPlotNodes = count(plotOf(render()), /<[a-z]+[\s>]/g) - real.length;
		expect(plotNodes).toBeLessThan(smallPlotNodes + 40);
		expect(plotNodes).toBeLessThan(150);
		expect(count(html, /<tr /g)).toBe(500);
		expect(html).toMatch(/Show 500 more of 6900 remaining rows/);
		expect(html).toMatch(/not individual keyboard stops/);
	});
});
