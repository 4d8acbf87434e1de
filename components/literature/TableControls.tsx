/**
 * The literature table island: text filter, per-column filters, column show/hide, the live row count,
 * the sort announcements, URL state and the "Download CSV of the shown rows" button. It renders only its
 * controls; the table is the server-rendered HTML below it, which `enhance.ts` sorts and filters in place
 * (rows are moved and hidden, never re-rendered). Hydrate with client:idle (never client:only).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { datasetToCsv, type ExportDataset } from '../../src/data/export';
import { parseFormula } from '../../src/data/formula';
import { enhanceTable, type TableDom, type Tip } from './enhance';
import {
	activeFilterCount,
	buildIndex,
	EMPTY_STATE,
	filterRows,
	nextSort,
	shownText,
	sortMessage,
	sortOrder,
	type IndexColumn,
	type TableState,
} from './table-state';
import type { DisplayColumn } from './table-view';
import { parseNumber, parseTableState, tableStateToQuery } from './url-state';

interface Props {
	/** DOM id of the server-rendered <table>. */
	tableId: string;
	dataset: ExportDataset;
	/** The table's columns in DOM order (table-view.ts displayColumns). */
	display: DisplayColumn[];
}

function unitSuffix(c: { unit?: string }): string {
	return c.unit ? ` [${c.unit}]` : '';
}

/** Text in the formula markup with real subscripts and superscripts. */
function Chem({ text }: { text: string }) {
	return (
		<>
			{parseFormula(text).map((seg, i) =>
				seg.kind === 'sub' ? (
					<sub key={i}>{seg.text}</sub>
				) : seg.kind === 'sup' ? (
					<sup key={i}>{seg.text}</sup>
				) : (
					seg.text
				),
			)}
		</>
	);
}

export default function TableControls({ tableId, dataset, display }: Props) {
	const index = useMemo(() => buildIndex(dataset), [dataset]);
	const hideable = useMemo(() => display.filter((c) => c.kind !== 'ref'), [display]);
	const [state, setState] = useState<TableState>(EMPTY_STATE);
	const [ready, setReady] = useState(false);
	const [notices, setNotices] = useState<string[]>([]);
	const [open, setOpen] = useState(false);
	const [message, setMessage] = useState('');
	const [drafts, setDrafts] = useState<Record<string, string>>({});
	const [tip, setTip] = useState<Tip | null>(null);
	// The sort as of the last click, so two quick clicks toggle twice even before a re-render.
	const sortRef = useRef(state.sort);
	sortRef.current = state.sort;
	const dom = useRef<TableDom | null>(null);
	const ids = (s: string) => `${tableId}-${s}`;

	useEffect(() => {
		const table = document.getElementById(tableId);
		if (!(table instanceof HTMLTableElement)) return;
		const sortable = new Set(index.columns.map((c) => c.key));
		dom.current = enhanceTable(
			table,
			sortable,
			(key) => {
				const sort = nextSort(sortRef.current, key);
				sortRef.current = sort;
				setState((s) => ({ ...s, sort }));
				setMessage(sortMessage(index, sort));
			},
			setTip,
		);
		const parsed = parseTableState(
			new URLSearchParams(location.search),
			index,
			hideable.map((c) => c.key),
		);
		setState(parsed.state);
		setNotices(parsed.notices);
		// A shared link with column filters or hidden columns opens the panel, so they are visible.
		if (activeFilterCount(parsed.state) > 0 || parsed.state.hidden.length > 0) setOpen(true);
		setReady(true);
		return () => dom.current?.destroy();
	}, [tableId, index, hideable]);

	const shown = useMemo(() => filterRows(state, index), [state, index]);

	useEffect(() => {
		if (!ready || !dom.current) return;
		dom.current.apply(sortOrder(index, state.sort), shown, state.sort);
		const query = tableStateToQuery(state, new URLSearchParams(location.search));
		const next = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
		if (next !== `${location.pathname}${location.search}${location.hash}`)
			history.replaceState(history.state, '', next);
	}, [ready, shown, state, index]);

	const update = (f: (s: TableState) => TableState) => setState((s) => f(s));

	const setBound = (col: IndexColumn, side: 'min' | 'max', raw: string) => {
		const name = `${side}.${col.key}`;
		setDrafts((d) => ({ ...d, [name]: raw }));
		const v = raw.trim() === '' ? undefined : parseNumber(raw);
		if (v === null) return; // invalid: keep the last valid filter, flag the input
		update((s) => {
			const r = { ...s.ranges[col.key] };
			if (v === undefined) delete r[side];
			else r[side] = v;
			const ranges = { ...s.ranges, [col.key]: r };
			if (r.min === undefined && r.max === undefined) delete ranges[col.key];
			return { ...s, ranges };
		});
	};

	const toggleChoice = (col: IndexColumn, value: string, on: boolean) =>
		update((s) => {
			const list = (s.choices[col.key] ?? []).filter((v) => v !== value);
			if (on) list.push(value);
			const choices = { ...s.choices, [col.key]: list };
			if (!list.length) delete choices[col.key];
			return { ...s, choices };
		});

	const toggleColumn = (key: string, visible: boolean) =>
		update((s) => ({
			...s,
			hidden: visible
				? s.hidden.filter((k) => k !== key)
				: [...s.hidden.filter((k) => k !== key), key],
		}));

	const reset = () => {
		setState(EMPTY_STATE);
		setDrafts({});
		setMessage('Filters cleared, rows in the printed order');
	};

	const download = () => {
		const rows = Array.from(shown, (i) => dataset.rows[i]!);
		const blob = new Blob([datasetToCsv(dataset, rows)], { type: 'text/csv;charset=utf-8' });
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = `${dataset.id}-shown.csv`;
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	};

	const hiddenCss = state.hidden
		.map((key) => display.findIndex((c) => c.key === key))
		.filter((i) => i >= 0)
		.map((i) => `#${tableId} tr > :nth-child(${i + 1}){display:none}`)
		.join('');

	const rangeCols = index.columns.filter((c) => c.filter === 'range');
	const choiceCols = index.columns.filter((c) => c.filter === 'choice');
	const active = activeFilterCount(state);

	return (
		<div class="lit-controls" data-pagefind-ignore>
			{hiddenCss && <style>{hiddenCss}</style>}
			<div class="lit-toolbar">
				<div class="lit-search">
					<label for={ids('q')}>Filter rows</label>
					<input
						id={ids('q')}
						type="search"
						value={state.q}
						autocomplete="off"
						spellcheck={false}
						aria-describedby={ids('count')}
						onInput={(e) => {
							const q = e.currentTarget.value;
							update((s) => ({ ...s, q }));
						}}
					/>
				</div>
				<button
					type="button"
					class="lit-disclosure"
					aria-expanded={open}
					aria-controls={ids('panel')}
					onClick={() => setOpen(!open)}
				>
					Column filters and columns{active > 0 ? ` (${active} active)` : ''}
				</button>
				<button type="button" onClick={reset}>
					Reset
				</button>
				<button type="button" onClick={download} disabled={!ready}>
					Download CSV of the shown rows
				</button>
			</div>
			<p id={ids('count')} class="lit-count" role="status">
				{shownText(shown.length, index.size)}
				{state.hidden.length > 0 &&
					` · ${state.hidden.length} ${state.hidden.length === 1 ? 'column' : 'columns'} hidden`}
			</p>
			<p class="visually-hidden" aria-live="polite">
				{message}
			</p>
			{notices.length > 0 && (
				<div class="callout warn lit-notice">
					<p>
						<strong>Some settings in the address could not be used and were ignored:</strong>
					</p>
					<ul>
						{notices.map((n) => (
							<li key={n}>{n}</li>
						))}
					</ul>
					<button type="button" onClick={() => setNotices([])}>
						Dismiss
					</button>
				</div>
			)}
			<div id={ids('panel')} class="lit-panel" hidden={!open}>
				{rangeCols.map((c) => (
					<fieldset key={c.key} class="lit-range">
						<legend>
							{c.name}
							{unitSuffix(c)}
						</legend>
						{(['min', 'max'] as const).map((side) => {
							const name = `${side}.${c.key}`;
							const draft = drafts[name];
							const value =
								draft ??
								(state.ranges[c.key]?.[side] !== undefined
									? String(state.ranges[c.key]![side])
									: '');
							const invalid = value.trim() !== '' && parseNumber(value) === null;
							return (
								<span key={side} class="lit-bound">
									<label for={ids(name)}>{side}</label>
									<input
										id={ids(name)}
										type="text"
										inputMode="decimal"
										name={name}
										value={value}
										size={7}
										aria-invalid={invalid || undefined}
										aria-describedby={invalid ? ids(`${name}-err`) : undefined}
										onInput={(e) => setBound(c, side, e.currentTarget.value)}
									/>
									{invalid && (
										<span id={ids(`${name}-err`)} class="lit-error">
											not a number
										</span>
									)}
								</span>
							);
						})}
					</fieldset>
				))}
				{choiceCols.map((c) => (
					<fieldset key={c.key} class="lit-choice">
						<legend>{c.name}</legend>
						{c.choices!.map((ch) => (
							<label key={ch.value}>
								<input
									type="checkbox"
									name={`in.${c.key}`}
									value={ch.value}
									checked={(state.choices[c.key] ?? []).includes(ch.value)}
									onChange={(e) => toggleChoice(c, ch.value, e.currentTarget.checked)}
								/>{' '}
								<Chem text={ch.markup ?? ch.label} /> <span class="lit-n">({ch.count})</span>
							</label>
						))}
					</fieldset>
				))}
				<fieldset class="lit-columns">
					<legend>Columns shown</legend>
					{hideable.map((c) => (
						<label key={c.key}>
							<input
								type="checkbox"
								name="column"
								value={c.key}
								checked={!state.hidden.includes(c.key)}
								onChange={(e) => toggleColumn(c.key, e.currentTarget.checked)}
							/>{' '}
							{c.label}
						</label>
					))}
				</fieldset>
			</div>
			{ready && shown.length === 0 && (
				<p class="lit-empty">
					No rows match these filters.{' '}
					<button type="button" onClick={reset}>
						Reset
					</button>
				</p>
			)}
			<div
				class={`lit-tip${tip?.above ? ' above' : ''}`}
				aria-hidden="true"
				hidden={!tip}
				style={tip ? { left: `${tip.x}px`, top: `${tip.y}px` } : undefined}
			>
				{tip?.text}
			</div>
		</div>
	);
}
