/**
 * The three calculators in a real browser, on the /atlas/ base-path build: server-rendered results
 * without JavaScript, typing, links with parameters, unit selectors, invalid input (message beside
 * the field, stale results), malformed links (notice, defaults), keyboard-only use of a preset, the
 * equations with the user's numbers fitting at 1200 and 360 px, notes for results that need an input,
 * and no console errors. Expected numbers are computed here by hand from the formulas, not with the
 * code under test.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, watch, type Problems } from './browser';

let browser: Browser;
const site = inject('siteUrl');
const NONE: Problems = { console: [], exceptions: [], failed: [] };

// Constants written out (not imported), as in the physics tests.
const F = 96485.33212; // C mol⁻¹
const VM = 6.94e-3 / 534; // m³ mol⁻¹, molar mass / density of Li

beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

interface Opened {
	page: Page;
	problems: Problems;
	context: BrowserContext;
}

async function open(
	calc: string,
	query = '',
	options: { width?: number; js?: boolean } = {},
): Promise<Opened> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1200, height: 900 },
		javaScriptEnabled: options.js ?? true,
	});
	const page = await context.newPage();
	const problems = watch(page);
	const res = await page.goto(`${site}calculators/${calc}/${query}`, { waitUntil: 'load' });
	expect(res?.status()).toBe(200);
	if (options.js !== false)
		await page.waitForSelector('[data-calc][data-ready="true"]', { timeout: 15_000 });
	return { page, problems, context };
}

interface Out {
	value: string;
	unit: string;
	text: string;
	stale: boolean;
	need: boolean;
}

async function outputs(page: Page): Promise<Record<string, Out>> {
	return page.$$eval('[data-calc] output', (os) =>
		Object.fromEntries(
			os.map((o) => [
				o.getAttribute('name') ?? '',
				{
					value: o.getAttribute('data-value') ?? '',
					unit: o.getAttribute('data-unit') ?? '',
					text: o.textContent ?? '',
					stale: o.getAttribute('data-stale') === 'true',
					need: o.classList.contains('calc-need'),
				},
			]),
		),
	);
}

const rel = (a: number, b: number) => Math.abs(a / b - 1);

/** Wait until output `name` holds `expected` (relative 1e-6) in its data-value. */
async function expectValue(page: Page, name: string, expected: number) {
	await expect
		.poll(async () => rel(Number((await outputs(page))[name]?.value), expected), { timeout: 5000 })
		.toBeLessThan(1e-6);
}

async function expectValues(page: Page, values: Record<string, number>) {
	for (const [k, v] of Object.entries(values)) await expectValue(page, k, v);
}

/** Replace the text of input `key` as a person would (select all, type). */
async function type(page: Page, key: string, text: string) {
	const input = page.locator(`input[data-key="${key}"]`);
	await input.fill(text);
}

const search = (page: Page) => page.evaluate(() => location.search);

// --- expected values, by hand ---------------------------------------------------------------

/** Sand's time τ (s) for D in cm² s⁻¹, c0 in mol L⁻¹, J in mA cm⁻² (local J/A), t₊, z. */
function tau(D = 1e-5, c0 = 1, J = 4, t = 0.25, z = 1, A = 1) {
	const Dsi = D * 1e-4; // m² s⁻¹
	const c = c0 * 1000; // mol m⁻³
	const j = (J * 10) / A; // A m⁻², local
	return (Math.PI * Dsi * (z * F * c) ** 2) / (4 * j ** 2 * (1 - t) ** 2);
}
const TAU = tau(); // ≈ 8124 s
const QSAND = (40 * TAU) / 36000; // J·τ in mAh cm⁻² ≈ 9.027
const JMAX = (TAU * 40 ** 2) / (4 * 36000) / 10; // K/Q with K = τ J², in mA cm⁻² ≈ 9.027

/** The areal-capacity outputs for mg cm⁻², mAh g⁻¹, %, C, µm. */
function areal(loading = 34.81, q = 135, active = 100, crate = 1, foil = 20) {
	const Q = (loading * q * active) / 100 / 1000; // mg cm⁻² × mAh g⁻¹ = µAh cm⁻² → mAh cm⁻²
	const Qsi = Q * 36000; // C m⁻²
	const foilQ = ((foil * 1e-6) / VM) * F; // C m⁻²
	return {
		areal: Q,
		J: Q * crate, // mA cm⁻²
		time: 60 / crate, // min
		li: ((Qsi * VM) / F) * 1e6, // µm
		np: foilQ / Qsi,
	};
}

// --- tests -------------------------------------------------------------------------------------

describe('without JavaScript', () => {
	it.each([
		['sands-time', { tau: TAU, Qsand: QSAND, Jmax: JMAX }],
		['ccd', { J: 4, Jlocal: 4, headroom: 4.1 / 4, maxCrate: 4.1 / 4 }],
		['areal-capacity', areal()],
	])('%s shows the results for the defaults', async (calc, expected) => {
		const { page, problems, context } = await open(calc, '', { js: false });
		const o = await outputs(page);
		for (const [k, v] of Object.entries(expected)) {
			expect(rel(Number(o[k]!.value), v), k).toBeLessThan(1e-9);
			expect(o[k]!.text).toMatch(/\d/);
		}
		for (const x of Object.values(o)) expect(x.text).not.toMatch(/NaN|Infinity|undefined/);
		expect(await page.locator('.calc-verdict').textContent()).toMatch(/\w{3}/);
		expect(await page.locator('.calc-mathml math').count()).toBeGreaterThan(1);
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe("Sand's time", () => {
	it('computes from typed inputs and writes them to the URL', async () => {
		const { page, problems, context } = await open('sands-time');
		await expectValues(page, { tau: TAU, Qsand: QSAND, Jmax: JMAX });
		// τ ∝ 1/J²: 8 mA cm⁻² gives a quarter of the default.
		await type(page, 'J', '8');
		await expectValue(page, 'tau', TAU / 4);
		await expectValue(page, 'Qsand', (80 * (TAU / 4)) / 36000);
		// Chazalviel: J* = 2 z F c0 D / ((1 − t₊) L), L = 25 µm.
		await type(page, 'L', '25');
		await expectValue(page, 'Jstar', (2 * F * 1000 * 1e-9) / (0.75 * 25e-6) / 10);
		await type(page, 't', '0.77');
		await expectValue(page, 'tau', tau(1e-5, 1, 8, 0.77));
		await expect.poll(() => search(page)).toBe('?J=8&t=0.77&L=25');
		// The written link reproduces the calculation.
		const before = await outputs(page);
		await page.reload({ waitUntil: 'load' });
		await page.waitForSelector('[data-calc][data-ready="true"]');
		await expectValue(page, 'tau', tau(1e-5, 1, 8, 0.77));
		expect(await outputs(page)).toEqual(before);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('reads a link with parameters', async () => {
		const { page, problems, context } = await open('sands-time', '?J=10&A=10&c0=2&Q=1');
		const t = tau(1e-5, 2, 10, 0.25, 1, 10);
		await expectValues(page, {
			tau: t,
			Qsand: (100 * t) / 36000, // per geometric area: J (not J/A) × τ
			Jmax: (t * 10 ** 2 * 100) / 36000 / 10, // local: K/Q with K = τ (J/A)², times A
		});
		expect(await page.locator('input[data-key="J"]').inputValue()).toBe('10');
		expect(await page.locator('.calc-notices li').count()).toBe(0);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('converts the shown value when the unit changes; data-value and URL stay', async () => {
		const { page, problems, context } = await open('sands-time');
		await page.selectOption('select[data-key="J"]', 'A m⁻²');
		await expect.poll(() => page.locator('input[data-key="J"]').inputValue()).toBe('40');
		await page.selectOption('select[data-key="D"]', 'm² s⁻¹');
		await expect.poll(() => page.locator('input[data-key="D"]').inputValue()).toBe('1e-9');
		await page.selectOption('select[data-key="c0"]', 'mol m⁻³');
		await expect.poll(() => page.locator('input[data-key="c0"]').inputValue()).toBe('1000');
		const o = await outputs(page);
		expect(rel(Number(o.tau!.value), TAU)).toBeLessThan(1e-9);
		expect(o.tau!.unit).toBe('s');
		expect(await search(page)).toBe('');
		// Typing in the new unit: 80 A m⁻² = 8 mA cm⁻²; the URL keeps mA cm⁻².
		await type(page, 'J', '80');
		await expectValue(page, 'tau', TAU / 4);
		await expect.poll(() => search(page)).toBe('?J=8');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('shows a bad input beside its field and keeps the last results, marked stale', async () => {
		const { page, problems, context } = await open('sands-time');
		await type(page, 'J', 'abc');
		const input = page.locator('input[data-key="J"]');
		await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
		const err = page.locator('#st-J-err');
		expect(await err.textContent()).toMatch(/not a number/);
		expect(await err.isVisible()).toBe(true);
		expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain('st-J-err');
		const o = await outputs(page);
		expect(rel(Number(o.tau!.value), TAU)).toBeLessThan(1e-9);
		expect(o.tau!.stale).toBe(true);
		expect(await page.locator('.calc-stale-tag').first().isVisible()).toBe(true);
		expect(await page.locator('.calc-verdict').textContent()).toMatch(/Stale/);
		// Out of range: t₊ above 1.
		await type(page, 'J', '4');
		await type(page, 't', '1.5');
		await expect.poll(() => page.locator('#st-t-err').textContent()).toMatch(/\S/);
		await type(page, 't', '0.25');
		await expect.poll(() => input.getAttribute('aria-invalid')).toBe('false');
		expect((await outputs(page)).tau!.stale).toBe(false);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('shows a notice for a malformed link and falls back to the defaults', async () => {
		const { page, problems, context } = await open('sands-time', '?J=abc&c0=-1&foo=2&D=1e-5&D=7');
		const notices = page.locator('.calc-notices li');
		await expect.poll(() => notices.count()).toBe(4);
		const text = (await notices.allTextContents()).join(' ');
		expect(text).toMatch(/J=“abc”/);
		expect(text).toMatch(/c0=“-1”/);
		expect(text).toMatch(/foo/);
		expect(text).toMatch(/D appears more than once/);
		expect(await page.locator('.calc-notices').isVisible()).toBe(true);
		await expectValue(page, 'tau', TAU);
		expect(await page.locator('input[data-key="J"]').inputValue()).toBe('4');
		expect(await page.locator('input[data-key="c0"]').inputValue()).toBe('1');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('renders results that need an input as a muted note without a value', async () => {
		const { page, problems, context } = await open('sands-time');
		const o = await outputs(page);
		expect(o.Jstar!.value).toBe('');
		expect(o.Jstar!.need).toBe(true);
		expect(o.Jstar!.text).toMatch(/Enter the inter-electrode distance/);
		const weights = await page.$$eval('[data-calc] output', (os) =>
			os.map((x) => [x.getAttribute('name'), getComputedStyle(x).fontWeight]),
		);
		expect(Object.fromEntries(weights)).toMatchObject({ tau: '650', Jstar: '400' });
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it.each([1200, 360])(
		'fits the equation with your numbers at %i px (result on its own line if needed)',
		async (width) => {
			const { page, problems, context } = await open('sands-time', '', { width });
			const boxes = await page.$$eval('.calc-mathml', (els) =>
				els.map((el) => {
					const r = el.getBoundingClientRect();
					const maths = Array.from(el.querySelectorAll('math'));
					const last = maths[maths.length - 1]!.getBoundingClientRect();
					return {
						scroll: el.scrollWidth - el.clientWidth,
						focusable: (el as HTMLElement).tabIndex === 0,
						lastRight: last.right - r.right,
						text: maths[maths.length - 1]!.textContent,
					};
				}),
			);
			expect(boxes.length).toBeGreaterThan(0);
			for (const b of boxes) {
				expect(b.text).toMatch(/^=\s*\d/); // the result is its own element, "= 8124 s"
				expect(b.focusable).toBe(true);
				if (width >= 1200) {
					expect(b.scroll).toBeLessThanOrEqual(1);
					expect(b.lastRight).toBeLessThanOrEqual(1);
				}
			}
			// The page itself never scrolls sideways.
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			).toBeLessThanOrEqual(0);
			expect(problems).toEqual(NONE);
			await context.close();
		},
	);
});

describe('critical current density', () => {
	const rcrit = (Rs = 1.3e-4, i = 40, gamma = 0.5) => ((2 * gamma * VM) / (F * i * Rs)) * 1e9; // nm

	it('computes defaults, typed inputs and a step test', async () => {
		const { page, problems, context } = await open('ccd');
		await expectValues(page, {
			J: 4,
			Jlocal: 4,
			headroom: 4.1 / 4,
			maxCrate: 4.1 / 4,
			rcrit: rcrit(),
		});
		const o = await outputs(page);
		expect(o.ccdStep!.value).toBe('');
		expect(o.ccdStep!.need).toBe(true);
		await type(page, 'contact', '0.5');
		await expectValues(page, { Jlocal: 8, headroom: 4.1 / 8, maxCrate: (4.1 * 0.5) / 4 });
		await expectValue(page, 'rcrit', rcrit(1.3e-4, 80));
		// Step test: J0 0.5, ΔJ 0.25, short in step 5 → CCD = 0.5 + 3 × 0.25 = 1.25; × 2 h.
		await type(page, 'j0', '0.5');
		await type(page, 'dj', '0.25');
		await type(page, 'fail', '5');
		await type(page, 'half', '2');
		await expectValues(page, { ccdStep: 1.25, cac: 2.5 });
		await expect.poll(() => search(page)).toBe('?contact=0.5&j0=0.5&dj=0.25&fail=5&half=2');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('reads a link with parameters', async () => {
		const { page, problems, context } = await open('ccd', '?Q=4&crate=4&contact=0.25');
		await expectValues(page, {
			J: 16,
			Jlocal: 64,
			headroom: 4.1 / 64,
			maxCrate: (4.1 * 0.25) / 4,
		});
		expect(await page.locator('.calc-verdict').textContent()).toMatch(/short circuit is expected/);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('converts units without changing the data-value', async () => {
		const { page, problems, context } = await open('ccd');
		await page.selectOption('select[data-key="Rs"]', 'Ω m²');
		await expect.poll(() => page.locator('input[data-key="Rs"]').inputValue()).toBe('0.00013');
		await page.selectOption('select[data-key="Q"]', 'C m⁻²');
		await expect.poll(() => page.locator('input[data-key="Q"]').inputValue()).toBe('144000');
		const o = await outputs(page);
		expect(rel(Number(o.rcrit!.value), rcrit())).toBeLessThan(1e-9);
		expect(rel(Number(o.J!.value), 4)).toBeLessThan(1e-9);
		expect(await search(page)).toBe('');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('marks a bad input and keeps the last results stale; a bad link shows a notice', async () => {
		const { page, problems, context } = await open('ccd');
		await type(page, 'contact', '2');
		await expect.poll(() => page.locator('#cc-contact-err').textContent()).toMatch(/\S/);
		expect(await page.locator('input[data-key="contact"]').getAttribute('aria-invalid')).toBe(
			'true',
		);
		const o = await outputs(page);
		expect(o.headroom!.stale).toBe(true);
		expect(rel(Number(o.headroom!.value), 4.1 / 4)).toBeLessThan(1e-9);
		await context.close();

		const b = await open('ccd', '?contact=0&ccd=%3Cscript%3E&bogus=1');
		await expect.poll(() => b.page.locator('.calc-notices li').count()).toBe(3);
		await expectValue(b.page, 'headroom', 4.1 / 4);
		expect(problems).toEqual(NONE);
		expect(b.problems).toEqual(NONE);
		await b.context.close();
	});
});

describe('areal capacity', () => {
	it('computes defaults and typed inputs', async () => {
		const { page, problems, context } = await open('areal-capacity');
		await expectValues(page, areal());
		expect((await outputs(page)).time!.unit).toBe('min');
		await type(page, 'capacity', '200');
		await expectValues(page, areal(34.81, 200));
		await type(page, 'crate', '4');
		await expectValues(page, areal(34.81, 200, 100, 4));
		await type(page, 'active', '60');
		await expectValues(page, areal(34.81, 200, 60, 4));
		await expect.poll(() => search(page)).toBe('?capacity=200&active=60&crate=4');
		await type(page, 'foil', '');
		await expect.poll(async () => (await outputs(page)).np!.value).toBe('');
		const np = (await outputs(page)).np!;
		expect(np.need).toBe(true);
		expect(np.text).toMatch(/foil thickness/);
		await expect.poll(() => search(page)).toBe('?capacity=200&active=60&crate=4&foil=');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it("reads a link with parameters (seed 003's 15 mAh cm⁻² electrode at 4 C)", async () => {
		const { page, problems, context } = await open('areal-capacity', '?loading=111.11&crate=4');
		await expectValues(page, areal(111.11, 135, 100, 4));
		const o = await outputs(page);
		expect(o.time!.text).toBe('15 min');
		expect(o.areal!.text).toBe('15 mAh cm⁻²');
		expect(await page.locator('.calc-verdict').textContent()).toMatch(/15-minute target/);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('converts units without changing the data-value', async () => {
		const { page, problems, context } = await open('areal-capacity');
		await page.selectOption('select[data-key="loading"]', 'kg m⁻²');
		await expect.poll(() => page.locator('input[data-key="loading"]').inputValue()).toBe('0.3481');
		await page.selectOption('select[data-key="foil"]', 'mm');
		await expect.poll(() => page.locator('input[data-key="foil"]').inputValue()).toBe('0.02');
		await page.selectOption('select[data-key="capacity"]', 'C kg⁻¹');
		await expect.poll(() => page.locator('input[data-key="capacity"]').inputValue()).toBe('486000');
		const o = await outputs(page);
		const e = areal();
		for (const k of Object.keys(e) as Array<keyof typeof e>)
			expect(rel(Number(o[k]!.value), e[k]), k).toBeLessThan(1e-9);
		expect(await search(page)).toBe('');
		await type(page, 'loading', '0.5');
		await expectValues(page, areal(50));
		await expect.poll(() => search(page)).toBe('?loading=50');
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('marks a bad input and keeps the last results stale', async () => {
		const { page, problems, context } = await open('areal-capacity');
		await type(page, 'active', '150');
		const err = page.locator('#ac-active-err');
		await expect.poll(() => err.textContent()).toMatch(/at most 100 %/);
		const input = page.locator('input[data-key="active"]');
		expect(await input.getAttribute('aria-invalid')).toBe('true');
		expect((await input.getAttribute('aria-describedby'))?.split(' ')).toContain('ac-active-err');
		const o = await outputs(page);
		expect(o.areal!.stale).toBe(true);
		expect(rel(Number(o.areal!.value), areal().areal)).toBeLessThan(1e-9);
		await type(page, 'loading', '-1');
		await expect
			.poll(() => page.locator('#ac-loading-err').textContent())
			.toMatch(/greater than 0/);
		expect(problems).toEqual(NONE);
		await context.close();
	});

	it('shows a notice for a malformed link and falls back to the defaults', async () => {
		const { page, problems, context } = await open(
			'areal-capacity',
			'?loading=Infinity&crate=-4&active=0&zz=%3Cb%3E',
		);
		await expect.poll(() => page.locator('.calc-notices li').count()).toBe(4);
		await expectValues(page, areal());
		expect(await page.locator('input[data-key="crate"]').inputValue()).toBe('1');
		expect(problems).toEqual(NONE);
		await context.close();
	});
});

describe('keyboard only', () => {
	it.each([
		['sands-time', 'Highly concentrated', { tau: tau(1e-5, 4) }],
		['ccd', 'Ag-coated LLZTO', { headroom: 1.5 / 4 }],
		['areal-capacity', '111.11 mg', areal(111.11, 135, 100, 0.1)],
	])('%s: Tab to the preset “%s”, Enter', async (calc, label, expected) => {
		const { page, problems, context } = await open(calc);
		// Start from the heading above the calculator and tab forward.
		await page.locator('#calculator').evaluate((e) => {
			(e as HTMLElement).tabIndex = -1;
			(e as HTMLElement).focus();
		});
		let found = false;
		for (let i = 0; i < 40 && !found; i++) {
			await page.keyboard.press('Tab');
			found = await page.evaluate(
				(l) =>
					!!document.activeElement?.matches('[data-preset]') &&
					(document.activeElement.textContent ?? '').includes(l),
				label,
			);
		}
		expect(found).toBe(true);
		await page.keyboard.press('Enter');
		await expectValues(page, expected);
		// Then on into the inputs, typing without the mouse.
		for (let i = 0; i < 60; i++) {
			if (await page.evaluate(() => !!document.activeElement?.matches('input[data-key]'))) break;
			await page.keyboard.press('Tab');
		}
		const key = await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.key);
		expect(key).toBeTruthy();
		await page.keyboard.press('Control+A');
		await page.keyboard.type('abc');
		await expect
			.poll(() => page.locator(`input[data-key="${key}"]`).getAttribute('aria-invalid'))
			.toBe('true');
		expect(problems).toEqual(NONE);
		await context.close();
	});
});
