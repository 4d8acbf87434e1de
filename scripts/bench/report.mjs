/**
 * The bench report as Markdown (printed, and written to reports/ beside the JSON).
 */
import { CATEGORIES } from './lighthouse.mjs';
import { kb, ms, seconds } from './util.mjs';

const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, align, rows) => [row(head), row(align), ...rows.map(row)].join('\n');
const na = (reason) => `not available: ${reason}`;
const int = (n) => n.toLocaleString('en-US');

function buildSection(r) {
	if (!r.build) return '';
	const b = r.build;
	const runs = (list) => list.map((x) => (x / 1000).toFixed(1)).join(' · ') + ' s';
	return [
		`### Build (median of ${b.astroRuns.length}, each astro build with an empty cache)`,
		'',
		table(
			['step', 'median', 'runs'],
			['---', '---:', '---'],
			[
				['astro build', seconds(b.astroMs), runs(b.astroRuns)],
				[`Pagefind indexing (${b.pages} pages)`, seconds(b.indexMs), runs(b.indexRuns)],
			],
		),
	].join('\n');
}

function pagesSection(r) {
	if (!r.pages) return '';
	const rows = r.pages.map((p) => {
		const name = p.name;
		if (p.unavailable) return [name, p.unavailable, '', '', '', '', ''];
		const w = p.weight;
		const fl = p.firstLoad;
		const first = !fl
			? '—'
			: fl.error
				? `error: ${fl.error}`
				: `${kb(fl.gzip)} (${fl.count} file${fl.count === 1 ? '' : 's'})`;
		const pf =
			!fl || fl.error ? '—' : fl.pagefind ? (p.kind === 'search' ? 'yes' : '**yes ⚠**') : 'no';
		const budget = p.budget.ok === null ? '—' : `${p.budget.rule} ${p.budget.ok ? '✓' : '✗'}`;
		return [
			name,
			`${kb(w.htmlGzip)} (${kb(w.htmlBytes, 0)} raw)`,
			kb(w.cssGzip),
			kb(w.jsGzip),
			first,
			pf,
			budget,
		];
	});
	return [
		'### Page weight (gzip)',
		'',
		table(
			[
				'page',
				'HTML',
				'CSS',
				'JS (all static)',
				'JS on first load',
				'Pagefind JS on first load',
				'JS budget',
			],
			['---', '---:', '---:', '---:', '---:', '---', '---'],
			rows,
		),
	].join('\n');
}

function searchSection(r) {
	const s = r.search;
	if (!s) return '';
	if (s.unavailable) return `### Search\n\n${na(s.unavailable)}`;
	const lines = ['### Search', ''];
	lines.push(
		`- Pagefind index (\`dist/pagefind\`): ${kb(s.index.bytes)} in ${int(s.index.files)} files`,
	);
	const fq = s.firstQuery;
	if (fq?.error) lines.push(`- First query “${fq.query}”: ${na(fq.error)}`);
	else if (fq)
		lines.push(
			`- First query “${fq.query}” (${fq.via}): ${kb(fq.bytes)} in ${fq.requests} requests, of which Pagefind ${kb(fq.pagefindBytes)} in ${fq.pagefindRequests}`,
		);
	lines.push('');
	if (s.queries?.length) {
		lines.push(
			table(
				['query (on /search/)', 'time to first result, cold', 'warm', 'runs'],
				['---', '---:', '---:', '---:'],
				s.queries.map((q) => [
					`“${q.query}”`,
					q.found ? ms(q.coldMs, 0) : `no results${q.error ? ` (${q.error})` : ''}`,
					q.found ? ms(q.warmMs, 0) : '—',
					`${q.coldRuns.length} + ${q.warmRuns.length}`,
				]),
			),
		);
	}
	return lines.join('\n');
}

function filterSection(r) {
	const f = r.filtering;
	if (!f) return '';
	if (f.unavailable) return `### Table filtering\n\n${na(f.unavailable)}`;
	const cell = (run) => (run ? `${ms(run.medianMs, 3)} (${int(run.rows)} rows)` : '—');
	const line = (name, x) => {
		if (!x || x.unavailable) return [name, x?.unavailable ?? '—', '', '', '', '', ''];
		const byScale = (k) => x.runs.find((q) => q.scale === k);
		const target = x.runs.find((q) => q.scale === null);
		const worst = Math.max(...x.runs.map((q) => q.worstMs));
		return [
			x.dataset
				? `${name} — \`${x.module.split(' ')[1]}\` on ${x.dataset}`
				: `${name} — \`${x.module.split(' ')[1]}\`, extra rows from ${x.rowSource}`,
			cell(byScale(1)),
			cell(byScale(10)),
			cell(byScale(100)),
			target ? ms(target.medianMs, 3) : '—',
			ms(worst, 1),
			target ? (target.medianMs <= f.targetMs ? '✓' : '✗') : '—',
		];
	};
	return [
		`### Table filtering per keystroke (median, in Chromium; target: ${int(f.targetRows)} rows ≤ ${f.targetMs} ms)`,
		'',
		table(
			[
				'filter',
				'1×',
				'10×',
				'100×',
				`${int(f.targetRows)} rows`,
				'slowest single keystroke',
				'target',
			],
			['---', '---:', '---:', '---:', '---:', '---:', '---'],
			[line('literature table', f.table), line('explorer', f.explorer)],
		),
		'',
		[f.table, f.explorer]
			.filter((x) => x && !x.unavailable)
			.map(
				(x) =>
					`- ${x.module}: ${x.keystrokes}${x.runs[0].indexMs !== undefined ? `; index build ${x.runs.map((q) => ms(q.indexMs, 0)).join(' / ')} (once per table)` : ''}`,
			)
			.join('\n'),
	].join('\n');
}

function lighthouseSection(r) {
	const l = r.lighthouse;
	if (!l) return '';
	const head = `### Lighthouse ${l.version ?? ''} (mobile / desktop, one run each)`;
	if (l.unavailable) return `${head}\n\n${na(l.unavailable)}`;
	// In the order of the page table, page types the site does not have yet included.
	const pages = r.pages?.length
		? r.pages.map((p) => p.name)
		: [...new Set(l.runs.map((x) => x.page))];
	const rows = pages.map((page) => {
		const missing = r.pages?.find((p) => p.name === page)?.unavailable;
		if (missing) return [page, missing, '', '', '', ''];
		const m = l.runs.find((x) => x.page === page && x.preset === 'mobile');
		const d = l.runs.find((x) => x.page === page && x.preset === 'desktop');
		if (!m && !d) return [page, 'not measured', '', '', '', ''];
		if (m?.error && d?.error) return [page, na(m.error), '', '', '', ''];
		const lcp = (x) =>
			x?.metrics?.lcpMs != null ? `${(x.metrics.lcpMs / 1000).toFixed(1)} s` : '—';
		return [
			page,
			`${lcp(m)} / ${lcp(d)}`,
			...CATEGORIES.map(
				(c) =>
					`${m?.scores?.[c] ?? (m?.error ? 'error' : '—')} / ${d?.scores?.[c] ?? (d?.error ? 'error' : '—')}`,
			),
		];
	});
	const errors = l.runs.filter((x) => x.error).map((x) => `- ${x.page} (${x.preset}): ${x.error}`);
	// Which audits cost points outside performance, on which pages, with an example.
	const lost = new Map();
	for (const x of l.runs)
		for (const f of x.findings ?? []) {
			const k = `${f.category}: \`${f.id}\``;
			const entry = lost.get(k) ?? {
				title: f.title,
				runs: 0,
				pages: new Set(),
				samples: new Set(),
				presets: new Set(),
			};
			entry.runs += 1;
			entry.presets.add(x.preset);
			entry.pages.add(x.page.replace(/ `(.*)`$/, ' $1'));
			for (const sample of f.samples ?? []) if (entry.samples.size < 3) entry.samples.add(sample);
			lost.set(k, entry);
		}
	const scored = l.runs.filter((x) => x.scores).length;
	const lostLines = [...lost].map(
		([k, e]) =>
			`- ${k} (${e.title}) fails on ${e.runs === scored ? 'every run' : `${e.runs} of ${scored} runs (${e.presets.size === 1 ? `${[...e.presets][0]} only; ` : ''}${[...e.pages].join(', ')})`}` +
			(e.samples.size
				? `, e.g. ${[...e.samples].map((x) => `\`${x.replace(/`/g, "'").slice(0, 120)}\``).join(', ')}`
				: ''),
	);
	const counted = l.runs.filter((x) => typeof x.requests === 'number');
	const external = [...new Set(l.runs.flatMap((x) => x.external ?? []))];
	const offline = counted.length
		? `Offline: ${external.length === 0 ? 'no request' : `**${external.length} URL(s)** requested`} to another host than the local server in ${counted.length} runs (${int(counted.reduce((s, x) => s + x.requests, 0))} requests in all)${external.length ? `: ${external.slice(0, 5).join(', ')}` : ''}.`
		: null;
	return [
		head,
		'',
		table(
			['page', 'LCP', 'performance', 'accessibility', 'best practices', 'SEO'],
			['---', '---:', '---:', '---:', '---:', '---:'],
			rows,
		),
		...(lostLines.length ? ['', 'Points lost outside performance:', '', ...lostLines] : []),
		...(offline ? ['', offline] : []),
		...(errors.length ? ['', ...errors] : []),
	].join('\n');
}

function scalingSection(r) {
	const s = r.scaling;
	if (!s) return '';
	if (s.unavailable) return `### Build growth\n\n${na(s.unavailable)}`;
	return [
		'### Build growth (synthetic content in a temporary copy, one build per scale; 1× = the site builds above)',
		'',
		table(
			[
				'content',
				'content pages',
				'table rows',
				'built pages',
				'astro build',
				'ratio',
				'Pagefind',
				'ratio',
				'load avg',
			],
			['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:'],
			s.map((x) => [
				`${x.scale}×`,
				int(x.pages),
				int(x.rows),
				int(x.builtPages),
				seconds(x.astroMs),
				`${x.astroRatio.toFixed(2)}×`,
				seconds(x.indexMs),
				`${x.indexRatio.toFixed(2)}×`,
				x.load != null ? x.load.toFixed(1) : '—',
			]),
		),
	].join('\n');
}

export function toMarkdown(r) {
	const m = r.machine;
	const header = `**${r.date}** — ${m.cpus} cores (${m.cpuModel}), ${m.memGB} GB RAM, Node ${m.node}, ${m.chromium}; 1-min load average ${m.loadAverageAtStart?.[0] ?? '?'} at start, ${m.loadAverageAtEnd?.[0] ?? '?'} at end; bench runtime ${Math.floor(r.runtimeS / 60)} min ${Math.round(r.runtimeS % 60)} s`;
	return [
		header,
		buildSection(r),
		pagesSection(r),
		searchSection(r),
		filterSection(r),
		lighthouseSection(r),
		scalingSection(r),
	]
		.filter(Boolean)
		.join('\n\n')
		.concat('\n');
}
