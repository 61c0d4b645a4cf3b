import { describe, expect, it } from 'vitest';
import { FAMILY_NAMES, GIVEN_NAMES, type NamePart } from '../dedup/testset/names';
import { latinNameKey } from './latin-key';

describe('latinNameKey', () => {
  it('folds the romanisation variants clerks write', () => {
    const groups = [
      ['Sokha', 'Sokhar', 'SOKHAH'],
      ['Srey', 'Srei'],
      ['Chantha', 'Chanta'],
      ['Phalla', 'Phala'],
      ['Pheap', 'Pheab'],
      ['Vanna', 'Wanna'],
      ['Rathana', 'Ratana', 'Rattana'],
      ['Chea', 'Chia'],
      ['Ly', 'Lee', 'Li'],
      ['Meas', 'Mes', 'Meah'],
      ['Sreymom', 'Srey Mom', 'srey-mom'],
      ['Kosal', 'Kausal'],
      ['Sovann', 'Sovan'],
      ['Thida', 'Tida'],
      ['Dara', 'Da Ra'],
      ['Chhay', 'Chay', 'Chhai'],
      ['Nuon', 'Noun'],
      ['Hoeun', 'Heoun'],
      ['Saom', 'Som'],
      ['Sreyoun', 'Srey Oun'],
      ['Keo', 'Kaev'],
      ['Chamroeun', 'Chamreun'],
      ['Sámnang', 'Samnang'],
      // ញ្ញ romanised letter by letter.
      ['Panha', 'Panhnha'],
    ];
    for (const group of groups) expect(new Set(group.map(latinNameKey)).size, group.join('/')).toBe(1);
  });

  it('keeps common different names apart', () => {
    const distinct = [
      'Sok',
      'Sokha',
      'Sokhom',
      'Sophea',
      'Sopheap',
      'Sopheak',
      'Sophy',
      'Chan',
      'Chanthy',
      'Channa',
    ];
    expect(new Set(distinct.map(latinNameKey)).size).toBe(distinct.length);
    expect(latinNameKey('Dara')).not.toBe(latinNameKey('Dary'));
    expect(latinNameKey('Rith')).not.toBe(latinNameKey('Rithy'));
  });

  it('returns an empty key for text without letters', () => {
    expect(latinNameKey('  123 -- ')).toBe('');
  });

  it('measures collisions on the test-set names', () => {
    const parts: NamePart[] = [...FAMILY_NAMES, ...GIVEN_NAMES];
    let variantPairs = 0;
    let variantHits = 0;
    for (const p of parts) {
      for (let i = 0; i < p.latin.length; i++) {
        for (let j = i + 1; j < p.latin.length; j++) {
          variantPairs++;
          if (latinNameKey(p.latin[i]!) === latinNameKey(p.latin[j]!)) variantHits++;
        }
      }
    }
    // Different Khmer names whose usual spellings share a key. Some share one in real life (សំ and សោម are
    // both "Som"): those count here as collisions too.
    let namePairs = 0;
    let collisions = 0;
    for (const list of [FAMILY_NAMES, GIVEN_NAMES]) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          namePairs++;
          if (latinNameKey(list[i]!.latin[0]!) === latinNameKey(list[j]!.latin[0]!)) collisions++;
        }
      }
    }
    const folded = variantHits / variantPairs;
    const collided = collisions / namePairs;
    console.log(
      `latinNameKey: ${(folded * 100).toFixed(1)} % of ${variantPairs} variant pairs share a key; ` +
        `${collisions} of ${namePairs} pairs of different names collide (${(collided * 100).toFixed(2)} %)`,
    );
    expect(folded).toBeGreaterThan(0.7);
    expect(collided).toBeLessThan(0.01);
  });
});
