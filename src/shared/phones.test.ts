import { describe, expect, it } from 'vitest';
import { formatPhoneKH, normalizePhoneKH, normalizePhonesKH } from './phones';

describe('normalizePhoneKH', () => {
  it('reads every usual way of writing one Cambodian mobile number', () => {
    const forms = [
      '012 345 678',
      '012-345-678',
      '012345678',
      '+855 12 345 678',
      '+855 012 345 678',
      '85512345678',
      '855012345678',
      '855 12 345 678',
      '0085512345678',
      '(+855) 12-345-678',
      '12345678',
      '០១២ ៣៤៥ ៦៧៨',
      'Tel: 012 345 678',
    ];
    for (const form of forms) expect(normalizePhoneKH(form), form).toBe('+85512345678');
  });

  it('reads 9-digit national numbers and landlines', () => {
    expect(normalizePhoneKH('097 123 4567')).toBe('+855971234567');
    expect(normalizePhoneKH('088 234 5678')).toBe('+855882345678');
    expect(normalizePhoneKH('023 216 789')).toBe('+85523216789');
  });

  it('keeps Thai numbers when they say they are Thai', () => {
    expect(normalizePhoneKH('+66 81 234 5678')).toBe('+66812345678');
    expect(normalizePhoneKH('0066812345678')).toBe('+66812345678');
    expect(normalizePhoneKH('66812345678')).toBe('+66812345678');
    // Without the country code an 08x number is read as Cambodian, and 081 234 5678 is not a valid one.
    expect(normalizePhoneKH('081 234 5678')).toBeNull();
    // Metfone 066 is Cambodian, not Thai.
    expect(normalizePhoneKH('066 123 456')).toBe('+85566123456');
  });

  it('rejects impossible numbers and noise', () => {
    for (const bad of [
      '',
      '   ',
      'none',
      '000000000',
      '+855 20 123 456',
      '088 234 567',
      '12345',
      '012 345 678 ext 12',
      '+1 202 555 0143',
    ]) {
      expect(normalizePhoneKH(bad), bad).toBeNull();
    }
    expect(normalizePhoneKH(null)).toBeNull();
    expect(normalizePhoneKH(undefined)).toBeNull();
  });
});

describe('normalizePhonesKH', () => {
  it('splits a field holding several numbers and drops repeats', () => {
    expect(normalizePhonesKH('012 345 678 / 097 123 4567, 012345678')).toEqual([
      '+85512345678',
      '+855971234567',
    ]);
    expect(normalizePhonesKH('012 345 678 ឬ 097 123 4567')).toEqual(['+85512345678', '+855971234567']);
    expect(normalizePhonesKH('n/a')).toEqual([]);
  });
});

describe('formatPhoneKH', () => {
  it('shows Cambodian numbers the Cambodian way and others internationally', () => {
    expect(formatPhoneKH('+85512345678')).toBe('012 345 678');
    expect(formatPhoneKH('+855971234567')).toBe('097 123 4567');
    expect(formatPhoneKH('+66812345678')).toBe('+66 81 234 5678');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatPhoneKH('not a phone')).toBe('not a phone');
  });

  it('round-trips with normalizePhoneKH', () => {
    for (const e164 of ['+85512345678', '+855971234567', '+85523216789', '+85510234567']) {
      expect(normalizePhoneKH(formatPhoneKH(e164))).toBe(e164);
    }
  });
});
