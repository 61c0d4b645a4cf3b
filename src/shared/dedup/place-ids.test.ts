import { describe, expect, it } from 'vitest';
import { compareId, normalizeId, shareAnyId } from './ids';
import { comparePlace, normalizePlaceCode } from './place';

describe('NCDD codes', () => {
  it('pads codes that lost their leading zero', () => {
    expect(normalizePlaceCode('1')).toBe('01');
    expect(normalizePlaceCode(1020304)).toBe('01020304');
    expect(normalizePlaceCode('22-03-05')).toBe('220305');
    expect(normalizePlaceCode('')).toBeNull();
    expect(normalizePlaceCode('000')).toBeNull();
    expect(normalizePlaceCode('123456789')).toBeNull();
  });

  it('compares down to the depth both codes know', () => {
    expect(comparePlace('22030512', '22030512')).toBe('village');
    expect(comparePlace('22030512', '22030507')).toBe('otherVillage');
    expect(comparePlace('22030512', '220305')).toBe('commune');
    expect(comparePlace('22030512', '22')).toBe('province');
    expect(comparePlace('22030512', '2204')).toBe('otherDistrict');
    expect(comparePlace('22030512', '15')).toBe('otherProvince');
    expect(comparePlace('2203', '220399')).toBe('district');
    expect(comparePlace(null, '22')).toBe('missing');
  });
});

describe('ID numbers', () => {
  it('normalises case, spaces and Khmer digits, and drops placeholders', () => {
    expect(normalizeId(' n 123-4567 ')).toBe('N1234567');
    expect(normalizeId('០១០ ២៣៤ ៥៦៧')).toBe('010234567');
    expect(normalizeId('000000000')).toBeNull();
    expect(normalizeId('N/A')).toBeNull();
  });

  it('tells agreement, a one-digit slip and two numbers apart', () => {
    expect(compareId('010234567', '010234567')).toBe('agree');
    expect(compareId('010234567', '010234576')).toBe('typo');
    expect(compareId('010234567', '210987654')).toBe('disagree');
    expect(compareId(null, '010234567')).toBe('missing');
    expect(shareAnyId(['A1', 'B2'], ['C3', 'B2'])).toBe(true);
    expect(shareAnyId(['A1'], [])).toBe(false);
  });
});
