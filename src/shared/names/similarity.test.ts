import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler, jaroWinklerAtLeast, withinOneEdit } from './similarity';

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.944, 3);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('', 'abc')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('handles strings longer than its scratch buffers', () => {
    const long = 'a'.repeat(200);
    expect(jaroWinkler(long, `${long}b`)).toBeGreaterThan(0.99);
  });

  it('jaroWinklerAtLeast agrees with jaroWinkler', () => {
    const words = ['soka', 'sokom', 'sreimom', 'sreipo', 'dara', 'd', 'vicet', 'vicetr', 'pec', 'pic'];
    for (const a of words) {
      for (const b of words) {
        for (const t of [0.85, 0.9]) expect(jaroWinklerAtLeast(a, b, t)).toBe(jaroWinkler(a, b) >= t);
      }
    }
  });
});

describe('withinOneEdit', () => {
  it('accepts one insertion, deletion, substitution or swap', () => {
    expect(withinOneEdit('nhem', 'nhim')).toBe(true);
    expect(withinOneEdit('sreypov', 'sreyoov')).toBe(true);
    expect(withinOneEdit('dara', 'darah')).toBe(true);
    expect(withinOneEdit('chantha', 'cahntha')).toBe(true);
    expect(withinOneEdit('123456789', '123456798')).toBe(true);
  });

  it('rejects two edits', () => {
    expect(withinOneEdit('brak', 'prk')).toBe(false);
    expect(withinOneEdit('sok', 'sokha')).toBe(false);
    expect(withinOneEdit('abcd', 'badc')).toBe(false);
  });
});
