import { hasKhmer, khmerKey, normalizeKhmer } from '../../../shared/khmer';
import { romaniseKhmer } from '../../../shared/names/khmer-romanise';
import { latinNameKey, latinTokenKey } from '../../../shared/names/latin-key';
import { khmerWords, latinWords } from '../../../shared/names/tokens';

export interface NameInput {
  familyNameKm?: string | null;
  givenNameKm?: string | null;
  familyNameLatin?: string | null;
  givenNameLatin?: string | null;
  fullName?: string | null;
}

/** Khmer tokens are prefixed so they never collide with a Latin key. */
const km = (key: string) => `k:${key}`;

/**
 * The search tokens of a name, order-free so that swapped family and given names still match: each Latin word's
 * phonetic key, the joined given name ("Srey Mom" = "Sreymom"), each Khmer word's key, and the phonetic key of
 * each Khmer word's romanisation, so a Latin query also finds a person registered in Khmer script only.
 */
export function nameSearchTokens(input: NameInput): string[] {
  const tokens = new Set<string>();
  const latinParts = [
    input.familyNameLatin,
    input.givenNameLatin,
    hasKhmer(input.fullName ?? '') ? null : input.fullName,
  ];
  for (const part of latinParts) {
    const words = latinWords(part);
    for (const w of words) tokens.add(latinTokenKey(w));
    if (words.length > 1) tokens.add(latinNameKey(words.join(' ')));
  }
  const khmerParts = [
    input.familyNameKm,
    input.givenNameKm,
    hasKhmer(input.fullName ?? '') ? input.fullName : null,
  ];
  for (const part of khmerParts) {
    const words = khmerWords(part);
    for (const w of words) {
      tokens.add(km(w));
      const romanised = latinNameKey(romaniseKhmer(w));
      if (romanised) tokens.add(romanised);
    }
    if (words.length > 1) tokens.add(km(words.join('')));
  }
  // Khmer is often typed with no space (or a zero-width one) between family and given name: keep both joins.
  const family = khmerWords(input.familyNameKm).join('');
  const given = khmerWords(input.givenNameKm).join('');
  if (family && given) {
    tokens.add(km(family + given));
    tokens.add(km(given + family));
  }
  tokens.delete('');
  tokens.delete(km(''));
  return [...tokens];
}

/** Tokens of a typed query: the same keys, so "sokhar chan", "Chan Sokha" and "ចាន់ សុខា" meet the stored ones. */
export function queryTokens(q: string): string[] {
  return hasKhmer(q)
    ? khmerWords(q).map(km)
    : latinWords(q)
        .map(latinTokenKey)
        .filter((t) => t !== '');
}

/** One lower-case string of every name form, for trigram similarity when no token matches exactly. */
export function nameSearchText(input: NameInput): string {
  const parts = [
    input.familyNameKm,
    input.givenNameKm,
    input.familyNameLatin,
    input.givenNameLatin,
    input.fullName,
  ]
    .filter((p): p is string => !!p)
    .map((p) => (hasKhmer(p) ? khmerKey(p) : latinWords(p).join(' ')));
  return parts.join(' ').trim();
}

/** Names as people read them: Khmer first (family name first), then Latin. */
export function displayName(input: NameInput): string {
  const kmName = [input.familyNameKm, input.givenNameKm].filter(Boolean).join(' ');
  const latin = [input.familyNameLatin, input.givenNameLatin].filter(Boolean).join(' ');
  const both = [kmName, latin].filter(Boolean).join(' / ');
  return both || input.fullName || '';
}

/** Stored forms of the name fields: Khmer normalised, Latin trimmed with single spaces. */
export function normaliseNames<T extends NameInput>(input: T): T {
  const clean = (s: string | null | undefined, khmer: boolean) => {
    if (s === undefined) return undefined;
    if (s === null) return null;
    const out = khmer || hasKhmer(s) ? normalizeKhmer(s) : s.replace(/\s+/g, ' ').trim();
    return out === '' ? null : out;
  };
  return {
    ...input,
    familyNameKm: clean(input.familyNameKm, true),
    givenNameKm: clean(input.givenNameKm, true),
    familyNameLatin: clean(input.familyNameLatin, false),
    givenNameLatin: clean(input.givenNameLatin, false),
    fullName: clean(input.fullName, false),
  };
}
