import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, GIVEN_NAMES } from '../dedup/testset/names';
import { romaniseKhmer, romaniseKhmerVariants } from './khmer-romanise';
import { latinNameKey } from './latin-key';

describe('romaniseKhmer', () => {
  it('writes common names the way clerks do', () => {
    const expected: Record<string, string> = {
      សុខ: 'sok',
      ចាន់: 'chan',
      គឹម: 'kim',
      ហេង: 'heng',
      លី: 'li',
      ជា: 'chea',
      ស្រីមុំ: 'sreimum',
      សុខា: 'sokha',
      កុសល: 'kosal',
      វង្ស: 'vong',
      រិទ្ធិ: 'rit',
      សម្បត្តិ: 'sambat',
      បុប្ផា: 'boppha',
      ចន្ទ្រា: 'chantrea',
    };
    for (const [km, latin] of Object.entries(expected)) expect(romaniseKhmer(km), km).toBe(latin);
  });

  it('offers the other usual spellings as variants, usual one first', () => {
    const dara = romaniseKhmerVariants('ដារា');
    expect(dara[0]).toBe('darea');
    expect(dara).toContain('dara');
    expect(romaniseKhmerVariants('ប៊ុនធឿន')).toContain('bunthoeun');
    expect(romaniseKhmerVariants('សុខ', 8)).toEqual(['sok']);
  });

  it('reaches the Latin key of most test-set names, and says how many', () => {
    const parts = [...FAMILY_NAMES, ...GIVEN_NAMES];
    const hit = parts.filter((p) => {
      const keys = new Set(romaniseKhmerVariants(p.km).map(latinNameKey));
      return p.latin.some((l) => keys.has(latinNameKey(l)));
    }).length;
    console.log(`romaniseKhmerVariants: ${hit} of ${parts.length} names reach a Latin spelling's key`);
    expect(hit / parts.length).toBeGreaterThan(0.8);
  });

  it('returns nothing for text without Khmer letters', () => {
    expect(romaniseKhmer('Sok')).toBe('');
  });
});
