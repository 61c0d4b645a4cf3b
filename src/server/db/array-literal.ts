import { type RawBuilder, sql } from 'kysely';

const NEEDS_ESCAPE = /[\\"]/;
const ESCAPED = /[\\"]/g;

/**
 * An array parameter (cast by the caller, `::text[]`) sent as one array literal built here. The driver would
 * otherwise serialise a JavaScript array element by element (prepareValue, two replaces and quotes each),
 * which an import paid for on every column of every batch: a seventh of its thread's time on a million-row
 * registry. Strings are quoted and escaped (a comma, a brace, "NULL" or an empty string stay text), numbers
 * written as they are, null as NULL. An array holding anything else (a Date, an object, a boolean) goes to the
 * driver, which writes it its own way.
 */
export function arrayParam(values: readonly unknown[]): RawBuilder<unknown> {
  const literal = arrayLiteral(values);
  return literal === null ? sql.val(values) : sql.val(literal);
}

/** The literal, or null when an element is neither a string, a finite number nor null. */
export function arrayLiteral(values: readonly unknown[]): string | null {
  let strings = true;
  let numbers = true;
  for (let i = 0; i < values.length; i++) {
    const t = typeof values[i];
    if (t !== 'string') strings = false;
    if (t !== 'number' || !Number.isFinite(values[i])) numbers = false;
  }
  // The usual cases, joined natively: the cost an import pays is per element, not per character.
  if (numbers) return `{${values.join(',')}}`;
  // One test over every string at once; the separator itself is left out of what is tested.
  if (strings && !NEEDS_ESCAPE.test(values.join(''))) return `{"${values.join('","')}"}`;
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ',';
    if (typeof v === 'string') out += `"${NEEDS_ESCAPE.test(v) ? v.replace(ESCAPED, '\\$&') : v}"`;
    else if (typeof v === 'number' && Number.isFinite(v)) out += String(v);
    else if (v === null || v === undefined) out += 'NULL';
    else return null;
  }
  return `${out}}`;
}
