/**
 * Latin spellings of Khmer names as clerks really write them. Khmer has no romanisation everyone follows, so
 * one name reaches Homeward as Sokha and Sokhar, Srey and Srei, Chantha and Chanta, Phalla and Phala, Pheap and
 * Pheab. The rules below produce those habits (issue 3 lists them: h-endings, doubled letters, ea/ia, ph/p);
 * each name's own known spellings in khmer-names.ts come first.
 */
import type { Random } from './random';

type Rule = readonly [pattern: RegExp, replacement: string];

const RULES: readonly Rule[] = [
  [/a$/, 'ar'], // Sokha -> Sokhar: a final -a heard as long
  [/a$/, 'ah'], // Dara -> Darah
  [/ey/, 'ei'], // Srey -> Srei, Pisey -> Pisei
  [/ei/, 'ey'],
  [/([lnmt])\1/, '$1'], // Phalla -> Phala, Vanna -> Vana: doubled consonants written once
  [/n$/, 'nn'], // San -> Sann, Chan -> Chann: and a final n written twice
  [/th(?=[aeiouy])/, 't'], // Chantha -> Chanta
  [/p$/, 'b'], // Pheap -> Pheab: final stop heard voiced
  [/ea/, 'ia'], // Leakhena -> Liakhena
  [/ou/, 'u'], // Touch -> Tuch
  [/oeu/, 'eu'], // Chamroeun -> Chamreun
  [/y$/, 'i'], // Rithy -> Rithi
  [/^Ph/, 'P'], // Phalla -> Palla
];

/** The usual spelling first, then the name's known alternatives, then rule-made ones, up to `max` in all. */
export function latinSpellings(known: readonly string[], max = 5): string[] {
  const spellings: string[] = [];
  const add = (s: string) => {
    if (s.length > 0 && !spellings.includes(s) && spellings.length < max) spellings.push(s);
  };
  for (const s of known) add(s);
  const usual = known[0] ?? '';
  for (const [pattern, replacement] of RULES) add(usual.replace(pattern, replacement));
  return spellings;
}

const VOWELS = 'aeiouy';
const isVowel = (ch: string): boolean => VOWELS.includes(ch.toLowerCase());

/**
 * A keying slip: a consonant dropped, a letter doubled, or two neighbours swapped. Vowels are never dropped and
 * no letter is invented, so a slip never looks like legacy Limon text (which the importer flags) and stays the
 * kind of error a fuzzy comparison is expected to forgive.
 */
export function latinTypo(text: string, rng: Random): string {
  if (text.length < 3) return `${text}${text.at(-1) ?? ''}`;
  for (let attempt = 0; attempt < 6; attempt++) {
    const i = rng.between(1, text.length - 1);
    const ch = text[i]!;
    const before = text[i - 1]!;
    // Word starts stay as they are: a slip there ("TTouch", "oSk") is not how people mistype a name.
    if (ch === ' ' || before === ' ' || ch !== ch.toLowerCase()) continue;
    let result = text;
    switch (rng.int(3)) {
      case 0:
        if (isVowel(ch)) continue;
        result = text.slice(0, i) + text.slice(i + 1);
        break;
      case 1:
        result = text.slice(0, i) + ch + text.slice(i);
        break;
      default:
        if (i < 2 || text[i - 2] === ' ' || before !== before.toLowerCase()) continue;
        result = text.slice(0, i - 1) + ch + before + text.slice(i + 1);
    }
    if (result !== text) return result;
  }
  return `${text}${text.at(-1)}`;
}
