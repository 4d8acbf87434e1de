/**
 * Evaluation skeleton shared by the three calculators: run a physics function over the inputs it
 * needs, map its errors back to the form fields, and keep the last valid result of each group so the
 * page can show it as stale while an input is invalid. Pure; no DOM.
 */
import type { Result } from '../../src/physics/result';
import { type FieldProblem, type FieldRead, type FieldSpec, fieldOf } from './fields';
import { formatQuantity, say } from './format';
import { inUnit } from './units';

export { inUnit };

/** Outcome of one group of outputs. `inputs` are the SI values the result was computed from. */
export type Group<T> =
	| { status: 'ok'; value: T; inputs: Record<string, number> }
	| { status: 'empty'; missing: string[] }
	| { status: 'invalid'; fields: string[] }
	| { status: 'error'; message: string };

export interface Context {
	specs: readonly FieldSpec[];
	reads: Record<string, FieldRead>;
	/** Problems per field key: input text errors and physics range errors. */
	problems: Record<string, FieldProblem>;
}

export function context(specs: readonly FieldSpec[], reads: Record<string, FieldRead>): Context {
	const problems: Record<string, FieldProblem> = {};
	for (const s of specs) {
		const r = reads[s.key];
		if (r?.kind === 'error') problems[s.key] = { message: r.message, allowed: r.allowed };
	}
	return { specs, reads, problems };
}

/**
 * Run `fn` when every required field is valid and every optional field valid and filled. Physics
 * errors naming an input go to `ctx.problems` (message and allowed range, in the field's own words
 * where the spec overrides them); errors about the result become the group's message.
 */
export function run<T>(
	ctx: Context,
	required: readonly string[],
	optional: readonly string[],
	fn: (v: Record<string, number>) => Result<T>,
): Group<T> {
	const all = [...required, ...optional];
	const invalid = all.filter((k) => ctx.reads[k]?.kind === 'error');
	if (invalid.length) return { status: 'invalid', fields: invalid };
	const missing = optional.filter((k) => ctx.reads[k]?.kind === 'empty');
	if (missing.length) return { status: 'empty', missing };
	const v: Record<string, number> = {};
	for (const k of all) {
		const r = ctx.reads[k];
		if (r?.kind === 'ok') v[k] = r.si;
	}
	const r = fn(v);
	if (r.ok) return { status: 'ok', value: r.value, inputs: v };
	const fields: string[] = [];
	let message = '';
	for (const e of r.errors) {
		const key = e.field === 'result' ? undefined : fieldOf(ctx.specs, e.field);
		if (key && all.includes(key)) {
			const spec = ctx.specs.find((s) => s.key === key);
			ctx.problems[key] ??= {
				message: e.code === 'out-of-range' && spec?.rangeMessage ? spec.rangeMessage : e.message,
				allowed: spec?.allowed ?? e.allowed,
			};
			if (!fields.includes(key)) fields.push(key);
		} else if (!message) message = e.message;
	}
	return fields.length ? { status: 'invalid', fields } : { status: 'error', message };
}

/** The group to show: the current one if valid, else the last valid one marked stale. */
export interface Shown<T> {
	group: Group<T>;
	/** Last valid value (current or remembered), if any. */
	ok?: { value: T; inputs: Record<string, number> };
	stale: boolean;
}

/** Combine a group with the remembered last valid result (updates `memory`). */
export function remember<T>(
	memory: Record<string, { value: unknown; inputs: Record<string, number> } | undefined>,
	name: string,
	group: Group<T>,
): Shown<T> {
	if (group.status === 'ok') {
		const ok = { value: group.value, inputs: group.inputs };
		memory[name] = ok;
		return { group, ok, stale: false };
	}
	if (group.status === 'empty') {
		memory[name] = undefined;
		return { group, stale: false };
	}
	const last = memory[name] as { value: T; inputs: Record<string, number> } | undefined;
	return { group, ok: last, stale: !!last };
}

/** One result line: the `<output>` name, its data unit, the number (in that unit) and the text. */
export interface OutputView {
	name: string;
	unit: string;
	value?: number;
	text: string;
	stale: boolean;
	/** No number: the text says what is missing or wrong (shown as a muted note, not a result). */
	note?: boolean;
}

/** "4.1 mA cm⁻²" for an SI value shown in `unit`, "—" when it cannot be represented. */
export function show(si: number | undefined, unit: string): string {
	const v = si === undefined ? undefined : inUnit(unit, si);
	return v === undefined ? '—' : formatQuantity(v, unit);
}

/**
 * A result line for an SI value `si` shown in `unit`. `text`, when given, replaces the default text.
 * Without a value the text says why: a valid result without a number → the `unbounded` text; an
 * empty optional input → the `empty` text key; else the error.
 */
export function line(
	name: string,
	unit: string,
	s: Shown<unknown>,
	si: number | undefined,
	empty = '',
	text?: string,
): OutputView {
	const value = si === undefined ? undefined : inUnit(unit, si);
	const g = s.group;
	return {
		name,
		unit,
		value,
		stale: s.stale,
		note: value === undefined && !text && !s.ok,
		text:
			text ||
			(value !== undefined
				? formatQuantity(value, unit)
				: s.ok
					? say('unbounded')
					: g.status === 'empty'
						? say(empty)
						: g.status === 'error'
							? say('error', { msg: g.message })
							: say('invalid')),
	};
}
