import { describe, expect, it } from 'vitest';
import { blockingKeys } from './blocking';
import { type CompareContext, compareRecords, rescore, withPrior } from './compare';
import { buildNameFrequencies } from './frequencies';
import type { PersonRecord } from './record';
import { LINK_PROBABILITY, LINK_THRESHOLD, REVIEW_PROBABILITY, REVIEW_THRESHOLD } from './weights';

const intake = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  familyKm: 'សុខ',
  givenKm: 'ស្រីមុំ',
  familyLatin: 'Sok',
  givenLatin: 'Sreymom',
  sex: 'F',
  dateOfBirth: '1994-08-07',
  phones: ['+85512345678'],
  placeCode: '22030512',
  ...over,
});

const hotline = (over: Partial<PersonRecord> = {}): PersonRecord => ({
  fullName: 'Sreymom SOKH',
  sex: 'F',
  age: 31,
  asOf: '2026-02-20',
  phones: ['+85512345678'],
  placeCode: '22',
  ...over,
});

const outcome = (c: ReturnType<typeof compareRecords>, field: string) =>
  c.reasons.find((r) => r.field === field);

describe('thresholds', () => {
  it('are exported as probabilities and as log-odds, in order', () => {
    expect(LINK_PROBABILITY).toBeGreaterThan(REVIEW_PROBABILITY);
    expect(LINK_THRESHOLD).toBeCloseTo(Math.log2(LINK_PROBABILITY / (1 - LINK_PROBABILITY)), 6);
    expect(REVIEW_THRESHOLD).toBeLessThan(LINK_THRESHOLD);
  });
});

describe('rescore', () => {
  it('scores a comparison again in place exactly as withPrior does, decision included', () => {
    const pairs = [
      [intake(), hotline()],
      [intake(), intake({ givenKm: 'ស្រីពៅ', givenLatin: 'Sreypov' })],
      [intake(), hotline({ phones: ['+85599000111'], placeCode: '01' })],
    ] as const;
    const decisions = new Set<string>();
    for (const [a, b] of pairs) {
      for (const prior of [-20, -12.345, 0, 8.5]) {
        const c = compareRecords(a, b);
        const expected = withPrior(c, prior);
        rescore(c, prior);
        expect(c).toEqual(expected);
        decisions.add(c.decision);
      }
    }
    expect([...decisions].sort()).toEqual(['distinct', 'link', 'review']);
  });
});

const shared = (a: PersonRecord, b: PersonRecord) =>
  blockingKeys(a).filter((k) => blockingKeys(b).includes(k));

describe('compareRecords: one person', () => {
  it('links an intake record and a hotline registration written in Western order', () => {
    const c = compareRecords(intake(), hotline());
    expect(c.decision).toBe('link');
    expect(outcome(c, 'nameOrder')?.detail).toBe('swapped');
    expect(outcome(c, 'birth')?.outcome).toBe('partial');
    expect(c.probability).toBeGreaterThan(LINK_PROBABILITY);
    expect(c.score).toBeCloseTo(c.prior + c.reasons.reduce((s, r) => s + r.weight, 0), 1);
  });

  it('links a Khmer-only NGO record with a Latin-only record through the romanisation', () => {
    const ngo: PersonRecord = {
      fullName: 'ចាន់ ដារា',
      sex: 'M',
      dateOfBirth: '20/03/1991',
      phones: ['+85597123456'],
    };
    const fair: PersonRecord = {
      familyLatin: 'Chan',
      givenLatin: 'Dara',
      sex: 'M',
      birthYear: 1991,
      phones: ['+85597123456'],
    };
    const c = compareRecords(ngo, fair);
    expect(outcome(c, 'givenName')).toMatchObject({ outcome: 'agree', detail: 'cross-script' });
    expect(c.decision).toBe('link');
  });

  it('reads a Khmer name written as one word against the name in Latin letters, in either order', () => {
    const hotlineKm: PersonRecord = { fullName: 'សុខចន្ថា', sex: 'F', age: 30, asOf: '2025-09-01' };
    const fair: PersonRecord = {
      familyLatin: 'Sok',
      givenLatin: 'Chanta',
      sex: 'F',
      age: 30,
      asOf: '2025-10-01',
    };
    const c = compareRecords(hotlineKm, fair);
    expect(outcome(c, 'familyName')?.outcome).toBe('agree');
    expect(outcome(c, 'givenName')?.outcome).toBe('agree');
    const swapped = compareRecords({ ...hotlineKm, fullName: 'ចន្ថាសុខ' }, fair);
    expect(outcome(swapped, 'givenName')?.outcome).toBe('agree');
    expect(outcome(swapped, 'nameOrder')?.detail).toBe('swapped');
    expect(shared(hotlineKm, fair)).not.toEqual([]);
  });

  it('sees one name in two one-word Khmer spellings of either order', () => {
    const c = compareRecords({ fullName: 'មានរចនា' }, { fullName: 'រចនា\u200Bមាន' });
    expect(outcome(c, 'familyName')?.outcome).toBe('agree');
    expect(outcome(c, 'givenName')?.outcome).toBe('agree');
  });

  it('keeps Kanha, a given name, when it stands where a title could', () => {
    const c = compareRecords({ fullName: 'កញ្ញា អ៊ុក' }, { familyKm: 'អ៊ុក', givenKm: 'កញ្ញា' });
    expect(outcome(c, 'givenName')?.outcome).toBe('agree');
  });

  it('links a Latin spelling that only moves vowels, as the names of twins do not', () => {
    const a = intake({ familyKm: null, givenKm: null, givenLatin: 'Chenda', phones: ['+85512345678'] });
    const b = intake({ familyKm: null, givenKm: null, givenLatin: 'Chinda', phones: ['+85512345678'] });
    const c = compareRecords(a, b, { phoneHolders: () => 2 });
    expect(outcome(c, 'givenName')?.outcome).toBe('partial');
    expect(c.decision).toBe('link');
    expect(c.conflict).toBe(false);
  });

  it('sees one name through Khmer code-point variants and a zero-width space', () => {
    const c = compareRecords(
      intake({ familyLatin: null, givenLatin: null }),
      intake({ familyLatin: null, givenLatin: null, givenKm: 'ស\u17B8\u17D2\u179Aម\u17C6\u17BB\u200B' }),
    );
    expect(outcome(c, 'givenName')).toMatchObject({ outcome: 'agree', detail: 'khmer' });
  });

  it('links on a shared national ID despite a misspelt name, and never links two ID numbers', () => {
    const a = intake({ nationalId: '010234567', givenLatin: 'Sreimom', phones: [] });
    expect(compareRecords(a, intake({ nationalId: '010 234 567', phones: ['+85599111222'] })).decision).toBe(
      'link',
    );
    const two = compareRecords(a, intake({ nationalId: '210987654' }));
    expect(outcome(two, 'nationalId')?.outcome).toBe('disagree');
    expect(two.decision).not.toBe('link');
  });
});

describe('compareRecords: look-alikes', () => {
  // Household phone: the family's records all give it.
  const household: CompareContext = { phoneHolders: () => 4 };

  it('keeps apart siblings who share family name, phone and village', () => {
    const sister = intake({ givenKm: 'ស្រីពៅ', givenLatin: 'Sreypov', dateOfBirth: '1997-02-11' });
    const c = compareRecords(intake(), sister, household);
    expect(c.decision).toBe('distinct');
    expect(outcome(c, 'phone')?.detail).toContain('household');
  });

  it('keeps apart twins: same family, birth date, village and phone, different given names', () => {
    const twin = intake({ givenKm: 'ស្រីនាង', givenLatin: 'Sreyneang', sex: 'F' });
    expect(compareRecords(intake(), twin, household).decision).toBe('distinct');
  });

  it('never links twins with rhyming names automatically', () => {
    const a = intake({ givenKm: 'សុខា', givenLatin: 'Sokha', sex: 'M' });
    const b = intake({ givenKm: 'សុខុម', givenLatin: 'Sokhom', sex: 'M' });
    expect(compareRecords(a, b, household).decision).not.toBe('link');
    // Nor when they give an age rather than a date, and only in Latin letters.
    const ages = { dateOfBirth: null, age: 30, asOf: '2025-10-01', familyKm: null, givenKm: null };
    const c = compareRecords(
      intake({ ...ages, givenLatin: 'Sreymom' }),
      intake({ ...ages, givenLatin: 'Sreypov' }),
      { phoneHolders: () => 2 },
    );
    expect(c.decision).not.toBe('link');
  });

  it('never links two family names that differ in their own script', () => {
    const a = intake({ familyKm: 'ហេង', familyLatin: 'Heng' });
    const b = intake({ familyKm: 'ចាន់', familyLatin: 'Chan' });
    expect(compareRecords(a, b).decision).not.toBe('link');
  });

  it('does not link two strangers with one very common name in one province', () => {
    const a = hotline({ fullName: 'Sok Dara', sex: 'M', age: 30, phones: ['+85512000111'] });
    const b = hotline({
      fullName: 'Sok Dara',
      sex: 'M',
      age: 31,
      phones: ['+85599000222'],
      asOf: '2025-11-02',
    });
    const names = buildNameFrequencies(
      Array.from({ length: 1000 }, (_, i) => ({
        familyKeys: [i < 60 ? 'sok' : `f${i}`],
        givenKeys: [i < 30 ? 'dara' : `g${i}`],
      })),
    );
    expect(compareRecords(a, b, { names, registrySize: 1_000_000 }).decision).not.toBe('link');
  });

  it('keeps apart spouses who share a phone and a village', () => {
    const husband = intake({
      familyKm: 'ចាន់',
      givenKm: 'ដារា',
      familyLatin: 'Chan',
      givenLatin: 'Dara',
      sex: 'M',
      dateOfBirth: '1990-03-02',
    });
    expect(compareRecords(intake(), husband, household).decision).toBe('distinct');
  });

  it('never links records of different sexes', () => {
    const c = compareRecords(intake(), intake({ sex: 'M' }));
    expect(outcome(c, 'sex')?.outcome).toBe('disagree');
    expect(c.decision).not.toBe('link');
  });
});

describe('compareRecords: weights follow how telling a value is', () => {
  const names = buildNameFrequencies(
    Array.from({ length: 1000 }, (_, i) => ({
      familyKeys: [i < 60 ? 'sok' : i === 999 ? 'kong' : `f${i}`],
      givenKeys: [`g${i}`],
    })),
  );

  it('a common family name counts for less than a rare one', () => {
    const sok = outcome(compareRecords(intake(), intake(), { names }), 'familyName')!.weight;
    const kong = outcome(
      compareRecords(
        intake({ familyKm: 'គង់', familyLatin: 'Kong' }),
        intake({ familyKm: 'គង់', familyLatin: 'Kong' }),
        { names },
      ),
      'familyName',
    )!.weight;
    expect(sok).toBeLessThan(kong - 3);
  });

  it('a phone held by many records counts for less', () => {
    const personal = outcome(compareRecords(intake(), hotline(), { phoneHolders: () => 2 }), 'phone')!.weight;
    const office = outcome(compareRecords(intake(), hotline(), { phoneHolders: () => 300 }), 'phone')!.weight;
    expect(office).toBeLessThan(personal - 7);
  });

  it('a Thai number against a Cambodian one proves less than two Cambodian numbers', () => {
    const home = intake({ phones: ['+85512345678'] });
    const weight = (phones: string[]) =>
      outcome(compareRecords(home, hotline({ phones }), { phoneHolders: () => 2 }), 'phone')!;
    const swapped = weight(['+66812345678']);
    const otherHere = weight(['+85597111222']);
    expect(swapped.outcome).toBe('disagree');
    expect(otherHere.outcome).toBe('disagree');
    expect(swapped.weight).toBeGreaterThan(otherHere.weight + 2);
    expect(swapped.weight).toBeLessThan(0);
  });

  it('agreement deeper in the NCDD hierarchy counts for more', () => {
    const place = (code: string) =>
      outcome(compareRecords(intake(), intake({ placeCode: code })), 'place')!.weight;
    expect(place('22030512')).toBeGreaterThan(place('220305'));
    expect(place('220305')).toBeGreaterThan(place('2203'));
    expect(place('2203')).toBeGreaterThan(place('22'));
    expect(place('15')).toBeLessThan(0);
  });

  it('reports every field, with missing fields at zero', () => {
    const c = compareRecords({ fullName: 'Sok Dara' }, { fullName: 'Sok Dara' });
    const fields = c.reasons.map((r) => r.field);
    expect(fields).toEqual(
      expect.arrayContaining(['familyName', 'givenName', 'sex', 'birth', 'phone', 'place']),
    );
    for (const r of c.reasons.filter((x) => x.outcome === 'missing')) expect(r.weight).toBe(0);
  });
});

describe('blockingKeys', () => {
  it('brings the usual duplicates into one block', () => {
    expect(shared(intake({ phones: [] }), hotline({ phones: [] }))).not.toEqual([]);
    expect(shared({ fullName: 'Sok Dara' }, { fullName: 'DARA Sokh' })).not.toEqual([]);
    expect(shared({ fullName: 'សុខ ស្រីមុំ' }, { familyKm: 'សុខ', givenKm: 'ស្រី មុំ' })).not.toEqual([]);
    expect(shared({ fullName: 'ចាន់ ដារា' }, { familyLatin: 'Chan', givenLatin: 'Dara' })).not.toEqual([]);
    expect(shared({ nationalId: '010234567' }, { nationalId: '010-234-567' })).toEqual(['i:010234567']);
  });

  it('keeps the number of keys small', () => {
    const keys = blockingKeys({ ...intake(), ...hotline(), nationalId: '010234567', passport: 'N1234567' });
    expect(keys.length).toBeLessThanOrEqual(16);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
