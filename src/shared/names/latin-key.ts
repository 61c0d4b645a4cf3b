/**
 * Phonetic key for romanised Khmer names. Khmer has no single romanisation in use: clerks write what they hear,
 * in French-influenced (Chhay, Sreymom, Saom), English-influenced (Chay, Srei Mom, Som) or ad hoc spellings.
 * The key folds exactly the differences that carry no information about the Khmer spelling:
 * - aspiration written or not: kh/k, ph/p, th/t, chh/ch (Thida/Tida, Chantha/Chanta, Pheap/Peap);
 * - doubled letters (Phalla/Phala, Sovann/Sovan, Rattana/Ratana);
 * - vowel spellings of one Khmer vowel: ea/ia/ie/ae/e (Chea/Chia, Meas/Mes), ou/uo/u/o/au/ao (Kosal/Kausal,
 *   Nuon/Noun, Saom/Som), ey/ei/y (Srey/Srei, Ly/Lee), oeu/eou/eu (Hoeun/Heoun, Choeun/Cheun);
 * - final r, h and s after a vowel, which only mark a long vowel or the sound /h/ (Sokha/Sokhar, Meas/Meah);
 *   and r between a vowel and a consonant (Chorn/Chon), for the same reason;
 * - letters other traditions use for the same sound: w/v (Wanna/Vanna), final b/p (Pheab/Pheap), gn/nh.
 * Different names keep different keys as far as possible; what still collides is measured in latin-key.test.ts.
 */
import { memoize } from '../memo';

/** Lower case ASCII letters only, accents removed. */
export function asciiLetters(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');
}

/** Canonical spelling of one run of vowel letters. */
function vowelRun(run: string): string {
  if (run.length === 1) return run === 'u' ? 'o' : run;
  const r = run.replace(/(.)\1+/g, '$1');
  switch (r) {
    case 'a':
    case 'e':
    case 'i':
      // "ee" is the English spelling of /i/ (Lee, See); "aa" and "ii" are just long vowels.
      return run === 'ee' ? 'i' : r;
    case 'o':
    case 'u':
      return 'o';
    case 'ei':
    case 'ai':
    case 'oi':
      return r;
    case 'ui':
      return 'oi';
    case 'aei':
      return 'ai';
  }
  // "Sreyoun" is Srey + Oun: an ey/ay sound followed by another vowel is two syllables, as "Srey Oun" shows.
  if (r.length > 2 && (r.startsWith('ei') || r.startsWith('ai'))) return r.slice(0, 2) + vowelRun(r.slice(2));
  if (r.includes('eu') || r.includes('oe') || r === 'eou') return 'eu';
  if (/^[ou]+i$/.test(r)) return 'oi'; // Ouy, Uy
  if (/^[aeiu]*[ei][aeu]*$/.test(r) && /[ea]/.test(r) && !r.endsWith('i')) return 'e'; // ea ia ie ae iea
  if (/^[aou]+$/.test(r)) return 'o'; // ou uo au ao oa ua aou
  if (r === 'eo') return 'eo';
  return r;
}

/**
 * Key of one word (no spaces). Names repeat endlessly across a registry (a few thousand distinct words for a
 * million people), so keys are remembered.
 */
export const latinTokenKey = memoize(100_000, (token: string): string => computeTokenKey(token));

function computeTokenKey(token: string): string {
  let s = asciiLetters(token);
  if (s === '') return '';
  s = s
    .replace(/c(?!h)/g, 'k')
    .replace(/chh?|j/g, 'C') // ch, chh (and j, a foreign spelling of the same sound) -> C, restored below
    .replace(/gn/g, 'nh')
    .replace(/([kptdbgs])h/g, '$1')
    .replace(/w/g, 'v')
    .replace(/[qx]/g, 'k')
    .replace(/z/g, 's')
    .replace(/f/g, 'p')
    // y is a consonant before a vowel (Yim, Kanya), except after one: Sreyoun is Srey-oun, Ly and Chhay end in i.
    .replace(/(?<=[aeiou])y|y(?![aeiou])/g, 'i')
    .replace(/[aeiou]+/g, vowelRun)
    // r after a vowel only lengthens it when no vowel follows (Chorn, Sokhar); h and s at the end are /h/.
    .replace(/([aeiou])r+(?=[^aeiou]|$)/g, '$1')
    .replace(/([aeiou])[hs]+$/g, '$1')
    .replace(/r+$/, '') // a final r after a consonant spells the Khmer script, not a sound (Vichetr)
    .replace(/eo$/, 'ev')
    .replace(/ov$/, 'o')
    .replace(/b$/, 'p')
    .replace(/d$/, 't')
    .replace(/(.)\1+/g, '$1')
    // A doubled digraph is one sound too: ញ្ញ romanised letter by letter is "nhnh" (Banhnha), written Panha.
    .replace(/(nh|ng)\1+/g, '$1');
  return s.replaceAll('C', 'c');
}

/** Phonetic key of a whole name; words are joined, so "Srey Mom" and "Sreymom", "Da Ra" and "Dara" agree. */
export function latinNameKey(name: string): string {
  let key = '';
  for (const word of name.split(/[^A-Za-z\u00C0-\u024F]+/)) {
    if (word === '') continue;
    const k = latinTokenKey(word);
    // A doubled letter across the join is one sound: "Sovann Nary" and "Sovannary".
    key += key.endsWith(k[0] ?? '') ? k.slice(1) : k;
  }
  return key;
}
