/**
 * Base class of the three calculator islands (a class component, so no hooks module ships): form text
 * and units, the URL query in and out, presets, and the remembered last valid results. The server
 * render and the first client render use the defaults, so hydration matches; the URL is read right
 * after hydration and written back with history.replaceState on every change.
 */
import { Component, type ComponentChildren } from 'preact';
import { type Context, type Group, type Shown, context, remember } from './calc';
import {
	type FieldSpec,
	type FormState,
	canonicalValues,
	convertRaw,
	displayRaw,
	formFromValues,
	readForm,
} from './fields';
import { setUnits } from './units';
import { say, setText } from './format';
import { type Values, defaults, resolveQuery, serializeQuery } from './url-state';

/** Static description passed from the page (kept out of the JavaScript bundle). */
export interface IslandProps {
	fields: FieldSpec[];
	labels: Record<string, string>;
	/** Unit label → factor to SI (unit-table.ts). */
	units: Record<string, number>;
	/** Every sentence the island writes, as templates with {placeholders}. */
	text: Record<string, string>;
	[slot: string]: unknown;
}

export interface IslandState {
	form: FormState;
	notices: string[];
	ready: boolean;
	/** Slider position 0–1000 (Sand's time only). */
	pos: number;
}

type Memory = Record<string, { value: unknown; inputs: Record<string, number> } | undefined>;

export abstract class CalcIsland<
	G extends Record<string, Group<unknown>>,
	P extends IslandProps = IslandProps,
> extends Component<P, IslandState> {
	memory: Memory = {};
	/** Evaluation of the last render (problems included), reused when writing the URL. */
	ctx?: Context;
	committed: Values;

	constructor(props: P) {
		super(props);
		setUnits(props.units);
		setText(props.text);
		const d = defaults(props.fields);
		this.committed = d;
		this.state = { form: formFromValues(props.fields, d), notices: [], ready: false, pos: 500 };
	}

	/** Run the physics for the current form. */
	abstract evaluate(ctx: Context): G;

	override componentDidMount() {
		const f = this.props.fields;
		// Values from the link that the physics rejects (out of range) fall back to the default too.
		const q = resolveQuery(location.search, f, (values) => {
			const ctx = context(f, readForm(f, formFromValues(f, values)));
			this.evaluate(ctx);
			return ctx.problems;
		});
		this.committed = q.values;
		this.setState({ form: formFromValues(f, q.values), notices: q.notices, ready: true });
	}

	override componentDidUpdate() {
		this.syncForm();
		if (!this.state.ready) return;
		const f = this.props.fields;
		const ctx = this.ctx ?? context(f, readForm(f, this.state.form));
		const reads = { ...ctx.reads };
		for (const k of Object.keys(ctx.problems))
			reads[k] = { kind: 'error', message: '', allowed: '' };
		this.committed = this.valid(canonicalValues(f, reads, this.committed));
		const q = serializeQuery(this.committed, f);
		if (q !== location.search)
			history.replaceState(history.state, '', location.pathname + q + location.hash);
	}

	/**
	 * The physics skips a group while one of its inputs is not a number, so a range error in another
	 * input of that group would go unnoticed: check the values to be written to the URL once more
	 * (with the last written value in place of the unreadable one) and keep the last written value, or
	 * else the default, for every input that is still rejected. The link then always round-trips.
	 */
	valid(values: Values): Values {
		const f = this.props.fields;
		const problems = (v: Values) => {
			const ctx = context(f, readForm(f, formFromValues(f, v)));
			this.evaluate(ctx);
			return Object.keys(ctx.problems);
		};
		const out = { ...values };
		for (const fallback of [this.committed, defaults(f)]) {
			const bad = problems(out);
			if (!bad.length) break;
			for (const k of bad) out[k] = fallback[k] ?? '';
		}
		return out;
	}

	/** Current evaluation with stale fallbacks. */
	results(): {
		ctx: Context;
		shown: { [K in keyof G]: Shown<G[K] extends Group<infer T> ? T : never> };
	} {
		const ctx = context(this.props.fields, readForm(this.props.fields, this.state.form));
		this.ctx = ctx;
		const groups = this.evaluate(ctx);
		const shown = {} as Record<string, Shown<unknown>>;
		for (const [k, g] of Object.entries(groups)) shown[k] = remember(this.memory, k, g);
		return { ctx, shown: shown as never };
	}

	spec(key: string): FieldSpec | undefined {
		return this.props.fields.find((s) => s.key === key);
	}

	setRaw = (key: string, raw: string) =>
		this.setState((s) => ({ form: { ...s.form, [key]: { raw, unit: s.form[key]?.unit ?? '' } } }));

	setUnit = (key: string, unit: string) =>
		this.setState((s) => {
			const spec = this.spec(key);
			const cur = s.form[key];
			if (!spec || !cur) return null;
			return {
				form: { ...s.form, [key]: { raw: convertRaw(spec, cur.raw, cur.unit, unit), unit } },
			};
		});

	apply = (values: Values) =>
		this.setState((s) => {
			const form = { ...s.form };
			for (const [key, v] of Object.entries(values)) {
				const spec = this.spec(key);
				const cur = s.form[key];
				if (spec && cur) form[key] = { raw: displayRaw(spec, v, cur.unit), unit: cur.unit };
			}
			return { form };
		});

	/** Click on a server-rendered preset button (Presets.astro, data-preset = JSON values). */
	onPreset = (e: Event) => {
		const b = (e.target as Element | null)?.closest?.('[data-preset]');
		if (b) this.apply(JSON.parse(b.getAttribute('data-preset') ?? '{}') as Values);
	};

	/** Input or unit change in the server-rendered form (Form.astro: data-key = parameter). */
	onField = (e: Event) => {
		const t = e.target as HTMLInputElement;
		const k = t.dataset?.key;
		if (k) {
			if (t.tagName === 'SELECT') this.setUnit(k, t.value);
			else this.setRaw(k, t.value);
		}
	};

	/** Props of the island's root element: data attributes and the delegated form events. */
	root(name: string): Record<string, unknown> {
		return {
			class: 'calc',
			'data-calc': name,
			'data-ready': String(this.state.ready),
			onClick: this.onPreset,
			onInput: this.onField,
			onChange: this.onField,
			onSubmit: (e: Event) => e.preventDefault(),
		};
	}

	/**
	 * Write values, units, error messages and aria-invalid into the server-rendered form (the error
	 * paragraph is always in aria-describedby; CSS hides it while empty and marks invalid fields).
	 */
	syncForm() {
		const root = this.base as HTMLElement | undefined;
		const problems = this.ctx?.problems ?? {};
		for (const [key, st] of Object.entries(this.state.form)) {
			const box = root?.querySelector?.(`[data-field="${key}"]`);
			const [inp, sel] = box
				? (box.querySelectorAll('[data-key]') as NodeListOf<HTMLInputElement>)
				: [];
			const err = box?.querySelector('.calc-error') as HTMLElement | null;
			if (!box || !inp || !err) continue;
			const p = problems[key];
			if (inp.value !== st.raw) inp.value = st.raw;
			if (sel && sel.value !== st.unit) sel.value = st.unit;
			inp.setAttribute('aria-invalid', String(!!p));
			err.textContent = p ? say('problem', p as unknown as Record<string, string>) : '';
		}
	}

	slot(name: string): ComponentChildren {
		return this.props[name] as ComponentChildren;
	}
}
