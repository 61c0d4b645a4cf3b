import { describe, expect, it } from 'vitest';
import { blockingKeysPrepared } from './blocking';
import { compareNameOrders, compareNames } from './compare-names';
import { prepareRecord } from './record';
import { generateTestSet } from './testset/generate';

describe('remembered name comparisons', () => {
  const { records } = generateTestSet({ seed: 11, households: 1500 });
  const prepared = records.map((r) => prepareRecord(r));
  // Pairs sharing a blocking key, the pairs the import compares: the same names meet many times.
  const pairs: [number, number][] = [];
  const byKey = new Map<string, number[]>();
  prepared.forEach((p, i) => {
    for (const k of blockingKeysPrepared(p)) {
      const list = byKey.get(k) ?? [];
      for (const j of list.slice(0, 20)) pairs.push([i, j], [j, i]);
      list.push(i);
      byKey.set(k, list);
    }
  });

  it('gives what comparing afresh gives, for every candidate pair, seen first or again', () => {
    expect(pairs.length).toBeGreaterThan(10_000);
    for (const round of [0, 1]) {
      for (const [i, j] of pairs) {
        const a = prepared[i]!;
        const b = prepared[j]!;
        const got = compareNames(a, b);
        expect(got, `round ${round}, records ${i} and ${j}`).toEqual(compareNameOrders(a, b));
      }
    }
  });

  it('tells apart records whose names differ only in which column holds them', () => {
    const split = prepareRecord({ familyLatin: 'Sok', givenLatin: 'Dara' });
    const full = prepareRecord({ fullName: 'Sok Dara' });
    const swapped = prepareRecord({ familyLatin: 'Dara', givenLatin: 'Sok' });
    expect(compareNames(split, swapped)).toEqual(compareNameOrders(split, swapped));
    expect(compareNames(full, swapped)).toEqual(compareNameOrders(full, swapped));
    expect(compareNames(split, full)).toEqual(compareNameOrders(split, full));
    // The same letters cut elsewhere are another name, not a remembered one.
    const cut = prepareRecord({ familyLatin: 'So', givenLatin: 'kDara' });
    expect(compareNames(split, split)[0]!.family.level).toBe('agree');
    expect(compareNames(cut, split)[0]!.family.level).not.toBe('agree');
  });

  it('compares records built by hand, which carry no signature, afresh', () => {
    const a = { ...prepareRecord({ familyLatin: 'Sok', givenLatin: 'Dara' }) };
    const b = { ...prepareRecord({ familyLatin: 'Sok', givenLatin: 'Dora' }) };
    expect(compareNames(a, b)).toEqual(compareNameOrders(a, b));
  });
});
