/**
 * Khmer text normalisation, applied before any comparison or index. The same visible Khmer word can be typed
 * with different code points: zero-width spaces between syllables, subscript and vowel marks in another order,
 * a split vowel (េ + ី for ើ), and COENG+TA (U+17D2 U+178F) against COENG+DA (U+17D2 U+178A), which render alike
 * in most fonts. Everything here is pure string work so it runs in the browser and on the server alike.
 */

// Invisible characters that users and converters scatter through Khmer text. U+17B4/U+17B5 are the "inherent
// vowel" signs the Unicode standard discourages: they draw nothing, so they only break equality.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u17B4\u17B5]/g;
const COENG = 0x17d2;
const RO = 0x179a;

/**
 * Position of each combining mark within a syllable: subscripts first, then register shifter, robat, dependent
 * vowel, and the signs that follow the vowel (nikahit, reahmuk, bantoc...). This is the order the Unicode Khmer
 * encoding model and the OpenType Khmer shaper expect; fonts render other orders the same, which is the trap.
 */
function markRank(cp: number): number {
  if (cp === 0x17c9 || cp === 0x17ca) return 3; // register shifters (muusikatoan, triisap)
  if (cp === 0x17cc) return 4; // robat
  if (cp >= 0x17b6 && cp <= 0x17c5) return 5; // dependent vowels
  if (cp === 0x17c6 || cp === 0x17c7 || cp === 0x17c8) return 6; // nikahit, reahmuk, yuukaleapintu
  if ((cp >= 0x17cb && cp <= 0x17d1) || cp === 0x17d3 || cp === 0x17dd) return 7; // other signs
  return -1;
}

/**
 * Vowels typed in two pieces that render exactly like one precomposed vowel. Unicode asks for the single code
 * point; keyboards without the key (and some converters) produce the pair.
 */
const SPLIT_VOWELS: Record<string, string> = {
  '\u17C1\u17B8': '\u17BE', // េ + ី -> ើ
  '\u17C1\u17B6': '\u17C4', // េ + ា -> ោ
};

interface Mark {
  rank: number;
  seq: string;
  order: number;
}

/** Subscript RO is drawn around the cluster and is always encoded last among the subscripts. */
function subscriptRank(second: number): number {
  return second === RO ? 2 : 1;
}

/** Reorders each run of marks after a base into one order, merges split vowels and drops doubled marks. */
function reorderClusters(text: string): string {
  let out = '';
  let i = 0;
  const n = text.length;
  while (i < n) {
    out += text[i];
    i++;
    let marks: Mark[] | null = null;
    while (i < n) {
      const cp = text.charCodeAt(i);
      if (cp === COENG && i + 1 < n) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0x1780 && next <= 0x17b3) {
          marks ??= [];
          marks.push({ rank: subscriptRank(next), seq: text.slice(i, i + 2), order: marks.length });
          i += 2;
          continue;
        }
      }
      const rank = markRank(cp);
      if (rank < 0) break;
      marks ??= [];
      marks.push({ rank, seq: text[i]!, order: marks.length });
      i++;
    }
    if (marks === null) continue;
    // Stable sort: two subscripts of the same rank keep their typed order (they are different letters).
    if (marks.length > 1) marks.sort((a, b) => a.rank - b.rank || a.order - b.order);
    let run = '';
    let previous = '';
    for (const m of marks) {
      // A mark typed twice renders once (or as a dotted circle): it is a typing slip, not a spelling.
      if (m.seq === previous) continue;
      run += m.seq;
      previous = m.seq;
    }
    out += run.includes('\u17C1') ? mergeSplitVowels(run) : run;
  }
  return out;
}

function mergeSplitVowels(run: string): string {
  let result = run;
  for (const [pair, single] of Object.entries(SPLIT_VOWELS)) result = result.replaceAll(pair, single);
  return result;
}

/** Canonical form for storing and displaying: NFC, no invisible characters, marks in one order, single spaces. */
export function normalizeKhmer(text: string): string {
  const cleaned = text.normalize('NFC').replace(INVISIBLE, '');
  // Deprecated independent vowels (Unicode says "do not use") are replaced by what they look like.
  const modern = cleaned.replaceAll('\u17A3', '\u17A2').replaceAll('\u17A4', '\u17A2\u17B6');
  return reorderClusters(modern).replace(/\s+/g, ' ').trim();
}

/**
 * Key for matching and indexing: also folds COENG DA into COENG TA, the variant form of QOO (ឲ) into ឱ, and drops
 * spaces, which Khmer writing does not need between the words of a name.
 */
export function khmerKey(text: string): string {
  return normalizeKhmer(text)
    .replaceAll('\u17D2\u178A', '\u17D2\u178F')
    .replaceAll('\u17B2', '\u17B1')
    .replace(/\s+/g, '');
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

/*
 * Legacy Limon text. Before Unicode, Khmer was typed with ASCII/Latin-1 fonts (Limon S1, R1, F1...) where each
 * byte draws a Khmer glyph: k=ក x=ខ K=គ c=ច q=ឆ j=ញ f=ថ T=ទ F=ធ N=ណ B=ព P=ភ s=ស h=ហ G=អ; vowels a=ា i=ិ I=ី u=ុ
 * U=ូ; left-side vowels (េ ែ ៃ = e E é) and subscript RO (R, ®) are typed BEFORE the consonant, as they are seen;
 * subscripts use Latin-1 symbols (þ=្ដ ñ=្ន ¶=្ង ©=្ច µ=្ម ü=្យ...) and punctuation (,=្ប <=្ព ;=ះ '=៍ :=៉ M=ំ).
 * So "ថ្ងៃខែឆ្នាំ" is stored as "éf¶ExqñaM", and "សុខ ដារា" as "sux dara", which no program can tell from Latin.
 * The detector below therefore looks only for evidence a romanised name never shows, and needs two pieces of it:
 * a wrongly flagged real name costs a clerk a correction, a missed Limon name costs one more unmatched record.
 */

// Latin-1 characters that Limon fonts use for subscripts and signs and that no romanised name contains.
const LIMON_SYMBOLS = new Set('¶©¢þßÞ§µ®øØð¥ª´¬¦°æÆÐ×÷¤«»±¹²³¼½¾¿¡');
// Latin-1 letters Limon also uses (subscripts) but which can appear in French or UNGEGN spellings.
const LIMON_LETTERS = new Set('áÁçÇäÄñÑöÖüúÚé');
// ASCII punctuation that Limon uses as Khmer signs and subscripts; inside a word it never belongs to a name.
const WORD_PUNCTUATION = new Set(';:\'"<>[]{}\\|)(,`~^');
// Latin letters that romanised Khmer does not use (Limon: x=ខ q=ឆ f=ថ z=ឋ j=ញ).
const FOREIGN_LETTERS = /[qxfzj]/i;
// Short all-consonant tokens that are nevertheless ordinary in a name field.
const CONSONANT_TOKENS = new Set(['ng', 'mr', 'ms', 'mrs', 'dr', 'jr', 'sr', 'st', 'th', 'nh']);
const VOWEL = /[aeiouyAEIOUY]/;
// Consonant clusters that begin romanised Khmer names (Chhay, Khiev, Phan, Sreng, Prak, Thach, Nhem, Ngin,
// Khmao...) and common foreign ones. Limon words begin with anything: "rcna" (រចនា), "Kwm" (គឹម).
const ONSETS = new Set(
  (
    'b c d f g h j k l m n p q r s t v w x y z ch chh kh ph th sh bh dh gh nh ng ngh sr sl sm sn sp st sk sv pr pl ' +
    'tr kr kl kn khm khn chr br bl dr gr gl fr fl cl cr phn thm tch mc sch qu wh'
  ).split(' '),
);

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z\u00C0-\u00FF]/.test(ch);
}

/** Evidence points for one whitespace-separated token. */
function tokenEvidence(token: string): number {
  let points = 0;
  for (let i = 0; i < token.length; i++) {
    const ch = token[i]!;
    if (LIMON_SYMBOLS.has(ch)) points += 2;
    else if (LIMON_LETTERS.has(ch)) points += 1;
    else if (WORD_PUNCTUATION.has(ch)) {
      const before = isLetter(token[i - 1]);
      const after = isLetter(token[i + 1]);
      // "Sok, Dara" and "(Dara)" are ordinary; a sign glued between letters, or ';' '<' after one, is not.
      if (before && after) points += ch === "'" ? 1 : 2;
      else if (before && i === token.length - 1 && ";:'<|\\]".includes(ch)) points += 1;
    }
  }
  const letters = token.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 2 && !VOWEL.test(letters) && !CONSONANT_TOKENS.has(letters.toLowerCase()))
    points += 1;
  if (FOREIGN_LETTERS.test(letters)) points += 1;
  // Case inside a word: "SreyMom" splits into two name-like parts; Limon's "RsImuM" splits into "Rs", "Imu", "M".
  const parts = letters.split(/(?<=[a-z])(?=[A-Z])/);
  if (parts.length > 1 && parts.some((p) => p.length < 2 || !VOWEL.test(p) || /[A-Z]{2}/.test(p)))
    points += 1;
  // A left vowel typed before its consonant leaves clusters such as "ehg" or "esg" that no spelling produces.
  if (/^[eEé][^aeiouyAEIOUY\s]{2}/.test(token) && !/^[eE](ng|nh|ch)/.test(token)) points += 1;
  // A capital closing a word after small letters: Limon's ំ (M), ី (I), ូ (U)... ("muM", "RsI").
  if (/[a-z][A-Z]$/.test(letters)) points += 1;
  // Two capitals then small letters ("FIta" for ធីតា): neither a capitalised nor an upper-case word.
  if (/^[A-Z]{2}[a-z]/.test(token)) points += 1;
  // The consonants a word starts with ("McDonald" is read from its D, as Donald).
  const word = letters.replace(/^Ma?c(?=[A-Z])/, '').toLowerCase();
  const onset = /^[^aeiouy]*/.exec(word)?.[0] ?? '';
  if (onset.length >= 2 && onset !== word && !ONSETS.has(onset)) points += 1;
  return points;
}

/**
 * True when text is probably Khmer typed with a legacy Limon font (ASCII that only reads as Khmer in that font).
 * Conservative by design: plain romanised names ("Sok Dara", "Chan Sreymom", "Ouch Rithy") are never flagged,
 * and a Limon string that happens to look like Latin ("sux dara") is not flagged either.
 */
export function looksLikeLimon(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 2 || hasKhmer(trimmed)) return false;
  if (!/[A-Za-z]/.test(trimmed)) return false;
  let points = 0;
  for (const token of trimmed.split(/\s+/)) {
    points += tokenEvidence(token);
    if (points >= 2) return true;
  }
  return false;
}
