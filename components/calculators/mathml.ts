/**
 * MathML templates for the equations with the user's numbers. Built on the server (in the *-spec.ts
 * files) as strings with {placeholders}; the island fills them with numbers formatted by
 * format.ts mathNumber() and inserts the result (native MathML in the browser; no KaTeX and no
 * MathML-building code on the client). Every function returns a MathML string.
 */

const tag = (name: string, ...kids: string[]) => `<${name}>${kids.join('')}</${name}>`;

export const mi = (s: string) => tag('mi', s);
export const mo = (s: string) => tag('mo', s);
export const mn = (s: string | number) => tag('mn', String(s));
export const mtext = (s: string) => tag('mtext', s);
export const row = (...c: string[]) => tag('mrow', ...c);
export const frac = (a: string, b: string) => tag('mfrac', a, b);
export const sup = (a: string, b: string) => tag('msup', a, b);
export const sub = (a: string, b: string) => tag('msub', a, b);
export const sqrt = (...c: string[]) => tag('msqrt', ...c);
export const paren = (...c: string[]) => row(mo('('), ...c, mo(')'));
export const times = () => mo('×');
/** Placeholder for a number filled in by the island, e.g. v('D') → "{D}". */
export const v = (name: string) => `{${name}}`;
/** Product of the items with × between them. */
export const prod = (...c: string[]) => row(c.join(times()));

/**
 * An equation with the user's numbers as two math elements: the expression, and "= result". The
 * island puts them in a wrapping row (calculators.css .calc-mathml), so the result moves onto its own
 * line when the expression fills the width instead of being cut off. Both use display style, so
 * fractions keep their full size.
 */
export function equation(body: readonly string[], result: string): string {
	const m = (c: string) => `<math displaystyle="true">${c}</math>`;
	return m(row(...body)) + m(row(mo('='), result));
}
