/**
 * Khmer names as they are really typed: the same visible name with other code points (domain.md, "Names and
 * duplicates"). Fonts draw all of these alike, so a clerk cannot see the difference, but a plain string
 * comparison fails on every one of them:
 * - COENG TA (U+17D2 U+178F) against COENG DA (U+17D2 U+178A): the two subscripts look the same;
 * - the marks of a syllable in another order (vowel before the subscript, nikahit before the vowel...), or a
 *   vowel typed in two pieces (េ + ី for ើ);
 * - zero-width spaces (U+200B), which Khmer keyboards and word processors insert between syllables.
 * Each variant is checked against the product's own normaliser when the name pool is built, so the generator
 * never calls a different name a spelling variant.
 */
import { khmerKey, normalizeKhmer } from '../../../shared/khmer';

const COENG = '\u17D2';
const TA = '\u178F';
const DA = '\u178A';
export const ZERO_WIDTH_SPACE = '\u200B';

/** The name with COENG TA written as COENG DA, or the reverse; null when it has neither subscript. */
export function flipCoengTaDa(km: string): string | null {
  if (km.includes(COENG + TA)) return km.replaceAll(COENG + TA, COENG + DA);
  if (km.includes(COENG + DA)) return km.replaceAll(COENG + DA, COENG + TA);
  return null;
}

const isConsonant = (cp: number): boolean => cp >= 0x1780 && cp <= 0x17a2;
const isIndependentVowel = (cp: number): boolean => cp >= 0x17a3 && cp <= 0x17b3;
const isMark = (cp: number): boolean =>
  (cp >= 0x17b6 && cp <= 0x17d1 && cp !== 0x17d2) || cp === 0x17d3 || cp === 0x17dd;

/** Splits text into syllable clusters: a base letter with its subscripts and marks (COENG + letter kept whole). */
function clusters(km: string): string[][] {
  const result: string[][] = [];
  let i = 0;
  while (i < km.length) {
    const cluster = [km[i]!];
    i++;
    while (i < km.length) {
      const cp = km.charCodeAt(i);
      if (km[i] === COENG && i + 1 < km.length) {
        cluster.push(km.slice(i, i + 2));
        i += 2;
      } else if (isMark(cp)) {
        cluster.push(km[i]!);
        i++;
      } else break;
    }
    result.push(cluster);
  }
  return result;
}

const SPLIT_VOWELS: Readonly<Record<string, string>> = { '\u17BE': '\u17C1\u17B8', '\u17C4': '\u17C1\u17B6' };

/**
 * The name with the marks of one syllable in a different order that renders the same (or a split vowel);
 * null when no such spelling exists (a name of bare consonants, or a single mark per syllable).
 */
export function reorderMarks(km: string): string | null {
  const canonical = normalizeKhmer(km);
  const parts = clusters(km);
  for (let c = 0; c < parts.length; c++) {
    const cluster = parts[c]!;
    for (let m = cluster.length - 1; m >= 2; m--) {
      const swapped = [...cluster];
      [swapped[m - 1], swapped[m]] = [swapped[m]!, swapped[m - 1]!];
      const candidate = parts.map((p, i) => (i === c ? swapped : p).join('')).join('');
      if (candidate !== km && normalizeKhmer(candidate) === canonical) return candidate;
    }
  }
  for (const [single, pair] of Object.entries(SPLIT_VOWELS)) {
    if (km.includes(single)) {
      const candidate = km.replace(single, pair);
      if (normalizeKhmer(candidate) === canonical) return candidate;
    }
  }
  return null;
}

/** Positions where a zero-width space can sit: before a syllable that starts with a base letter, never first. */
export function syllableBreaks(km: string): number[] {
  const breaks: number[] = [];
  let position = 0;
  for (const cluster of clusters(km)) {
    const cp = cluster[0]!.charCodeAt(0);
    if (position > 0 && (isConsonant(cp) || isIndependentVowel(cp))) breaks.push(position);
    position += cluster.join('').length;
  }
  return breaks;
}

export const insertAt = (text: string, position: number, insert: string): string =>
  text.slice(0, position) + insert + text.slice(position);

/** True when two spellings are the same name for Homeward's matching (the check every variant must pass). */
export const sameKhmerName = (a: string, b: string): boolean => khmerKey(a) === khmerKey(b);
