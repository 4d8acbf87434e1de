/**
 * Form fields of the calculators: what each input is, how its text becomes an SI number (through
 * src/physics/units), how a unit switch rewrites the text, and how physics errors are mapped back to
 * the inputs. Pure; no DOM.
 */
import type { Quantity } from '../../src/physics/units';
import { canonicalNumber, parseNumber, quote, say } from './format';
import { inUnit, toSI } from './units';
import type { ParamSpec, Values } from './url-state';

/** One input of a calculator, also a public URL parameter. */
export interface FieldSpec extends ParamSpec {
	/** Visible label, e.g. "Diffusion coefficient". */
	label: string;
	/** Symbol as plain text, e.g. "D", "t₊". */
	symbol: string;
	/** Quantity in src/physics/units for the unit selector and conversions. */
	quantity?: Quantity;
	/** Units offered in the selector; the first is the canonical (URL) unit. */
	units?: readonly string[];
	/** For fields without a quantity: SI value = value × scale (percent → 0.01). Default 1. */
	scale?: number;
	/** Where the default comes from, shown under the input. */
	note: string;
	/** Allowed range in the input's own unit, when it differs from the physics text. */
	allowed?: string;
	/** Out-of-range message in the input's own unit, when it differs from the physics text. */
	rangeMessage?: string;
	/** Physics input names this field feeds (default: the key). */
	physics?: readonly string[];
}

export type FieldRead =
	| { kind: 'ok'; si: number; canonical: number }
	| { kind: 'empty' }
	| { kind: 'error'; message: string; allowed: string };

export interface FieldProblem {
	message: string;
	allowed: string;
}

/** Form state of one input: the text as typed and the selected unit. */
export interface FieldState {
	raw: string;
	unit: string;
}

export type FormState = Record<string, FieldState>;

/** Read an input's text in `unit` (defaults to the canonical unit). */
export function readField(spec: FieldSpec, raw: string, unit?: string): FieldRead {
	const p = parseNumber(raw);
	const v = { name: spec.label, raw: quote(raw) };
	const hint = say('hint');
	if (p.kind === 'empty')
		return spec.optional
			? { kind: 'empty' }
			: { kind: 'error', message: say('required', v), allowed: spec.allowed ?? hint };
	if (p.kind === 'invalid')
		return { kind: 'error', message: `${v.name}: ${v.raw} ${say(p.reason)}`, allowed: hint };
	const si = spec.quantity ? toSI(unit ?? spec.unit, p.value) : p.value * (spec.scale ?? 1);
	const canonical = spec.quantity && si !== undefined ? inUnit(spec.unit, si) : p.value;
	return si === undefined || !Number.isFinite(si) || canonical === undefined
		? { kind: 'error', message: say('range', v), allowed: spec.allowed ?? hint }
		: { kind: 'ok', si, canonical };
}

/** Rewrite the text of an input for a new unit (unchanged when it is not a valid number). */
export function convertRaw(spec: FieldSpec, raw: string, from: string, to: string): string {
	const p = parseNumber(raw);
	if (!spec.quantity || from === to || p.kind !== 'number') return raw;
	const si = toSI(from, p.value);
	const v = si === undefined ? undefined : inUnit(to, si);
	return v === undefined ? raw : canonicalNumber(v);
}

/** Text of a canonical value shown in `unit`. */
export function displayRaw(spec: FieldSpec, canonical: string, unit: string): string {
	return convertRaw(spec, canonical, spec.unit, unit);
}

/** Initial form state from canonical values, each field in its canonical unit. */
export function formFromValues(specs: readonly FieldSpec[], values: Values): FormState {
	return Object.fromEntries(
		specs.map((s) => [s.key, { raw: values[s.key] ?? s.default, unit: s.unit }]),
	);
}

/** Read every field. */
export function readForm(specs: readonly FieldSpec[], form: FormState): Record<string, FieldRead> {
	return Object.fromEntries(
		specs.map((s) => {
			const f = form[s.key];
			return [s.key, readField(s, f?.raw ?? s.default, f?.unit ?? s.unit)];
		}),
	);
}

/** Canonical values of the valid fields (invalid ones keep `fallback`). */
export function canonicalValues(
	specs: readonly FieldSpec[],
	reads: Record<string, FieldRead>,
	fallback: Values,
): Values {
	const out: Values = {};
	for (const s of specs) {
		const r = reads[s.key];
		out[s.key] =
			r?.kind === 'ok'
				? canonicalNumber(r.canonical)
				: r?.kind === 'empty'
					? ''
					: (fallback[s.key] ?? s.default);
	}
	return out;
}

/** Field key of a physics input name (e.g. `tPlus` → `t`). */
export function fieldOf(specs: readonly FieldSpec[], physicsField: string): string | undefined {
	return specs.find((s) => (s.physics ?? [s.key]).includes(physicsField))?.key;
}
