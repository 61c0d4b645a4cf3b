import { describe, expect, it } from 'vitest';
import { blockingKeysPrepared } from './blocking';
import { comparePrepared, scorePrepared } from './compare';
import { buildNameFrequencies } from './frequencies';
import { frequencyKeys, prepareRecord } from './record';
import { generateTestSet } from './testset/generate';

describe('scorePrepared', () => {
  const { records } = generateTestSet({ seed: 5, households: 1500 });
  const prepared = records.map((r) => prepareRecord(r));
  const ctx = {
    names: buildNameFrequencies(prepared.map(frequencyKeys)),
    registrySize: 50_000,
    phoneHolders: (e164: string) => 2 + (e164.charCodeAt(e164.length - 1) % 5),
  };

  it('scores every candidate pair as comparePrepared does, to the last bit, without the reasons', () => {
    const seen = new Map<string, number[]>();
    let pairs = 0;
    const decisions = new Set<string>();
    prepared.forEach((p, i) => {
      for (const key of blockingKeysPrepared(p)) {
        const list = seen.get(key) ?? [];
        for (const j of list.slice(0, 30)) {
          const full = comparePrepared(p, prepared[j]!, ctx);
          const lean = scorePrepared(p, prepared[j]!, ctx);
          const { reasons, ...rest } = full;
          expect(lean, `records ${i} and ${j}`).toEqual({ ...rest, reasons: [] });
          // The reasons still explain the whole evidence.
          const sum = reasons.reduce((s, r) => s + r.weight, 0);
          expect(Math.abs(sum - full.evidence)).toBeLessThan(0.01 * (reasons.length + 1));
          decisions.add(`${full.decision}/${full.conflict}`);
          pairs++;
        }
        list.push(i);
        seen.set(key, list);
      }
    });
    expect(pairs).toBeGreaterThan(5_000);
    // Links, reviews and distinct pairs, with and without a conflict, all went through the check.
    expect(decisions.size).toBeGreaterThanOrEqual(4);
  });
});
