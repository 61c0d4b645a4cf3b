/**
 * Throughput of the pure core on this machine, printed for the benchmark notes. The bounds asserted are far
 * below what it does, so that a busy CI machine does not fail: they only catch an accidental slowdown of an
 * order of magnitude (a regular expression compiled per call, a quadratic loop).
 */
import { describe, expect, it } from 'vitest';
import { blockingKeysPrepared } from './blocking';
import { comparePrepared } from './compare';
import { buildNameFrequencies } from './frequencies';
import { frequencyKeys, prepareRecord } from './record';
import { generateTestSet } from './testset/generate';

const perSecond = (count: number, ms: number): number => Math.round((count / ms) * 1000);

describe('throughput', () => {
  const { records } = generateTestSet({ seed: 7, households: 3000 });

  it('prepares records and computes blocking keys fast enough for a million-row import', () => {
    let start = performance.now();
    const prepared = records.map((r) => prepareRecord(r));
    const prepare = perSecond(records.length, performance.now() - start);
    start = performance.now();
    let keys = 0;
    for (const p of prepared) keys += blockingKeysPrepared(p).length;
    const blocking = perSecond(records.length, performance.now() - start);
    console.log(`prepareRecord: ${prepare} records/s; blockingKeys: ${blocking} records/s (${keys} keys)`);
    expect(prepare).toBeGreaterThan(2_000);
    expect(blocking).toBeGreaterThan(10_000);
  });

  it('compares candidate pairs fast enough for a million-record batch run', () => {
    const prepared = records.map((r) => prepareRecord(r));
    const ctx = { names: buildNameFrequencies(prepared.map(frequencyKeys)), registrySize: 1_000_000 };
    const start = performance.now();
    let pairs = 0;
    for (let i = 0; i + 1 < prepared.length; i++) {
      comparePrepared(prepared[i]!, prepared[i + 1]!, ctx);
      comparePrepared(prepared[i]!, prepared[(i * 7919) % prepared.length]!, ctx);
      pairs += 2;
    }
    const rate = perSecond(pairs, performance.now() - start);
    console.log(`comparePrepared: ${rate} pairs/s`);
    expect(rate).toBeGreaterThan(5_000);
  });
});
