/**
 * The literature explorer island: a log–log scatter of current density against areal capacity for every
 * cycling row, sized by cycle count and coloured by electrolyte class, with class toggles, Figure 7
 * presets, a category filter, a rectangle selection (mouse) or range inputs (keyboard), and the table of
 * the selected rows. Server-rendered with every point and every row; after hydration it reads its state
 * from the URL and keeps it there (replaceState).
 *
 * Markers are a constant number of <path> elements; hover uses a grid index (hit-index.ts). Up to
 * POINT_NODE_LIMIT selected rows also get one focusable <circle> each (a roving tabindex in x order,
 * arrow keys move); above that the keyboard goes through the table, whose rows highlight their point.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { TargetedEvent, TargetedKeyboardEvent, TargetedPointerEvent } from 'preact';
import type { CyclingRow } from '../../src/data/cycling';
import { formatNumber } from '../../src/data/cells';
import {
	ELECTROLYTE_CLASSES,
	STRATEGY_IDS,
	STRATEGY_LABELS,
	type ElectrolyteClass,
	type StrategyId,
} from '../../src/data/vocabulary';
import {
	applyPreset,
	DEFAULT_STATE,
	hasRange,
	matchRows,
	PRESETS,
	sortRows,
	type FilterState,
	type PresetId,
	type SortKey,
} from './filter';
import {
	calcHref,
	CLASS_LABELS,
	lifeText,
	rowCitations,
	rowHref,
	sourceText,
	UNITS,
	valuesText,
	withUnit,
} from './format';
import { CANVAS_THRESHOLD, drawMarkers, readColors } from './canvas';
import { buildHitIndex, nearest, type HitPoint } from './hit-index';
import {
	buildLayers,
	buildPlotModel,
	DEFAULT_WIDTH,
	HOLLOW_R,
	markerPath,
	minSizeCycles,
	POINT_NODE_LIMIT,
	radiusFor,
	selectionRect,
	sizeLegendValues,
	type Layers,
	type PlotModel,
} from './plot';
import { formatTick, invertValue, scaleValue } from './scales';
import { formatBound, parsePositive, parseState, serializeState } from './url-state';

export interface ExplorerProps {
	rows: CyclingRow[];
	/** Printed reference entries of the rows, keyed `${seed}:${key}` (see format.citationKey). */
	citations: Record<string, string>;
	/** Short names of the source papers, by seed. */
	papers: Record<string, string>;
	/** Table rows rendered before "show more". */
	pageSize?: number;
}

const BASE: string = import.meta.env.BASE_URL ?? '/';

const SORT_COLUMNS: Array<{ key: SortKey; label: string; unit?: string; num?: boolean }> = [
	{ key: 'label', label: 'Strategy' },
	{ key: 'currentDensity', label: 'Current density', unit: UNITS.currentDensity, num: true },
	{ key: 'arealCapacity', label: 'Areal capacity', unit: UNITS.arealCapacity, num: true },
	{ key: 'cycles', label: 'Cycles', num: true },
	{ key: 'hours', label: 'Duration', unit: 'h', num: true },
	{ key: 'temperature', label: 'Temperature', unit: UNITS.temperature, num: true },
	{ key: 'source', label: 'Source row' },
];

const EMPTY_LAYERS: Layers = { classes: [], context: '', contextCount: 0 };

function round3(v: number): number {
	return Number(v.toPrecision(3));
}

function domId(r: CyclingRow): string {
	return `explorer-${r.dataset}-row-${r.rowNumber}`;
}

/** The from/to bounds of one plot axis (x: current density, y: areal capacity). */
function RangeFieldset(props: {
	axis: 'x' | 'y';
	legend: string;
	state: FilterState;
	update: (patch: Partial<FilterState>) => void;
}) {
	const { axis, state, update } = props;
	const [lo, hi] = [`${axis}min`, `${axis}max`] as const;
	return (
		<fieldset class="ex-range">
			<legend>{props.legend}</legend>
			<RangeInput
				id={`explorer-${lo}`}
				label="from"
				value={state[lo]}
				onCommit={(v) => update({ [lo]: v })}
			/>
			<RangeInput
				id={`explorer-${hi}`}
				label="to"
				value={state[hi]}
				onCommit={(v) => update({ [hi]: v })}
			/>
		</fieldset>
	);
}

function RangeInput(props: {
	id: string;
	label: string;
	value: number | null;
	onCommit: (v: number | null) => void;
}) {
	const [draft, setDraft] = useState(props.value === null ? '' : formatBound(props.value));
	const [invalid, setInvalid] = useState(false);
	useEffect(() => {
		const current = draft.trim() === '' ? null : parsePositive(draft);
		if (current !== props.value) {
			setDraft(props.value === null ? '' : formatBound(props.value));
			setInvalid(false);
		}
		// Only an outside change of the value resets the draft (not every keystroke).
	}, [props.value]);
	const onInput = (e: TargetedEvent<HTMLInputElement>) => {
		const text = e.currentTarget.value;
		setDraft(text);
		if (text.trim() === '') {
			setInvalid(false);
			props.onCommit(null);
			return;
		}
		const v = parsePositive(text);
		setInvalid(v === null);
		if (v !== null) props.onCommit(v);
	};
	return (
		<div class="ex-range-field">
			<label for={props.id}>{props.label}</label>
			<input
				id={props.id}
				type="text"
				inputMode="decimal"
				autoComplete="off"
				spellcheck={false}
				value={draft}
				aria-invalid={invalid ? 'true' : undefined}
				aria-describedby={invalid ? `${props.id}-err` : undefined}
				placeholder="any"
				onInput={onInput}
			/>
			{invalid && (
				<span class="ex-field-error" id={`${props.id}-err`}>
					needs a positive number
				</span>
			)}
		</div>
	);
}

export default function Explorer({ rows, citations, papers, pageSize = 200 }: ExplorerProps) {
	const [state, setState] = useState<FilterState>(DEFAULT_STATE);
	const [notices, setNotices] = useState<string[]>([]);
	const [ready, setReady] = useState(false);
	const [width, setWidth] = useState(DEFAULT_WIDTH);
	const [hoverIdx, setHoverIdx] = useState<number | null>(null);
	const [focusIdx, setFocusIdx] = useState<number | null>(null);
	const [tableIdx, setTableIdx] = useState<number | null>(null);
	const [roving, setRoving] = useState<number | null>(null);
	const [limit, setLimit] = useState(pageSize);
	const [brush, setBrush] = useState<{ x0: number; y0: number; x1: number; y1: number } | null>(
		null,
	);
	const figureRef = useRef<HTMLDivElement>(null);
	const svgRef = useRef<SVGSVGElement>(null);
	const canvasRef = useRef<HTMLCanvasElement>(null);
	const [themeTick, setThemeTick] = useState(0);
	const dragRef = useRef<{ x: number; y: number; id: number } | null>(null);

	// State from the URL, once, after hydration.
	useEffect(() => {
		const parsed = parseState(window.location.search);
		setState(parsed.state);
		setNotices(parsed.notices);
		setReady(true);
	}, []);

	// State back into the URL.
	useEffect(() => {
		if (!ready) return;
		const q = serializeState(state);
		const url = `${window.location.pathname}${q ? `?${q}` : ''}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
			window.history.replaceState(window.history.state, '', url);
	}, [state, ready]);

	// The plot follows the width of its container, so text stays legible on a phone.
	useEffect(() => {
		const el = figureRef.current;
		if (!el) return;
		const measure = () => {
			const w = Math.round(el.clientWidth);
			if (w > 0) setWidth((old) => (Math.abs(old - w) >= 1 ? w : old));
		};
		measure();
		if (typeof ResizeObserver === 'undefined') return;
		const ro = new ResizeObserver(measure);
		ro.observe(el);
		return () => ro.disconnect();
	}, []);

	const model: PlotModel = useMemo(() => buildPlotModel(rows, width), [rows, width]);
	const flags = useMemo(() => matchRows(rows, state), [rows, state]);
	// Past CANVAS_THRESHOLD rows the markers go to a canvas once hydrated (the server render keeps paths).
	const canvasMode = ready && rows.length > CANVAS_THRESHOLD;
	const layers = useMemo(
		() => (canvasMode ? EMPTY_LAYERS : buildLayers(model, flags)),
		[canvasMode, model, flags],
	);
	useEffect(() => {
		if (!canvasMode) return;
		// Canvas colours come from CSS variables: redraw when the theme changes.
		const mo = new MutationObserver(() => setThemeTick((t) => t + 1));
		mo.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme', 'class'],
		});
		return () => mo.disconnect();
	}, [canvasMode]);
	useEffect(() => {
		const canvas = canvasRef.current;
		if (!canvasMode || !canvas) return;
		const dpr = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
		canvas.width = Math.round(model.width * dpr);
		canvas.height = Math.round(model.height * dpr);
		canvas.style.width = `${model.width}px`;
		canvas.style.height = `${model.height}px`;
		const ctx = canvas.getContext('2d');
		if (ctx) drawMarkers(ctx, model, flags, readColors(canvas), dpr);
	}, [canvasMode, model, flags, themeTick]);
	const focusable = flags.count <= POINT_NODE_LIMIT;
	const selectedOrder = useMemo(() => model.order.filter((i) => flags.selected[i]), [model, flags]);
	const hitIndex = useMemo(() => {
		const pts: HitPoint[] = [];
		for (const i of selectedOrder) {
			const p = model.points[i]!;
			pts.push({ i, x: p.x, y: p.y, r: p.r });
		}
		return buildHitIndex(pts, model.width, model.height);
	}, [model, selectedOrder]);
	const tableRows = useMemo(() => {
		const sel: CyclingRow[] = [];
		for (let i = 0; i < rows.length; i++) if (flags.selected[i]) sel.push(rows[i]!);
		return sortRows(sel, state.sort, state.dir);
	}, [rows, flags, state.sort, state.dir]);
	const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.id, i])), [rows]);

	const classCounts = useMemo(() => {
		const c = Object.fromEntries(ELECTROLYTE_CLASSES.map((k) => [k, 0])) as Record<
			ElectrolyteClass,
			number
		>;
		for (const r of rows) c[r.electrolyteClass]++;
		return c;
	}, [rows]);
	const categoryCounts = useMemo(() => {
		const c = new Map<StrategyId, number>();
		for (const r of rows) c.set(r.category, (c.get(r.category) ?? 0) + 1);
		return c;
	}, [rows]);

	// Keep the roving tab stop on a selected point.
	const rovingIdx = roving !== null && flags.selected[roving] ? roving : (selectedOrder[0] ?? null);
	const activeIdx = hoverIdx ?? focusIdx ?? tableIdx;
	const active = activeIdx !== null ? rows[activeIdx] : undefined;
	const activePoint =
		activeIdx !== null && flags.shown[activeIdx] ? model.points[activeIdx] : undefined;
	// Rows drawn at exactly the same spot as the active one (their markers overlap).
	const samePlace = useMemo(() => {
		if (!active) return 0;
		let n = 0;
		for (let i = 0; i < rows.length; i++) {
			const r = rows[i]!;
			if (
				i !== activeIdx &&
				flags.selected[i] &&
				r.currentDensity === active.currentDensity &&
				r.arealCapacity === active.arealCapacity
			)
				n++;
		}
		return n;
	}, [rows, flags, active, activeIdx]);

	const update = (patch: Partial<FilterState>) => {
		setState((s) => ({ ...s, ...patch }));
		setLimit(pageSize);
	};
	const toggleClass = (c: ElectrolyteClass) =>
		setState((s) => ({
			...s,
			classes: s.classes.includes(c)
				? s.classes.filter((x) => x !== c)
				: ELECTROLYTE_CLASSES.filter((x) => x === c || s.classes.includes(x)),
		}));
	const preset = (id: PresetId) => {
		setState((s) => applyPreset(s, id));
		setLimit(pageSize);
	};
	const reset = () => {
		setState((s) => ({ ...DEFAULT_STATE, sort: s.sort, dir: s.dir }));
		setLimit(pageSize);
	};
	const sortBy = (key: SortKey) =>
		setState((s) => ({
			...s,
			sort: key,
			dir:
				s.sort === key
					? s.dir === 'asc'
						? 'desc'
						: 'asc'
					: key === 'label' || key === 'source'
						? 'asc'
						: 'desc',
		}));

	/* ---------------------------------------------------------------- pointer: hover, click, brush */

	const toPlot = (e: PointerEvent | MouseEvent) => {
		const svg = svgRef.current;
		if (!svg) return null;
		const rect = svg.getBoundingClientRect();
		if (rect.width === 0 || rect.height === 0) return null;
		return {
			x: ((e.clientX - rect.left) * model.width) / rect.width,
			y: ((e.clientY - rect.top) * model.height) / rect.height,
		};
	};
	const inArea = (p: { x: number; y: number }) =>
		p.x >= model.area.x0 && p.x <= model.area.x1 && p.y >= model.area.y0 && p.y <= model.area.y1;
	const clampToArea = (p: { x: number; y: number }) => ({
		x: Math.min(model.area.x1, Math.max(model.area.x0, p.x)),
		y: Math.min(model.area.y1, Math.max(model.area.y0, p.y)),
	});

	const onPointerDown = (e: TargetedPointerEvent<SVGSVGElement>) => {
		if (e.pointerType === 'touch' || e.button !== 0) return;
		const p = toPlot(e);
		if (!p || !inArea(p)) return;
		dragRef.current = { ...p, id: e.pointerId };
		e.currentTarget.setPointerCapture?.(e.pointerId);
		e.preventDefault();
	};
	const onPointerMove = (e: TargetedPointerEvent<SVGSVGElement>) => {
		const p = toPlot(e);
		if (!p) return;
		const drag = dragRef.current;
		if (drag && drag.id === e.pointerId) {
			const q = clampToArea(p);
			if (Math.abs(q.x - drag.x) > 3 || Math.abs(q.y - drag.y) > 3)
				setBrush({ x0: drag.x, y0: drag.y, x1: q.x, y1: q.y });
			return;
		}
		const hit = nearest(hitIndex, p.x, p.y, 4, model.rMax);
		setHoverIdx(hit ? hit.i : null);
	};
	const onPointerUp = (e: TargetedPointerEvent<SVGSVGElement>) => {
		const drag = dragRef.current;
		dragRef.current = null;
		const p = toPlot(e);
		if (brush && drag) {
			const x0 = Math.min(brush.x0, brush.x1);
			const x1 = Math.max(brush.x0, brush.x1);
			const y0 = Math.min(brush.y0, brush.y1);
			const y1 = Math.max(brush.y0, brush.y1);
			setBrush(null);
			update({
				xmin: round3(invertValue(model.xs, x0)),
				xmax: round3(invertValue(model.xs, x1)),
				ymin: round3(invertValue(model.ys, y1)),
				ymax: round3(invertValue(model.ys, y0)),
			});
			return;
		}
		setBrush(null);
		if (!p) return;
		// A click (tap) picks the nearest point: focus it when it has a focus target.
		const hit = nearest(hitIndex, p.x, p.y, e.pointerType === 'touch' ? 10 : 4, model.rMax);
		if (hit) {
			const el = svgRef.current?.querySelector<SVGElement>(`[data-i="${hit.i}"]`);
			if (el) el.focus();
			else setTableIdx(hit.i);
		}
	};
	const onPointerLeave = () => {
		if (!dragRef.current) setHoverIdx(null);
	};

	/* ---------------------------------------------------------------- keyboard over points */

	const focusPoint = (i: number) => {
		setRoving(i);
		svgRef.current?.querySelector<SVGElement>(`[data-i="${i}"]`)?.focus();
	};
	const onPointKey = (e: TargetedKeyboardEvent<SVGElement>, i: number) => {
		const at = selectedOrder.indexOf(i);
		let next: number | undefined;
		switch (e.key) {
			case 'ArrowRight':
			case 'ArrowUp':
				next = selectedOrder[Math.min(selectedOrder.length - 1, at + 1)];
				break;
			case 'ArrowLeft':
			case 'ArrowDown':
				next = selectedOrder[Math.max(0, at - 1)];
				break;
			case 'Home':
				next = selectedOrder[0];
				break;
			case 'End':
				next = selectedOrder[selectedOrder.length - 1];
				break;
			case 'Enter':
			case ' ': {
				const row = rows[i];
				const link = row
					? document.getElementById(domId(row))?.querySelector<HTMLElement>('a')
					: null;
				if (link) {
					e.preventDefault();
					link.focus();
				}
				return;
			}
			case 'Escape':
				(e.currentTarget as SVGElement).blur();
				return;
			default:
				return;
		}
		e.preventDefault();
		if (next !== undefined) focusPoint(next);
	};

	/* ---------------------------------------------------------------- render */

	const { area } = model;
	const sel = selectionRect(model, state);
	const sizes = sizeLegendValues(model.cMax);
	const rangeOn = hasRange(state);
	const visibleTable = tableRows.slice(0, limit);
	const allClasses = state.classes.length === ELECTROLYTE_CLASSES.length;
	const descId = 'explorer-plot-desc';

	return (
		<div class="explorer" data-explorer="" data-ready={ready ? 'true' : undefined}>
			{notices.length > 0 && (
				<div class="callout warn ex-notice" role="status" data-notice="">
					<p>
						<strong>Some filters in the address were not understood and are ignored:</strong>
					</p>
					<ul>
						{notices.map((n) => (
							<li key={n}>{n}</li>
						))}
					</ul>
					<button type="button" class="ex-button" onClick={() => setNotices([])}>
						Dismiss
					</button>
				</div>
			)}

			<div class="ex-controls">
				<fieldset class="ex-legend">
					<legend>Electrolyte class (colour) — press to show or hide</legend>
					<div class="ex-legend-buttons">
						{ELECTROLYTE_CLASSES.map((c) => (
							<button
								type="button"
								class="ex-class"
								data-class={c}
								aria-pressed={state.classes.includes(c) ? 'true' : 'false'}
								onClick={() => toggleClass(c)}
							>
								<span class={`ex-swatch ex-c-${c}`} aria-hidden="true" />
								{CLASS_LABELS[c]} <span class="ex-count">({classCounts[c]})</span>
							</button>
						))}
					</div>
				</fieldset>

				<div class="ex-presets" role="group" aria-label="Presets">
					{(Object.keys(PRESETS) as PresetId[]).map((id) => (
						<button type="button" class="ex-button" data-preset={id} onClick={() => preset(id)}>
							{PRESETS[id].label}
						</button>
					))}
					<button
						type="button"
						class="ex-button"
						data-reset=""
						onClick={reset}
						disabled={allClasses && !rangeOn && state.category === null}
					>
						Show all rows
					</button>
				</div>

				<div class="ex-filters">
					<div class="ex-range-field ex-category">
						<label for="explorer-category">Strategy category</label>
						<select
							id="explorer-category"
							value={state.category ?? ''}
							onChange={(e) => {
								const v = e.currentTarget.value;
								update({
									category: (STRATEGY_IDS as readonly string[]).includes(v)
										? (v as StrategyId)
										: null,
								});
							}}
						>
							<option value="">All categories ({rows.length})</option>
							{STRATEGY_IDS.map((id) => (
								<option value={id}>
									{STRATEGY_LABELS[id]} ({categoryCounts.get(id) ?? 0})
								</option>
							))}
						</select>
					</div>
					<RangeFieldset
						axis="x"
						legend={`Current density range (${UNITS.currentDensity})`}
						state={state}
						update={update}
					/>
					<RangeFieldset
						axis="y"
						legend={`Areal capacity range (${UNITS.arealCapacity})`}
						state={state}
						update={update}
					/>
					{rangeOn && (
						<button
							type="button"
							class="ex-button ex-clear"
							onClick={() => update({ xmin: null, xmax: null, ymin: null, ymax: null })}
						>
							Clear range
						</button>
					)}
				</div>
			</div>

			<div class="ex-main">
				<div class="ex-figure" ref={figureRef}>
					<svg
						ref={svgRef}
						class="ex-plot"
						viewBox={`0 0 ${model.width} ${model.height}`}
						width="100%"
						role="group"
						aria-labelledby="explorer-plot-title"
						aria-describedby={descId}
						data-points={rows.length}
						onPointerDown={onPointerDown}
						onPointerMove={onPointerMove}
						onPointerUp={onPointerUp}
						onPointerLeave={onPointerLeave}
						onPointerCancel={() => {
							dragRef.current = null;
							setBrush(null);
						}}
					>
						<title id="explorer-plot-title">
							Current density against areal capacity of {rows.length} cycled lithium-metal cells
						</title>
						<desc id={descId}>
							Log–log scatter plot. Horizontal axis: current density from {formatTick(model.xs.d0)}{' '}
							to {formatTick(model.xs.d1)} {UNITS.currentDensity}. Vertical axis: areal capacity
							from {formatTick(model.ys.d0)} to {formatTick(model.ys.d1)} {UNITS.arealCapacity}.
							Marker area is proportional to the number of cycles; hollow markers are rows reported
							only in hours (diamonds) or without a cycle count (circles). Colour shows the
							electrolyte class. {flags.count} of {rows.length} rows are selected; the table below
							lists them.
						</desc>
						<g class="ex-grid" aria-hidden="true">
							{model.xTicks.minor.map((v) => {
								const x = scaleValue(model.xs, v);
								return <line class="ex-minor" x1={x} x2={x} y1={area.y0} y2={area.y1} />;
							})}
							{model.yTicks.minor.map((v) => {
								const y = scaleValue(model.ys, v);
								return <line class="ex-minor" x1={area.x0} x2={area.x1} y1={y} y2={y} />;
							})}
							{model.xTicks.major.map((v) => {
								const x = scaleValue(model.xs, v);
								return (
									<g>
										<line x1={x} x2={x} y1={area.y0} y2={area.y1} />
										<text
											class="ex-tick"
											x={x}
											y={model.naY !== null ? model.naY + 32 : area.y1 + 16}
											text-anchor="middle"
										>
											{formatTick(v)}
										</text>
									</g>
								);
							})}
							{model.yTicks.major.map((v) => {
								const y = scaleValue(model.ys, v);
								return (
									<g>
										<line x1={area.x0} x2={area.x1} y1={y} y2={y} />
										<text class="ex-tick" x={area.x0 - 6} y={y + 4} text-anchor="end">
											{formatTick(v)}
										</text>
									</g>
								);
							})}
							<rect
								class="ex-frame"
								x={area.x0}
								y={area.y0}
								width={area.x1 - area.x0}
								height={area.y1 - area.y0}
							/>
							{model.naY !== null && (
								<text class="ex-tick" x={area.x0 - 6} y={model.naY + 4} text-anchor="end">
									n/r
								</text>
							)}
							<text
								class="ex-axis-label"
								x={(area.x0 + area.x1) / 2}
								y={model.height - 8}
								text-anchor="middle"
							>
								Current density ({UNITS.currentDensity})
							</text>
							<text
								class="ex-axis-label"
								transform={`translate(${model.width < 520 ? 11 : 16} ${(area.y0 + area.y1) / 2}) rotate(-90)`}
								text-anchor="middle"
							>
								Areal capacity ({UNITS.arealCapacity})
							</text>
						</g>
						{sel && (
							<rect
								class="ex-selection"
								x={sel.x}
								y={sel.y}
								width={sel.width}
								height={sel.height}
								aria-hidden="true"
							/>
						)}
						{canvasMode ? (
							<g
								class="ex-markers"
								aria-hidden="true"
								data-renderer="canvas"
								data-count={flags.count}
							>
								<foreignObject x="0" y="0" width={model.width} height={model.height}>
									<canvas ref={canvasRef} class="ex-canvas" />
								</foreignObject>
							</g>
						) : (
							<g class="ex-markers" aria-hidden="true" data-renderer="svg">
								{layers.contextCount > 0 && (
									<path class="ex-context" d={layers.context} data-count={layers.contextCount} />
								)}
								{layers.classes.map((l) => (
									<g key={l.cls} class={`ex-layer ex-c-${l.cls}`} data-class={l.cls}>
										{l.filledCount > 0 && (
											<path
												class="ex-filled"
												d={l.filled}
												data-count={l.filledCount}
												data-kind="filled"
											/>
										)}
										{l.hollowCount > 0 && (
											<path
												class="ex-hollow"
												d={l.hollow}
												data-count={l.hollowCount}
												data-kind="hollow"
											/>
										)}
									</g>
								))}
							</g>
						)}
						{brush && (
							<rect
								class="ex-brush"
								x={Math.min(brush.x0, brush.x1)}
								y={Math.min(brush.y0, brush.y1)}
								width={Math.abs(brush.x1 - brush.x0)}
								height={Math.abs(brush.y1 - brush.y0)}
								aria-hidden="true"
							/>
						)}
						{activePoint && (
							<path
								class={`ex-ring${focusIdx === activeIdx ? ' ex-ring-focus' : ''}`}
								d={markerPath({ ...activePoint, r: activePoint.r + 4 })}
								aria-hidden="true"
							/>
						)}
						{focusable && (
							<g
								class="ex-points"
								role="list"
								aria-label="Data points, in order of current density"
							>
								{selectedOrder.map((i) => {
									const p = model.points[i]!;
									const r = rows[i]!;
									return (
										<circle
											key={r.id}
											role="listitem"
											class="ex-pt"
											data-i={i}
											data-row-id={r.id}
											data-class={r.electrolyteClass}
											cx={p.x}
											cy={p.y}
											r={Math.max(p.r, 5)}
											tabindex={i === rovingIdx ? 0 : -1}
											aria-label={`${r.label} (${CLASS_LABELS[r.electrolyteClass]}): ${valuesText(r)}. ${r.table}, seed ${r.seed}, ref ${r.ref ?? 'none'}.`}
											onFocus={() => {
												setFocusIdx(i);
												setRoving(i);
											}}
											onBlur={() => setFocusIdx((f) => (f === i ? null : f))}
											onKeyDown={(e) => onPointKey(e, i)}
										/>
									);
								})}
							</g>
						)}
					</svg>
					<div class="ex-keys" aria-hidden="true">
						<span class="ex-key-group">
							Marker area ∝ cycles:
							{sizes.map((c) => {
								const r = Math.round(radiusFor(c, model.cMax, model.rMax) * 10) / 10;
								return (
									<span class="ex-size">
										<svg
											width={2 * r + 4}
											height={2 * r + 4}
											viewBox={`0 0 ${2 * r + 4} ${2 * r + 4}`}
										>
											<circle class="ex-key-mark" cx={r + 2} cy={r + 2} r={r} />
										</svg>
										{formatNumber(c)}
									</span>
								);
							})}
						</span>
						<span class="ex-key-group">
							<span class="ex-size">
								<svg width="16" height="16" viewBox="0 0 16 16">
									<path
										class="ex-key-hollow"
										d={markerPath({ x: 8, y: 8, r: HOLLOW_R, kind: 'hours' })}
									/>
								</svg>
								duration only (h)
							</span>
							<span class="ex-size">
								<svg width="16" height="16" viewBox="0 0 16 16">
									<path
										class="ex-key-hollow"
										d={markerPath({ x: 8, y: 8, r: HOLLOW_R, kind: 'none' })}
									/>
								</svg>
								no cycle count
							</span>
						</span>
					</div>
					<p class="ex-hint">
						Marker area is proportional to the printed cycle count (largest:{' '}
						{formatNumber(model.cMax)} cycles; below{' '}
						{formatNumber(minSizeCycles(model.cMax, model.rMax))} cycles markers keep a minimum
						size). Rows whose cycle life is printed only in hours, or not at all, get a fixed-size
						hollow marker: hours are never converted to cycles.{' '}
						{model.naY !== null &&
							'Rows without a reported areal capacity sit in the “n/r” strip under the axis. '}
						{focusable
							? 'Drag a rectangle to select a region, or use the range fields. Tab to the points and move with the arrow keys; Enter jumps to the row in the table.'
							: `With ${flags.count} selected rows the points are not individual keyboard stops: use the table, where focusing a row highlights its point.`}
					</p>
				</div>

				<div
					class="ex-details"
					role="region"
					aria-live="polite"
					aria-label="Details of the highlighted point"
				>
					{active ? (
						<div data-details={active.id}>
							<p class="ex-details-title">
								<span class={`ex-swatch ex-c-${active.electrolyteClass}`} aria-hidden="true" />{' '}
								{active.label}
							</p>
							<dl>
								<dt>Current density</dt>
								<dd>{withUnit(active.currentDensity, UNITS.currentDensity)}</dd>
								<dt>Areal capacity</dt>
								<dd>{withUnit(active.arealCapacity, UNITS.arealCapacity)}</dd>
								<dt>Cycle life</dt>
								<dd>{lifeText(active)}</dd>
								<dt>Temperature</dt>
								<dd>
									{active.temperature === null
										? 'not given'
										: withUnit(active.temperature, UNITS.temperature)}
								</dd>
								<dt>Class · strategy</dt>
								<dd>
									{CLASS_LABELS[active.electrolyteClass]} · {STRATEGY_LABELS[active.category]}
								</dd>
								<dt>Source</dt>
								<dd>
									<a href={rowHref(active, BASE)}>{sourceText(active)}</a> of{' '}
									{papers[active.seed] ?? `seed ${active.seed}`}, ref{' '}
									{active.ref ?? '(none printed)'}
								</dd>
							</dl>
							{rowCitations(active, citations).map((c) => (
								<p class="ex-citation" data-citation="">
									{c}
								</p>
							))}
							{active.note && <p class="ex-note">Note: {active.note}</p>}
							{samePlace > 0 && (
								<p class="ex-note" data-same-place="">
									{samePlace === 1
										? 'One other selected row sits'
										: `${samePlace} other selected rows sit`}{' '}
									at the same current density and capacity, under overlapping markers; the arrow
									keys and the table reach each of them.
								</p>
							)}
							<p>
								<a href={calcHref(active, BASE)}>Sand's time at these values</a>
							</p>
						</div>
					) : (
						<p class="ex-details-empty">
							Point at a marker (hover or tap), focus one with the keyboard, or move through the
							table to see the row, its values and the full citation here.
						</p>
					)}
				</div>
			</div>

			<p class="ex-status" role="status" data-status="">
				{flags.count === rows.length
					? `All ${rows.length} cycling rows are listed.`
					: `${flags.count} of ${rows.length} cycling rows match the filters.`}
				{state.category && ` Category: ${STRATEGY_LABELS[state.category]}.`}
				{!allClasses &&
					` Classes: ${state.classes.length ? state.classes.map((c) => CLASS_LABELS[c]).join(', ') : 'none'}.`}
				{rangeOn &&
					` Range: ${state.xmin ?? '…'}–${state.xmax ?? '…'} ${UNITS.currentDensity}, ${state.ymin ?? '…'}–${state.ymax ?? '…'} ${UNITS.arealCapacity}.`}
			</p>

			<div class="table-wrap ex-table-wrap">
				<table class="ex-table" data-explorer-table="">
					<caption class="visually-hidden">
						Cycling rows matching the filters; column headers sort the table.
					</caption>
					<thead>
						<tr>
							{SORT_COLUMNS.slice(0, 1).map((c) => (
								<SortHeader col={c} state={state} onSort={sortBy} />
							))}
							<th scope="col">Class</th>
							<th scope="col">Category</th>
							{SORT_COLUMNS.slice(1).map((c) => (
								<SortHeader col={c} state={state} onSort={sortBy} />
							))}
							<th scope="col">Ref.</th>
							<th scope="col">Sand's time</th>
						</tr>
					</thead>
					<tbody>
						{visibleTable.map((r) => {
							const i = indexOf.get(r.id)!;
							return (
								<tr
									key={r.id}
									id={domId(r)}
									data-row-id={r.id}
									data-class={r.electrolyteClass}
									class={activeIdx === i ? 'ex-active' : undefined}
									onMouseEnter={() => setTableIdx(i)}
									onMouseLeave={() => setTableIdx((t) => (t === i ? null : t))}
									onFocusIn={() => setTableIdx(i)}
									onFocusOut={() => setTableIdx((t) => (t === i ? null : t))}
								>
									<td>{r.label}</td>
									<td class="ex-nowrap">
										<span class={`ex-swatch ex-c-${r.electrolyteClass}`} aria-hidden="true" />{' '}
										{CLASS_LABELS[r.electrolyteClass]}
									</td>
									<td>{STRATEGY_LABELS[r.category]}</td>
									<td class="num" data-col="currentDensity">
										{formatNumber(r.currentDensity)}
									</td>
									<td class="num" data-col="arealCapacity">
										{r.arealCapacity === null ? (
											<span aria-label="not reported">—</span>
										) : (
											formatNumber(r.arealCapacity)
										)}
									</td>
									<td class="num" data-col="cycles">
										{r.cycles === null ? (
											<span aria-label="not reported">—</span>
										) : (
											formatNumber(r.cycles)
										)}
									</td>
									<td class="num" data-col="hours">
										{r.hours === null ? (
											<span aria-label="not reported">—</span>
										) : (
											formatNumber(r.hours)
										)}
									</td>
									<td class="num" data-col="temperature">
										{r.temperature === null ? (
											<span aria-label="not given">—</span>
										) : (
											formatNumber(r.temperature)
										)}
									</td>
									<td>
										<a href={rowHref(r, BASE)}>{sourceText(r)}</a>
									</td>
									<td>{r.ref ?? '—'}</td>
									<td>
										<a
											href={calcHref(r, BASE)}
											aria-label={`Calculate Sand's time for ${r.label} at ${formatNumber(r.currentDensity)} ${UNITS.currentDensity}`}
										>
											Calculate
										</a>
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
			{tableRows.length === 0 && <p class="ex-empty">No row matches these filters.</p>}
			{tableRows.length > visibleTable.length && (
				<p>
					<button type="button" class="ex-button" onClick={() => setLimit((l) => l + pageSize)}>
						Show {Math.min(pageSize, tableRows.length - visibleTable.length)} more of{' '}
						{tableRows.length - visibleTable.length} remaining rows
					</button>
				</p>
			)}
		</div>
	);
}

function SortHeader(props: {
	col: { key: SortKey; label: string; unit?: string; num?: boolean };
	state: FilterState;
	onSort: (k: SortKey) => void;
}) {
	const { col, state } = props;
	const on = state.sort === col.key;
	return (
		<th
			scope="col"
			class={col.num ? 'num' : undefined}
			aria-sort={on ? (state.dir === 'asc' ? 'ascending' : 'descending') : undefined}
		>
			<button
				type="button"
				class="ex-sort"
				data-sort={col.key}
				onClick={() => props.onSort(col.key)}
			>
				{col.label}
				<span class="ex-sort-mark" aria-hidden="true">
					{on ? (state.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
				</span>
				{col.unit && <span class="ex-unit"> [{col.unit}]</span>}
			</button>
		</th>
	);
}
