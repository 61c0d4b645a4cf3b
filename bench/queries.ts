/**
 * What staff type, built from sampled rows: names as a list wrote them (Latin and Khmer), the same names in a
 * spelling no row used (another romanisation, swapped order, zero-width spaces, subscript and mark variants),
 * phones in another written form, and whole new registrations for the duplicate check. The variant makers are
 * the generator's own (demo/romanisation, khmer-spelling, phone-numbers), so queries vary the way the data does.
 */
import type { z } from 'zod';
import { flipCoengTaDa, reorderMarks, ZERO_WIDTH_SPACE } from '../src/server/features/demo/khmer-spelling';
import { PHONE_FORMS, writePhone } from '../src/server/features/demo/phone-numbers';
import { latinSpellings } from '../src/server/features/demo/romanisation';
import { parseRow, type RawRow } from '../src/server/features/imports/row-parser';
import { ZDuplicateCheckRequest } from '../src/shared/contracts/dedup';
import { hasKhmer } from '../src/shared/khmer';
import { normalizePhoneKH } from '../src/shared/phones';
import type { CsvRow, SampledRow } from './sample-rows';

export const NAME_KINDS = ['latin', 'khmer', 'latin_variant', 'khmer_variant'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export interface NameQuery {
  kind: NameKind;
  text: string;
}

export type DuplicateCheckBody = z.input<typeof ZDuplicateCheckRequest>;

const words = (text: string) => text.split(/[\s\u200B]+/).filter(Boolean);

function latinParts(row: CsvRow): string[] {
  const split = [row.family_name_latin, row.given_name_latin].filter((p): p is string => !!p?.trim());
  if (split.length) return split.map((p) => p.trim());
  return row.full_name && !hasKhmer(row.full_name) ? words(row.full_name) : [];
}

function khmerParts(row: CsvRow): string[] {
  const split = [row.family_name_km, row.given_name_km].filter((p): p is string => !!p?.trim());
  if (split.length) return split.map((p) => p.trim());
  return row.full_name && hasKhmer(row.full_name) ? words(row.full_name) : [];
}

/** Another usual romanisation of a name part, or the part itself when the rules know none. */
function respell(part: string): string {
  return latinSpellings([part]).find((s) => s !== part) ?? part;
}

function latinVariant(parts: string[], i: number): string {
  const reversed = [...parts].reverse();
  switch (i % 4) {
    case 0:
      return reversed.join(' ');
    case 1:
      return [...parts.slice(0, -1), respell(parts.at(-1)!)].join(' ');
    case 2:
      return [respell(parts[0]!), ...parts.slice(1)].join(' ').toUpperCase();
    default:
      return [respell(reversed[0]!), ...reversed.slice(1)].join(' ');
  }
}

function khmerVariant(parts: string[], i: number): string {
  const joined = parts.join(' ');
  switch (i % 4) {
    case 0:
      return [...parts].reverse().join(' ');
    case 1:
      return parts.map((p) => p + ZERO_WIDTH_SPACE).join(' ');
    case 2:
      return flipCoengTaDa(joined) ?? reorderMarks(joined) ?? [...parts].reverse().join(' ');
    default:
      return reorderMarks(joined) ?? parts.map((p) => p + ZERO_WIDTH_SPACE).join(' ');
  }
}

/** `count` name queries, a quarter of each kind, in sample order (so the same seed gives the same queries). */
export function nameQueries(samples: SampledRow[], count: number): NameQuery[] {
  const pools: Record<NameKind, string[]> = { latin: [], khmer: [], latin_variant: [], khmer_variant: [] };
  samples.forEach(({ row }, i) => {
    const latin = latinParts(row);
    const khmer = khmerParts(row);
    if (latin.length) {
      pools.latin.push(latin.join(' '));
      pools.latin_variant.push(latinVariant(latin, i));
    }
    if (khmer.length) {
      pools.khmer.push(khmer.join(' '));
      pools.khmer_variant.push(khmerVariant(khmer, i));
    }
  });
  return interleave(pools, count);
}

function interleave(pools: Record<NameKind, string[]>, count: number): NameQuery[] {
  const out: NameQuery[] = [];
  for (let i = 0; out.length < count; i++) {
    const before = out.length;
    for (const kind of NAME_KINDS) {
      const text = pools[kind][i];
      if (text !== undefined && out.length < count) out.push({ kind, text });
    }
    if (out.length === before) break;
  }
  return out;
}

/**
 * How search reads a phone query: with spaces it is a phone only; without (`+85512345678`, `012-345-678`) it
 * may also be an ID or a list's source_id, and search looks for all of these, so the two are timed apart.
 */
export const PHONE_KINDS = ['spaced', 'compact'] as const;
export type PhoneKind = (typeof PHONE_KINDS)[number];

export interface PhoneQuery {
  kind: PhoneKind;
  text: string;
}

/** Phones of sampled rows, each rewritten in a form other than the one its list used. */
export function phoneQueries(samples: SampledRow[], count: number): PhoneQuery[] {
  const forms = PHONE_FORMS.filter((f) => f !== 'plain');
  const out: PhoneQuery[] = [];
  for (const { row } of samples) {
    if (out.length >= count) break;
    const e164 = normalizePhoneKH(row.phone);
    if (!e164?.startsWith('+855')) continue;
    const phone = { cc: '855' as const, nsn: e164.slice(4) };
    let text = writePhone(phone, forms[out.length % forms.length]!);
    if (text === row.phone?.trim()) text = writePhone(phone, forms[(out.length + 1) % forms.length]!);
    out.push({ kind: /\s/.test(text) ? 'spaced' : 'compact', text });
  }
  return out;
}

/** Sampled rows as the intake form would send them while a counsellor registers the person anew. */
export function duplicateCheckBodies(samples: SampledRow[], count: number): DuplicateCheckBody[] {
  const out: DuplicateCheckBody[] = [];
  for (const { row } of samples) {
    if (out.length >= count) break;
    const parsed = parseRow(row as RawRow);
    if (!parsed.ok) continue;
    const w = parsed.worker;
    const body = {
      familyNameKm: w.familyNameKm,
      givenNameKm: w.givenNameKm,
      familyNameLatin: w.familyNameLatin,
      givenNameLatin: w.givenNameLatin,
      fullName: w.fullName,
      sex: w.sex,
      dateOfBirth: w.dateOfBirth,
      age: w.age,
      // As typed: the route normalises phones itself, and that cost belongs to the check.
      phones: row.phone?.trim() ? [row.phone.trim()] : [],
      nationalId: w.nationalId,
      addressCode: w.addressCode,
    };
    if (ZDuplicateCheckRequest.safeParse(body).success) out.push(body);
  }
  return out;
}
