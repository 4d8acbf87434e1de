/**
 * Filtering time per keystroke, measured in Chromium: the pure TypeScript filter modules are bundled for
 * the browser with esbuild (Astro's own dependency), loaded into a blank page, and timed there with
 * performance.now() at 1×, 10× and 100× today's rows and at 10 000 rows. The synthetic rows exist only
 * inside the bench page; nothing is written to the site.
 *
 *  - literature table: `filterRows(state, buildIndex(dataset))` from components/literature/table-state.ts
 *    on the table with the most rows; the keystrokes type a word into the text filter, one prefix per
 *    keystroke. Rows beyond today's are copies of the real rows with numbers scaled by a seeded factor.
 *  - explorer: `filterCyclingRows(rows, state)` from components/explorer/filter.ts on the rows of
 *    buildCyclingRows (src/data/cycling.ts); extra rows from syntheticRows (components/explorer/synthetic.ts,
 *    seeded). The keystrokes type a current-density range and a capacity minimum, one state per keystroke.
 *
 * A keystroke's time is the median over 15 batches of (batch time ÷ keystrokes in the batch); a batch
 * repeats the keystroke sequence until it lasts ≥ 20 ms, because a single call is often below the
 * 0.1 ms resolution of performance.now() in a page that is not cross-origin isolated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { errorMessage } from './util.mjs';

export const TARGET_ROWS = 10_000;
export const TARGET_MS = 16;
const SCALES = [1, 10, 100];

const TABLE_MODULE = 'components/literature/table-state.ts';
const EXPLORER_MODULES = ['components/explorer/filter.ts', 'src/data/cycling.ts'];
const SYNTHETIC_MODULE = 'components/explorer/synthetic.ts';

/** The harness that runs in the page (plain JS, bundled with the modules). */
const HARNESS = `
const now = () => performance.now();
function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
function median(v) {
	const s = [...v].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
let sink = 0;
export function timeKeystrokes(run, states, { batches = 15, minBatchMs = 20 } = {}) {
	const first0 = now();
	sink ^= run(states[0]).length;
	const firstCall = now() - first0;
	let inner = 1;
	for (;;) {
		const t0 = now();
		for (let r = 0; r < inner; r++) for (const s of states) sink ^= run(s).length;
		if (now() - t0 >= minBatchMs || inner >= 1 << 20) break;
		inner *= 2;
	}
	const per = [];
	for (let b = 0; b < batches; b++) {
		const t0 = now();
		for (let r = 0; r < inner; r++) for (const s of states) sink ^= run(s).length;
		per.push((now() - t0) / (inner * states.length));
	}
	let worst = 0;
	for (let r = 0; r < 3; r++)
		for (const s of states) {
			const t0 = now();
			sink ^= run(s).length;
			worst = Math.max(worst, now() - t0);
		}
	return { medianMs: median(per), worstMs: worst, firstCallMs: firstCall, calls: batches * inner * states.length, sink };
}
/** Today's rows, then seeded copies with every finite number scaled by a factor in [0.5, 2). */
export function growRows(rows, n, seed) {
	const rand = mulberry32(seed);
	const out = rows.slice(0, n);
	for (let k = out.length; k < n; k++) {
		const src = rows[k % rows.length];
		const copy = {};
		for (const [key, v] of Object.entries(src)) {
			copy[key] = typeof v === 'number' && Number.isFinite(v) && key !== 'rowNumber' ? Number((v * (0.5 + 1.5 * rand())).toPrecision(3)) : v;
		}
		out.push(copy);
	}
	return out;
}
`;

const TABLE_ENTRY = `
import { datasetSchema } from './src/data/schemas';
import { buildIndex, filterRows, EMPTY_STATE } from './${TABLE_MODULE.replace(/\.ts$/, '')}';
${HARNESS}
export function benchTable(raw, sizes, word) {
	const dataset = datasetSchema.parse(raw);
	const states = [];
	for (let i = 1; i <= word.length; i++) states.push({ ...EMPTY_STATE, q: word.slice(0, i) });
	return sizes.map((n) => {
		const rows = growRows(dataset.rows, n, 42);
		const t0 = now();
		const index = buildIndex({ columns: dataset.columns, rows, electrolyteClass: dataset.electrolyteClass });
		const indexMs = now() - t0;
		const t = timeKeystrokes((s) => filterRows(s, index), states);
		return { rows: n, indexMs, matchesLast: filterRows(states[states.length - 1], index).length, ...t };
	});
}
`;

const explorerEntry = (synthetic) => `
import { datasetSchema } from './src/data/schemas';
import { buildCyclingRows } from './src/data/cycling';
import { filterCyclingRows, DEFAULT_STATE } from './components/explorer/filter';
${synthetic ? `import { syntheticRows } from './${SYNTHETIC_MODULE.replace(/\.ts$/, '')}';` : ''}
${HARNESS}
export function benchExplorer(raws, sizes) {
	const today = buildCyclingRows(raws.map(({ id, data }) => ({ id, data: datasetSchema.parse(data) })));
	const more = (n) => ${synthetic ? 'syntheticRows(n, 7)' : 'growRows(today, today.length + n, 7).slice(today.length)'};
	const typed = [
		{ xmin: 0 }, { xmin: 0 }, { xmin: 0.5 },
		{ xmin: 0.5, xmax: 3 }, { xmin: 0.5, xmax: 30 },
		{ xmin: 0.5, xmax: 30, ymin: 1 }, { xmin: 0.5, xmax: 30, ymin: 1, ymax: 1 }, { xmin: 0.5, xmax: 30, ymin: 1, ymax: 10 },
	];
	const states = typed.map((t) => ({ ...DEFAULT_STATE, ...t }));
	return { today: today.length, results: sizes.map((spec) => {
		const n = typeof spec === 'number' ? spec : Math.round(spec.scale * today.length);
		const rows = n <= today.length ? today.slice(0, n) : today.concat(more(n - today.length));
		const t = timeKeystrokes((s) => filterCyclingRows(rows, s), states);
		return { rows: rows.length, matchesLast: filterCyclingRows(rows, states[states.length - 1]).length, ...t };
	}) };
}
`;

async function bundle(root, contents) {
	const esbuild = await import('esbuild');
	const out = await esbuild.build({
		stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'bench-entry.js' },
		bundle: true,
		format: 'iife',
		globalName: '__bench',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		write: false,
		logLevel: 'silent',
	});
	return out.outputFiles[0].text;
}

function loadRawDatasets(root) {
	const dir = join(root, 'content', 'literature');
	return readdirSync(dir)
		.filter((f) => /\.ya?ml$/.test(f))
		.sort()
		.map((f) => ({
			id: f.replace(/\.ya?ml$/, ''),
			data: parseYaml(readFileSync(join(dir, f), 'utf8')),
		}));
}

async function inPage(browser, code, fn, ...args) {
	const context = await browser.newContext();
	const page = await context.newPage();
	try {
		await page.setContent('<!doctype html><title>bench</title>');
		await page.addScriptTag({ content: code });
		return await page.evaluate(fn, args);
	} finally {
		await context.close();
	}
}

/** Both filter benchmarks; a piece whose module is missing or broken is reported, not thrown. */
export async function benchFiltering(browser, root, { onProgress = () => {} } = {}) {
	const datasets = loadRawDatasets(root);
	const result = { targetRows: TARGET_ROWS, targetMs: TARGET_MS, table: null, explorer: null };

	// Literature table.
	if (!existsSync(join(root, TABLE_MODULE))) {
		result.table = { unavailable: `not available yet (${TABLE_MODULE} is missing)` };
	} else {
		try {
			const biggest = [...datasets].sort((a, b) => b.data.rows.length - a.data.rows.length)[0];
			const today = biggest.data.rows.length;
			const sizes = [...SCALES.map((s) => s * today), TARGET_ROWS];
			const word = 'separator';
			onProgress(`table filter: ${biggest.id}, ${sizes.join(' / ')} rows, typing "${word}"`);
			const code = await bundle(root, TABLE_ENTRY);
			const runs = await inPage(
				browser,
				code,
				([raw, s, w]) => globalThis.__bench.benchTable(raw, s, w),
				biggest.data,
				sizes,
				word,
			);
			result.table = {
				module: `${TABLE_MODULE} filterRows`,
				dataset: biggest.id,
				todayRows: today,
				keystrokes: `typing "${word}" (${word.length} keystrokes)`,
				runs: runs.map((r, i) => ({ ...r, scale: i < SCALES.length ? SCALES[i] : null })),
			};
		} catch (err) {
			result.table = { unavailable: `failed: ${errorMessage(err)}` };
		}
	}

	// Explorer.
	const missing = EXPLORER_MODULES.filter((m) => !existsSync(join(root, m)));
	if (missing.length) {
		result.explorer = { unavailable: `not available yet (${missing.join(', ')} missing)` };
	} else {
		try {
			const synthetic = existsSync(join(root, SYNTHETIC_MODULE));
			const sizes = [...SCALES.map((scale) => ({ scale })), TARGET_ROWS];
			onProgress(
				`explorer filter: 1×/10×/100× and ${TARGET_ROWS} rows (extra rows from ${synthetic ? 'syntheticRows' : 'copies of real rows'})`,
			);
			const code = await bundle(root, explorerEntry(synthetic));
			const out = await inPage(
				browser,
				code,
				([raws, s]) => globalThis.__bench.benchExplorer(raws, s),
				datasets,
				sizes,
			);
			result.explorer = {
				module: 'components/explorer/filter.ts filterCyclingRows',
				todayRows: out.today,
				rowSource: synthetic ? 'syntheticRows' : 'copies of real rows',
				keystrokes: 'typing a current-density range and capacity bounds (8 keystrokes)',
				runs: out.results.map((r, i) => ({ ...r, scale: i < SCALES.length ? SCALES[i] : null })),
			};
		} catch (err) {
			result.explorer = { unavailable: `failed: ${errorMessage(err)}` };
		}
	}
	return result;
}
