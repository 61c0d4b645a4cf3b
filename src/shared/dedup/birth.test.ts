import { describe, expect, it } from 'vitest';
import { birthInfo, compareBirth, parseDate } from './birth';

describe('parseDate', () => {
  it('reads ISO and Cambodian day-first dates, Khmer digits included', () => {
    expect(parseDate('1990-05-17')).toBe('1990-05-17');
    expect(parseDate('17/05/1990')).toBe('1990-05-17');
    expect(parseDate('7-5-1990')).toBe('1990-05-07');
    expect(parseDate('១៧/០៥/១៩៩០')).toBe('1990-05-17');
    expect(parseDate(new Date(Date.UTC(1990, 4, 17)))).toBe('1990-05-17');
  });

  it('rejects impossible dates', () => {
    expect(parseDate('31/02/1990')).toBeNull();
    expect(parseDate('1990-13-01')).toBeNull();
    expect(parseDate('05/17/1990')).toBeNull();
    expect(parseDate('soon')).toBeNull();
  });
});

describe('birthInfo', () => {
  it('takes a date first, then a birth year, then an age', () => {
    const all = birthInfo({ dateOfBirth: '1990-05-17', birthYear: 1985, age: 20, asOf: '2026-01-10' });
    expect(all).toMatchObject({
      dob: '1990-05-17',
      year: 1990,
      yearMin: 1990,
      yearMax: 1990,
      dayKnown: true,
    });
    expect(birthInfo({ birthYear: '1985' })).toMatchObject({
      dob: null,
      year: 1985,
      yearMin: 1985,
      yearMax: 1985,
    });
  });

  it('treats 1 January as a year without a day', () => {
    expect(birthInfo({ dateOfBirth: '01/01/1992' })).toMatchObject({ year: 1992, dayKnown: false });
  });

  it('turns an age at a date into a range of birth years, one year either way', () => {
    // 35 in 2026: born 1990 or 1991, and 1989-1992 allowing the age to be one off either way.
    expect(birthInfo({ age: 35, asOf: '2026-02-20' })).toMatchObject({
      year: null,
      yearMin: 1989,
      yearMax: 1992,
    });
    expect(birthInfo({ age: 35 })).toMatchObject({ yearMin: null });
  });

  it('ignores nonsense', () => {
    expect(birthInfo({ dateOfBirth: '2090-01-05', asOf: '2026-01-01' }).year).toBeNull();
    expect(birthInfo({ age: -3, asOf: '2026-01-01' }).yearMin).toBeNull();
    expect(birthInfo({ birthYear: 'about 1990' }).year).toBeNull();
  });
});

describe('compareBirth', () => {
  const dob = (d: string) => birthInfo({ dateOfBirth: d });
  const age = (a: number, asOf: string) => birthInfo({ age: a, asOf });
  const year = (y: number) => birthInfo({ birthYear: y });

  it('orders the levels of agreement between dates', () => {
    expect(compareBirth(dob('1990-05-17'), dob('17/05/1990'))).toBe('exact');
    expect(compareBirth(dob('1990-05-07'), dob('1990-07-05'))).toBe('close');
    expect(compareBirth(dob('1990-05-17'), dob('1990-05-18'))).toBe('close');
    expect(compareBirth(dob('1990-05-17'), dob('1991-05-17'))).toBe('close');
    expect(compareBirth(dob('1990-05-17'), dob('1990-11-03'))).toBe('dayConflict');
    expect(compareBirth(dob('1990-05-17'), year(1990))).toBe('year');
    expect(compareBirth(dob('1990-01-01'), dob('1990-01-01'))).toBe('year');
  });

  it('compares ages with dates through the birthday', () => {
    // Born 17 May 1990: 35 on 20 February 2026, 36 in the Khmer count.
    expect(compareBirth(dob('1990-05-17'), age(35, '2026-02-20'))).toBe('range');
    expect(compareBirth(dob('1990-05-17'), age(36, '2026-02-20'))).toBe('loose');
    expect(compareBirth(dob('1990-05-17'), age(37, '2026-02-20'))).toBe('near');
    expect(compareBirth(dob('1990-05-17'), age(45, '2026-02-20'))).toBe('disagree');
    expect(compareBirth(age(30, '2025-08-01'), age(30, '2026-03-01'))).toBe('range');
    expect(compareBirth(year(1997), year(1999))).toBe('near');
    expect(compareBirth(year(1997), year(1998))).toBe('loose');
    expect(compareBirth(year(1997), birthInfo({}))).toBe('missing');
  });
});
