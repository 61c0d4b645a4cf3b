import { describe, expect, it } from 'vitest';
import { resolveBatch } from './batch';
import { blockingKeysPrepared } from './blocking';
import { estimateMatchRate } from './prior';
import { type PersonRecord, prepareRecord } from './record';

const person = (over: Partial<PersonRecord>): PersonRecord => ({
  sex: 'F',
  age: 30,
  asOf: '2025-10-01',
  ...over,
});
const fresh = (over: Partial<PersonRecord>) => {
  const prepared = prepareRecord(person(over));
  return { prepared, keys: blockingKeysPrepared(prepared) };
};
/** A registry of workers, each with its records, indexed by blocking key as worker_keys is. */
function registry(workers: Record<string, Partial<PersonRecord>[]>) {
  const byKey = new Map<string, { id: string; records: ReturnType<typeof prepareRecord>[] }[]>();
  for (const [id, records] of Object.entries(workers)) {
    const w = { id, records: records.map((r) => prepareRecord(person(r))) };
    for (const key of new Set(w.records.flatMap((r) => blockingKeysPrepared(r)))) {
      byKey.set(key, [...(byKey.get(key) ?? []), w]);
    }
  }
  return byKey;
}
const options = { registryWorkers: 5000, matchRate: { rate: 0.3, weight: 50 } };

describe('resolveBatch', () => {
  it('compares a new row with every record of a worker', () => {
    // The worker came as a Khmer-only hotline entry, then a Latin-only job-fair row with a new phone.
    const workers = registry({
      w1: [
        { fullName: 'ហេង សុភាព', phones: ['+85512345678'] },
        { familyLatin: 'Heng', givenLatin: 'Sopheap', phones: ['+85597111222'], placeCode: '02030405' },
      ],
    });
    const r = resolveBatch(
      [fresh({ fullName: 'HENG Sopheap', phones: ['+85597111222'], placeCode: '02030405' })],
      workers,
      {},
      options,
    );
    expect(r.placements[0]!.joins).toEqual({ worker: 'w1' });
  });

  it('makes one new worker of the rows of one person in one batch', () => {
    const r = resolveBatch(
      [
        fresh({ familyLatin: 'Chan', givenLatin: 'Dara', sex: 'M', phones: ['+85512000111'] }),
        fresh({ fullName: 'ចាន់ ដារា', sex: 'M', phones: ['+85512000111'] }),
        fresh({ fullName: 'Dara CHANN', sex: 'M', phones: ['+85512000111'] }),
      ],
      new Map(),
      {},
      options,
    );
    expect(r.placements.map((p) => p.joins)).toEqual([{ founder: 0 }, { founder: 0 }, { founder: 0 }]);
  });

  it('compares a new row only with the earlier rows the caller names as its peers, when it names them', () => {
    const rows = [
      fresh({ familyLatin: 'Chan', givenLatin: 'Dara', sex: 'M', phones: ['+85512000111'] }),
      fresh({ fullName: 'ចាន់ ដារា', sex: 'M', phones: ['+85512000111'] }),
    ];
    const apart = resolveBatch(
      rows.map((r) => ({ ...r, peers: [] })),
      new Map(),
      {},
      options,
    );
    expect(apart.placements.map((p) => p.joins)).toEqual([{ founder: 0 }, { founder: 1 }]);
    expect(apart.comparisons).toBe(0);
    const together = resolveBatch(
      rows.map((r, i) => ({ ...r, peers: i === 0 ? [] : [0] })),
      new Map(),
      {},
      options,
    );
    expect(together.placements.map((p) => p.joins)).toEqual([{ founder: 0 }, { founder: 0 }]);
  });

  it('never merges two registry workers: a row linking both sends them to review', () => {
    const one = { familyLatin: 'Keo', givenLatin: 'Sokha', phones: ['+85512000111'], placeCode: '02030405' };
    const workers = registry({ w1: [one], w2: [{ ...one, phones: ['+85597000222'] }] });
    const r = resolveBatch(
      [fresh({ ...one, phones: ['+85512000111', '+85597000222'], dateOfBirth: '1995-03-04', age: null })],
      workers,
      {},
      options,
    );
    expect(r.placements[0]!.joins).toHaveProperty('worker');
    expect(r.reviews).toHaveLength(1);
    expect([r.reviews[0]!.a, r.reviews[0]!.b]).toEqual(
      expect.arrayContaining([{ worker: 'w1' }, { worker: 'w2' }]),
    );
  });
});

describe('estimateMatchRate', () => {
  it('finds the share of records that match, from the evidence alone', () => {
    // Half the records have one candidate with overwhelming evidence, the rest only strangers.
    const evidence = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? [40, -10] : [-10, -12]));
    expect(estimateMatchRate(evidence, 10_000).rate).toBeCloseTo(0.5, 1);
    const none = Array.from({ length: 1000 }, () => [-10]);
    expect(estimateMatchRate(none, 10_000).rate).toBeLessThan(0.01);
  });

  it('leans on what it believed before when the batch is tiny', () => {
    expect(estimateMatchRate([[-10]], 10_000, { rate: 0.4, weight: 500 }).rate).toBeGreaterThan(0.3);
  });
});
