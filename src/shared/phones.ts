/**
 * Phone numbers, stored as E.164 (+85512345678) and shown in Cambodian style (012 345 678, 097 123 4567).
 * We use libphonenumber-js with its "max" metadata, which ships inside the npm package (no download at run
 * time). The "min" metadata only checks lengths, so it accepts numbers no Cambodian operator issues (+855 20...,
 * 088 + 6 digits); "max" knows the real mobile and fixed-line ranges. This module bundled for the browser is
 * 51 kB gzipped with "max", 30 kB with "min" (esbuild, minified): worth it, since a wrong phone joins two
 * people into one. The web app can load it lazily with the intake form.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { memoize } from './memo';

const KHMER_DIGIT_ZERO = 0x17e0;

/** Khmer digits (០-៩) to ASCII digits; libphonenumber knows Arabic-Indic and others, but not Khmer. */
function asciiDigits(text: string): string {
  return text.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - KHMER_DIGIT_ZERO));
}

/**
 * E.164 form of a Cambodian phone number written any usual way, or null when it is not a possible, valid number:
 * `012 345 678`, `012-345-678`, `+855 12 345 678`, `85512345678`, `855012345678` (a stray trunk 0 after the
 * country code), `12345678` (the trunk 0 dropped, as spreadsheets do to a number column), `00855...`, Khmer
 * digits. A Thai number is accepted when it says it is Thai (+66, 0066 or 66 with the full length), since
 * returnees keep Thai SIMs; a bare 08x number is read as Cambodian, as a Cambodian clerk would.
 */
export function normalizePhoneKH(input: string | null | undefined): string | null {
  if (!input) return null;
  // A leading label ("Tel:", "Mobile") is harmless; any other letter means an extension, a note or a typo,
  // and a number we cannot be sure of is worse than none.
  const text = asciiDigits(input)
    .trim()
    .replace(/^(?:tel|phone|ph|mobile|mob|hp|cell)\.?\s*:?\s*/i, '');
  if (!/\d/.test(text) || /[A-Za-z]/.test(text)) return null;
  const digits = text.replace(/[^\d+]/g, '');
  const plus = digits.startsWith('+');
  const bare = digits.replace(/\+/g, '');

  const candidates: string[] = [];
  if (plus) candidates.push(`+${bare}`);
  else if (bare.startsWith('00')) candidates.push(`+${bare.slice(2)}`);
  else {
    candidates.push(bare);
    // "855..." or "66..." without the plus: only at the full international length, so that a local number
    // that happens to start with 66 (Metfone 066) is not read as Thai.
    if (bare.startsWith('855') && bare.length >= 11) candidates.push(`+${bare}`);
    if (bare.startsWith('66') && bare.length === 11) candidates.push(`+${bare}`);
  }
  for (const candidate of candidates) {
    const e164 = parseValid(candidate);
    if (e164 !== null) return e164;
  }
  return null;
}

/**
 * libphonenumber's parse is most of an import row's cost, and an import re-reads the rows linked to each
 * candidate worker, so the same numbers come back again and again.
 */
const parseValid = memoize(100_000, (candidate: string): string | null => {
  // +855 0 12...: a trunk 0 kept after the country code is a common slip; libphonenumber does not drop it.
  const cleaned = candidate.startsWith('+8550') ? `+855${candidate.slice(5)}` : candidate;
  const parsed = parsePhoneNumberFromString(cleaned, 'KH');
  if (!parsed?.isValid()) return null;
  if (parsed.countryCallingCode !== '855' && parsed.countryCallingCode !== '66') return null;
  return parsed.number;
});

/**
 * Every number found in a field that may hold several ("012 345 678 / 097 123 4567", "012345678, 092..."),
 * normalised and without repeats. Separators are `/ , ; |`, the word "or" and new lines.
 */
export function normalizePhonesKH(input: string | null | undefined): string[] {
  if (!input) return [];
  const out: string[] = [];
  for (const part of asciiDigits(input).split(/[/,;|\n]|\bor\b|\u17AC/)) {
    const e164 = normalizePhoneKH(part);
    if (e164 !== null && !out.includes(e164)) out.push(e164);
  }
  return out;
}

/**
 * Display form: Cambodian numbers in the national style people write and dial (012 345 678, 097 123 4567,
 * 023 216 789); other countries in international style (+66 81 234 5678). Input that is not valid E.164 is
 * returned unchanged, so a display never loses what was stored.
 */
export function formatPhoneKH(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) return e164;
  return parsed.countryCallingCode === '855' ? parsed.formatNational() : parsed.formatInternational();
}
