import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, GIVEN_NAMES } from './dedup/testset/names';
import { hasKhmer, khmerKey, latinKey, looksLikeLimon, normalizeKhmer, searchKey } from './khmer';

const ZWSP = '\u200B';

describe('normalizeKhmer', () => {
  it('removes zero-width characters and collapses spaces', () => {
    expect(normalizeKhmer(`សុខ${ZWSP}ដារា`)).toBe('សុខដារា');
    expect(normalizeKhmer(`\uFEFFសុខ\u200C  ដារា\u2060 `)).toBe('សុខ ដារា');
  });

  it('puts subscripts before vowels, and subscript RO last', () => {
    // ស + ី + ្រ (vowel typed before the subscript) is the same visible ស្រី.
    expect(normalizeKhmer('ស\u17B8\u17D2\u179A')).toBe('ស្រី');
    // ស្ត្រី typed with ្រ before ្ត.
    expect(normalizeKhmer('ស\u17D2\u179A\u17D2\u178F\u17B8')).toBe('ស\u17D2\u178F\u17D2\u179A\u17B8');
  });

  it('puts the register shifter before the vowel and the nikahit after it', () => {
    expect(normalizeKhmer('ប\u17BB\u17CAន')).toBe('ប៊ុន');
    expect(normalizeKhmer('អ\u17C6\u17BB\u17CA')).toBe('អ៊ុំ');
  });

  it('merges vowels typed in two pieces and drops a doubled mark', () => {
    expect(normalizeKhmer('ក\u17C1\u17B8ត')).toBe('កើត');
    expect(normalizeKhmer('ស\u17C1\u17B6ម')).toBe('សោម');
    expect(normalizeKhmer('ស\u17BB\u17BBខ')).toBe('សុខ');
  });

  it('is idempotent on every name of the test set', () => {
    for (const part of [...FAMILY_NAMES, ...GIVEN_NAMES]) {
      expect(normalizeKhmer(normalizeKhmer(part.km))).toBe(normalizeKhmer(part.km));
    }
  });
});

describe('khmerKey', () => {
  it('folds COENG DA into COENG TA, and drops spaces', () => {
    expect(khmerKey('សម្បត្ដិ')).toBe(khmerKey('សម្បត្តិ'));
    expect(khmerKey('ស្រី មុំ')).toBe(khmerKey('ស្រីមុំ'));
  });

  it('gives one key for every code-point spelling of one visible name', () => {
    const variants = ['ស្រីមុំ', `ស្រី${ZWSP}មុំ`, 'ស\u17B8\u17D2\u179Aម\u17C6\u17BB', 'ស្រី មុំ'];
    expect(new Set(variants.map(khmerKey)).size).toBe(1);
  });

  it('keeps different names apart', () => {
    expect(khmerKey('សំ')).not.toBe(khmerKey('សោម'));
    expect(khmerKey('ស្រីមុំ')).not.toBe(khmerKey('ស្រីពៅ'));
  });
});

describe('the existing helpers keep their meaning', () => {
  it('hasKhmer, latinKey and searchKey', () => {
    expect(hasKhmer('Sok ដារា')).toBe(true);
    expect(hasKhmer('Sok Dara')).toBe(false);
    expect(latinKey('  Kâmpóng-Chhnăng ')).toBe('kampong chhnang');
    expect(searchKey(`ពោធិ៍${ZWSP}សាត់`, 'Pursat')).toBe(`${khmerKey('ពោធិ៍សាត់')} pursat`);
  });
});

/*
 * Test-only encoder from Unicode Khmer to the legacy Limon font layout (after the mapping tables of the public
 * Limon converters): consonants are ASCII letters, vowels right of the consonant follow it, vowels left of it
 * (េ ែ ៃ and the left part of ើ ោ ៀ...) and subscript RO are typed before it, other subscripts are Latin-1
 * symbols. Good enough to produce what a Limon-typed name list looks like.
 */
const CONS: Record<string, string> = Object.fromEntries(
  [...'កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ'].map((c, i) => [c, 'kxKXgcqCQjdzDZNtfTFnbpBPmyrlvshLG'[i]!]),
);
const SUB: Record<string, string> = Object.fromEntries(
  [...'កខគងចឆជញដតឋណថទធនបផពភមយលវសហអ'].map((c, i) => [c, [...'áçÁ¶©ä¢ØþþæÑßÞ§ñ,ö<ÖµüøVSð¥'][i]!]),
);
const RIGHT: Record<string, string> = {
  'ា': 'a',
  'ិ': 'i',
  'ី': 'I',
  'ឹ': 'w',
  'ឺ': 'W',
  'ុ': 'u',
  'ូ': 'U',
  'ួ': 'Y',
  'ំ': 'M',
  'ះ': ';',
  '់': "'",
  '៉': ':',
  '័': '½',
  'ៈ': '³',
};
const LEFT: Record<string, [string, string]> = {
  'េ': ['e', ''],
  'ែ': ['E', ''],
  'ៃ': ['é', ''],
  'ោ': ['e', 'a'],
  'ៅ': ['e', 'O'],
  'ើ': ['e', 'I'],
  'ៀ': ['e', '['],
  'ឿ': ['e', '{'],
};

function toLimon(km: string): string {
  const s = [...normalizeKhmer(km)];
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (CONS[c] === undefined) {
      out += c === ' ' ? ' ' : (RIGHT[c] ?? '');
      i++;
      continue;
    }
    let subs = '';
    let ro = '';
    let left = '';
    let right = '';
    i++;
    while (i < s.length && CONS[s[i]!] === undefined && s[i] !== ' ') {
      const m = s[i]!;
      if (m === '\u17D2' && s[i + 1] !== undefined) {
        if (s[i + 1] === 'រ') ro = 'R';
        else subs += SUB[s[i + 1]!] ?? '';
        i += 2;
        continue;
      }
      const l = LEFT[m];
      if (l) [left, right] = [l[0], right + l[1]];
      else right += RIGHT[m] ?? '';
      i++;
    }
    out += left + ro + CONS[c] + subs + right;
  }
  return out;
}

describe('looksLikeLimon', () => {
  const khmerNames = FAMILY_NAMES.flatMap((f) => GIVEN_NAMES.map((g) => `${f.km} ${g.km}`));
  const latinNames = FAMILY_NAMES.flatMap((f) =>
    f.latin.flatMap((fl) =>
      GIVEN_NAMES.flatMap((g) => g.latin.flatMap((gl) => [`${fl} ${gl}`, `${gl.toUpperCase()} ${fl}`])),
    ),
  );

  it('flags typical Limon strings', () => {
    expect(toLimon('សួស្ដី')).toBe('sYsþI');
    for (const text of ['sYsþI', 'éf¶ExqñaMkMeNIt', 'RsImuM', 'ehg sux', 'RbeTskm<úCa', 'sux; dara']) {
      expect(looksLikeLimon(text), text).toBe(true);
    }
  });

  it('never flags real romanised names', () => {
    const samples = [
      'Sok Dara',
      'Chan Sreymom',
      'Heng Pheap',
      'Ly Sokha',
      'Ouch Rithy',
      'SOK DARA',
      'Chea, Sophea',
    ];
    const more = [
      'Mr. Sok Dara',
      'SreyMom Chan',
      'Srey Mom',
      'Ng Kim',
      'Nguyen Van An',
      'Sok (Dara)',
      "O'Neil Mary",
    ];
    for (const text of [...samples, ...more]) expect(looksLikeLimon(text), text).toBe(false);
    const flagged = latinNames.filter(looksLikeLimon);
    console.log(
      `Limon detector: ${flagged.length} false positives in ${latinNames.length} romanised full names`,
    );
    expect(flagged).toEqual([]);
  });

  it('ignores Khmer script, digits and empty text', () => {
    expect(looksLikeLimon('សុខ ដារា')).toBe(false);
    expect(looksLikeLimon('012 345 678')).toBe(false);
    expect(looksLikeLimon('')).toBe(false);
  });

  it('catches most Limon-typed names, and says how many', () => {
    const detected = khmerNames.filter((n) => looksLikeLimon(toLimon(n))).length;
    const rate = detected / khmerNames.length;
    console.log(
      `Limon detector: ${(rate * 100).toFixed(1)} % of ${khmerNames.length} Limon-typed names flagged`,
    );
    // Limon that happens to read as Latin ("sux dara" for សុខ ដារា) cannot be told apart, by design.
    expect(rate).toBeGreaterThan(0.8);
  });
});
