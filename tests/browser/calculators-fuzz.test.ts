/**
 * Hostile input fuzzing of the three calculators (issue 6, Robustness), through the URL and through
 * the inputs, with fast-check: empty values, spaces, text, -0, negatives, 0, 1e308, 1e-320, NaN,
 * Infinity, very long strings, markup and quote characters, repeated and unknown parameters. For
 * every case: no console error or exception, no NaN/Infinity/undefined in any output or data-value,
 * a visible message when something was not used as given, no script execution, and the written URL
 * round-trips (opening it again gives the same outputs and the same URL). One page per calculator;
 * the number of runs is bounded so the suite stays fast.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, watch, type Problems } from './browser';

let browser: Browser;
const site = inject('siteUrl');
const NONE: Problems = { console: [], exceptions: [], failed: [] };

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const CALCS = {
	'sands-time': { keys: ['D', 'c0', 'J', 't', 'z', 'A', 'Q', 'L'], optional: ['Q', 'L'] },
	ccd: {
		keys: ['Q', 'crate', 'contact', 'ccd', 'Rs', 'gamma', 'j0', 'dj', 'fail', 'half'],
		optional: ['Rs', 'gamma', 'j0', 'dj', 'fail', 'half'],
	},
	'areal-capacity': {
		keys: ['loading', 'capacity', 'active', 'crate', 'foil'],
		optional: ['foil'],
	},
} as const;
type CalcName = keyof typeof CALCS;

/** Payloads that would set window.__pwned if any text reached the DOM as markup or script. */
const XSS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	"'><svg onload='window.__pwned=1'>",
	'<math><mtext><img src=x onerror=window.__pwned=1></mtext></math>',
	'javascript:window.__pwned=1',
];

const hostile = fc.oneof(
	fc.constantFrom(
		'',
		' ',
		'   ',
		' 4 ',
		'abc',
		'-0',
		'-1',
		'0',
		'1e308',
		'-1e308',
		'1e-320',
		'1e-300',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e999',
		'0x10',
		'1,5',
		'1.2.3',
		'４',
		'−3',
		'.',
		'e5',
		'"',
		"'",
		'`',
		'&amp;',
		'undefined',
		'null',
		'__proto__',
	),
	fc.constantFrom(...XSS),
	fc.double().map(String),
	fc.integer({ min: -1e6, max: 1e6 }).map(String),
	fc.string({ maxLength: 30 }),
	fc.nat({ max: 3 }).map((n) => '9'.repeat(400 * (n + 1))),
	fc.constant('x'.repeat(5000)),
);

const PLAIN = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const BAD = /NaN|Infinity|undefined/;

interface State {
	search: string;
	outputs: Array<[string, string, string]>;
	notices: number;
	errors: number;
	verdict: string;
	pwned: boolean;
	math: string;
}

async function state(page: Page): Promise<State> {
	return page.evaluate(() => {
		const root = document.querySelector('[data-calc]')!;
		return {
			search: location.search,
			outputs: Array.from(root.querySelectorAll('output')).map(
				(o) =>
					[
						o.getAttribute('name') ?? '',
						o.getAttribute('data-value') ?? '',
						o.textContent ?? '',
					] as [string, string, string],
			),
			notices: root.querySelectorAll('.calc-notices li').length,
			errors: Array.from(root.querySelectorAll('.calc-error')).filter(
				(e) => (e.textContent ?? '').trim() !== '' && (e as HTMLElement).offsetParent !== null,
			).length,
			verdict: root.querySelector('.calc-verdict')?.textContent ?? '',
			pwned: (window as unknown as { __pwned?: unknown }).__pwned !== undefined,
			math: Array.from(root.querySelectorAll('.calc-mathml, .calc-plot'))
				.map((m) => m.textContent ?? '')
				.join(' '),
		};
	});
}

/** The invariants every state must satisfy. */
function check(s: State, context: string) {
	expect(s.pwned, context).toBe(false);
	for (const [name, value, text] of s.outputs) {
		expect(text, `${context}: ${name}`).not.toMatch(BAD);
		expect(text.trim(), `${context}: ${name} is blank`).not.toBe('');
		if (value !== '')
			expect(Number.isFinite(Number(value)), `${context}: ${name}=${value}`).toBe(true);
	}
	expect(s.verdict, context).not.toMatch(BAD);
	expect(s.verdict.trim(), context).not.toBe('');
	expect(s.math, context).not.toMatch(BAD);
	expect(s.search, context).not.toMatch(BAD);
}

async function load(page: Page, calc: string, search: string) {
	await page.goto(`${site}calculators/${calc}/${search}`, { waitUntil: 'commit' });
	await page.waitForSelector('[data-calc][data-ready="true"]', { timeout: 15_000 });
	await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
}

describe.each(Object.keys(CALCS) as CalcName[])('%s under hostile input', (calc) => {
	const { keys, optional } = CALCS[calc];
	const key = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...keys) },
		{ weight: 1, arbitrary: fc.constantFrom('zz', '__proto__', 'constructor', '<b>x</b>', ...XSS) },
	);

	it('through the URL: no errors, no NaN, a message, no script, the URL round-trips', async () => {
		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const problems = watch(page);
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(key, hostile), { minLength: 1, maxLength: 6 }),
				async (pairs) => {
					const q = new URLSearchParams(pairs).toString();
					await load(page, calc, q ? `?${q}` : '');
					const s = state(page);
					const first = await s;
					const where = `?${q}`;
					check(first, where);
					// Anything not used as given (unknown, repeated, not a plain number, an empty required
					// value) must be reported visibly.
					const seen = new Set<string>();
					const odd = pairs.some(([k, v]) => {
						const again = seen.has(k);
						seen.add(k);
						if (!(keys as readonly string[]).includes(k) || again) return true;
						if (v.trim() === '') return !(optional as readonly string[]).includes(k);
						return !PLAIN.test(v);
					});
					if (odd)
						expect(first.notices + first.errors, `${where}: no visible message`).toBeGreaterThan(0);
					// The written URL round-trips.
					await load(page, calc, first.search);
					const again = await state(page);
					check(again, `${where} → ${first.search}`);
					expect(again.search, where).toBe(first.search);
					expect(again.outputs, where).toEqual(first.outputs);
				},
			),
			{ numRuns: 20, seed: 20250101 },
		);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('through the inputs: no errors, no NaN, a message beside the field, no script', async () => {
		const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
		const page = await context.newPage();
		const problems = watch(page);
		await load(page, calc, '');
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...keys), hostile, async (k, v) => {
				await page.locator(`input[data-key="${k}"]`).fill(v);
				await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
				const s = await state(page);
				const where = `${k}=${JSON.stringify(v.slice(0, 40))}`;
				check(s, where);
				const invalid = await page.locator(`input[data-key="${k}"]`).getAttribute('aria-invalid');
				const err = (await page.locator(`[data-field="${k}"] .calc-error`).textContent()) ?? '';
				if (v.trim() === '' ? !(optional as readonly string[]).includes(k) : !PLAIN.test(v)) {
					expect(invalid, where).toBe('true');
					expect(err.trim(), where).not.toBe('');
				}
				expect(err, where).not.toMatch(BAD);
				expect(await page.locator(`input[data-key="${k}"]`).inputValue()).toBe(v);
			}),
			{ numRuns: 40, seed: 20250102 },
		);
		// What the inputs wrote to the URL reproduces the outputs.
		const last = await state(page);
		await load(page, calc, last.search);
		const again = await state(page);
		expect(again.search).toBe(last.search);
		check(again, last.search);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});
