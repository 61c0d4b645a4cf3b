import { describe, expect, it } from 'vitest';
import { type PersonRecord, prepareRecord } from './record';

describe('prepareRecord', () => {
  const base: PersonRecord = {
    familyKm: 'សុខ',
    givenKm: 'ដារា',
    familyLatin: 'Sok',
    givenLatin: 'Dara',
    fullName: null,
    sex: 'M',
    age: 30,
    asOf: '2026-01-10',
    phones: ['+85512345678'],
  };

  it('shares the readings of one written name, and keeps each name field apart', () => {
    const a = prepareRecord(base);
    const b = prepareRecord({ ...base, phones: ['+85597123456'], age: 40 });
    expect(b.latin).toBe(a.latin);
    expect(b.phones).toEqual(['+85597123456']);
    expect(b.birth.yearMax).toBe(a.birth.yearMax! - 10);
    // Each field is part of what is remembered: a record differing in one of them is prepared anew.
    for (const field of ['familyKm', 'givenKm', 'familyLatin', 'givenLatin'] as const) {
      const other = prepareRecord({ ...base, [field]: null });
      expect(other.latin === a.latin && other.khmer === a.khmer).toBe(false);
    }
    const whole = prepareRecord({ fullName: 'Sok Dara' });
    const swapped = prepareRecord({ fullName: 'Dara Sok' });
    expect(whole.latin[0]!.family).toEqual(['sok']);
    expect(swapped.latin[0]!.family).toEqual(['dara']);
  });

  it('works out the birth of each record from all it gives, blank cells saying nothing', () => {
    const born = (r: PersonRecord) => prepareRecord({ ...base, ...r }).birth;
    expect(born({ dateOfBirth: '1990-05-02', age: null }).dob).toBe('1990-05-02');
    expect(born({ dateOfBirth: '1991-05-02', age: null }).dob).toBe('1991-05-02');
    expect(born({ birthYear: 1985, age: null }).year).toBe(1985);
    expect(born({ birthYear: 1986, age: null }).year).toBe(1986);
    // A blank age is no age, whichever of the two was seen first.
    expect(born({ age: '' }).yearMin).toBeNull();
    expect(born({ age: null }).yearMin).toBeNull();
    expect(born({ age: '' }).yearMin).toBeNull();
    expect(born({ dateOfBirth: '1990', birthYear: '' }).year).toBe(1990);
    expect(born({ age: 30, asOf: new Date('not a date') }).yearMin).toBeNull();
  });

  it('places an age in time by the date it was recorded', () => {
    const early = prepareRecord({ ...base, asOf: '2020-06-01' });
    const late = prepareRecord({ ...base, asOf: new Date('2026-06-01') });
    expect(late.birth.yearMin! - early.birth.yearMin!).toBe(6);
  });
});
