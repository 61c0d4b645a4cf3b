/**
 * Khmer text normalisation, applied before any comparison or index. The same visible Khmer word can be typed
 * with different code points: zero-width spaces between syllables, subscript marks in another order, and
 * COENG+TA (U+17D2 U+178F) against COENG+DA (U+17D2 U+178A), which render alike in most fonts.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
const COENG = '\u17D2';

/** Position of each combining mark within a syllable, in the order Unicode's Khmer encoding model prescribes. */
function markRank(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x17c9 || cp === 0x17ca) return 2; // register shifters
  if (cp === 0x17cc) return 3; // robat
  if (cp >= 0x17b6 && cp <= 0x17c5) return 4; // dependent vowels
  if (cp === 0x17c6 || cp === 0x17c7 || cp === 0x17c8) return 5; // nikahit, reahmuk, yuukaleapintu
  if (cp >= 0x17cb && cp <= 0x17d1) return 6; // other signs
  if (cp === 0x17dd) return 6;
  return -1;
}

/** Reorders each run of marks after a base (subscripts first, then shifters, vowels, signs) into one order. */
function reorderClusters(text: string): string {
  const chars = Array.from(text);
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    out.push(ch);
    i++;
    const marks: { rank: number; seq: string; order: number }[] = [];
    while (i < chars.length) {
      const c = chars[i]!;
      if (c === COENG && i + 1 < chars.length) {
        marks.push({ rank: 1, seq: c + chars[i + 1], order: marks.length });
        i += 2;
        continue;
      }
      const rank = markRank(c);
      if (rank < 0) break;
      marks.push({ rank, seq: c, order: marks.length });
      i++;
    }
    // Stable sort: subscript consonants keep their relative order (the second subscript is usually RO).
    marks.sort((a, b) => a.rank - b.rank || a.order - b.order);
    for (const m of marks) out.push(m.seq);
  }
  return out.join('');
}

/** Canonical form for storing and displaying: NFC, no zero-width characters, marks in one order, single spaces. */
export function normalizeKhmer(text: string): string {
  return reorderClusters(text.normalize('NFC').replace(ZERO_WIDTH, '')).replace(/\s+/g, ' ').trim();
}

/** Key for matching and indexing: also folds COENG DA into COENG TA and drops spaces, which Khmer does not need. */
export function khmerKey(text: string): string {
  return normalizeKhmer(text).replaceAll(`${COENG}\u178A`, `${COENG}\u178F`).replace(/\s+/g, '');
}

export const hasKhmer = (text: string): boolean => /[\u1780-\u17FF]/.test(text);

/** Key for Latin text: lower case, accents removed, letters and digits only. */
export function latinKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** One search key for a name known in both scripts. */
export const searchKey = (km: string, latin: string): string => `${khmerKey(km)} ${latinKey(latin)}`.trim();
