/**
 * Splitting a person's name into family and given parts. Khmer order is family name first ("Sok Dara"); lists
 * made for foreigners or by foreign software put it last ("Dara Sok"); hotline and Telegram lists often keep only
 * one "full name" column. So a full name is split family-first here, and the comparator also tries the other
 * order. Titles written in front of a name are dropped: they describe the person, they are not the name.
 */
import { hasKhmer, khmerKey, normalizeKhmer } from '../khmer';
import { asciiLetters, latinNameKey } from './latin-key';

// Latin-script titles, including romanised Khmer ones: Lok (Mr), Lok Srey (Mrs), Neak (you), Oknha, Samdech.
const LATIN_TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mister',
  'madam',
  'mdm',
  'dr',
  'lok',
  'loksrey',
  'neak',
  'neaksrey',
  'oknha',
  'samdech',
]);
// "Srey" after "Lok" or "Neak" is part of the title (Mrs); elsewhere it is the commonest part of women's names.
const TITLE_SECOND_WORD: Record<string, string> = { lok: 'srey', neak: 'srey' };

// Khmer titles: លោកស្រី, អ្នកស្រី, លោកជំទាវ, ឯកឧត្តម, ឧកញ៉ា, សម្តេច and លោក are never the start of a name, so
// they are dropped even when typed without a space; អ្នក and កញ្ញា are also ordinary syllables (Kanha is a
// given name), so only as a word in front of two more.
const KHMER_TITLES_GLUED = ['លោកស្រី', 'អ្នកស្រី', 'លោកជំទាវ', 'ឯកឧត្តម', 'ឧកញ៉ា', 'សម្តេច', 'លោក'].map(khmerKey);
const KHMER_TITLES_WORD = new Set(['អ្នក', 'កញ្ញា'].map(khmerKey));

/** Lower-case ASCII words of a Latin name (accents removed; punctuation and digits separate words). */
export function latinWords(text: string | null | undefined): string[] {
  if (!text) return [];
  const words: string[] = [];
  for (const raw of text.split(/[^A-Za-z\u00C0-\u024F]+/)) {
    const w = asciiLetters(raw);
    if (w !== '') words.push(w);
  }
  return words;
}

/** Drops leading titles, but never the last word: a name is never a title alone. */
export function dropLatinTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && LATIN_TITLES.has(words[i]!)) {
    const second = TITLE_SECOND_WORD[words[i]!];
    i += second !== undefined && words[i + 1] === second && i + 2 < words.length ? 2 : 1;
  }
  return i === 0 ? words : words.slice(i);
}

/** Khmer words of a name with leading titles removed, each as a Khmer key. */
export function khmerWords(text: string | null | undefined): string[] {
  if (!text || !hasKhmer(text)) return [];
  const words = normalizeKhmer(text)
    .split(/[\s.,/\-()]+/)
    .map(khmerKey)
    .filter((w) => w !== '');
  // "កញ្ញា អ៊ុក" is Ouk Kanha, not Miss Ouk: a two-word name keeps its first word.
  while (words.length > 2 && KHMER_TITLES_WORD.has(words[0]!)) words.shift();
  const first = words[0];
  if (first !== undefined) {
    for (const title of KHMER_TITLES_GLUED) {
      if (first === title && words.length > 1) {
        words.shift();
        break;
      }
      if (first.startsWith(title) && first.length > title.length) {
        words[0] = first.slice(title.length);
        break;
      }
    }
  }
  return words;
}

export interface NameTokens {
  /** Family name words, lower-case ASCII. */
  family: string[];
  /** Given name words, lower-case ASCII. */
  given: string[];
  /** latinNameKey of the family words ('' when unknown). */
  familyKey: string;
  /** latinNameKey of the given words, joined, so "Srey Mom" and "Sreymom" share one key. */
  givenKey: string;
  /** True when the split was guessed from a full name (family first); the other order stays possible. */
  guessed: boolean;
}

/**
 * Family and given words of a Latin name. Separate family and given columns win; a full name is used only for
 * what they lack, and is split family-first (Khmer order). Khmer-script input yields no Latin words.
 */
export function nameTokens(
  familyLatin: string | null | undefined,
  givenLatin: string | null | undefined,
  fullName?: string | null,
): NameTokens {
  let family = latinWords(familyLatin);
  let given = latinWords(givenLatin);
  let guessed = false;
  if (family.length > 0 || given.length > 0) {
    if (family.length > 0) family = dropLatinTitles(family);
    else given = dropLatinTitles(given);
  } else if (fullName && !hasKhmer(fullName)) {
    const words = dropLatinTitles(latinWords(fullName));
    family = words.slice(0, 1);
    given = words.slice(1);
    guessed = true;
  }
  return {
    family,
    given,
    familyKey: latinNameKey(family.join(' ')),
    givenKey: latinNameKey(given.join(' ')),
    guessed,
  };
}
