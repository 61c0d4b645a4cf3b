import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BLOCK_SIZE } from '../../../shared/dedup/blocking';
import { prepareRecord } from '../../../shared/dedup/record';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { readBatch } from '../imports/batch-reads';
import { loadImportContext } from '../imports/import-context';
import { parseRow, type RawRow } from '../imports/row-parser';
import { type BlockQuery, blockQueries, storeKeys } from './blocks';
import { personOf } from './candidates';
import { OverLimitBlocks } from './over-limit';

const block = (bornFrom: number, bornTo: number, over: Partial<BlockQuery> = {}): BlockQuery => ({
  id: `n:sok|dara ${bornFrom}-${bornTo}`,
  key: 'n:sok|dara',
  sexes: ['M', ''],
  provinces: ['15', ''],
  bornFrom,
  bornTo,
  limit: MAX_BLOCK_SIZE,
  ...over,
});

describe('blocks remembered past their limit', () => {
  it('knows a block holding one found past its limit, and no other', () => {
    const over = new OverLimitBlocks();
    expect(over.has(block(1988, 1992))).toBe(false);
    over.add(block(1988, 1992));
    expect(over.has(block(1988, 1992))).toBe(true);
    expect(over.has(block(1980, 1995))).toBe(true);
    expect(over.has(block(1989, 1992))).toBe(false);
    expect(over.has(block(1990, 1999))).toBe(false);
    expect(over.has(block(1988, 1992, { key: 'n:sok|dany' }))).toBe(false);
    expect(over.has(block(1988, 1992, { sexes: ['F', ''] }))).toBe(false);
    expect(over.has(block(1988, 1992, { provinces: ['22', ''] }))).toBe(false);
    expect(over.has(block(1988, 1992, { limit: 50 }))).toBe(false);
  });

  it('keeps the narrowest spans: a narrower one makes a wider one it lies in redundant', () => {
    const over = new OverLimitBlocks();
    over.add(block(1980, 1995));
    over.add(block(1988, 1992));
    expect(over.has(block(1985, 1993))).toBe(true);
    over.add(block(1970, 2000));
    expect(over.has(block(1985, 1993))).toBe(true);
  });
});

describe('an import does not read again a block it found past its limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers from memory what the database no longer says, and a new import reads it again', async () => {
    const raw: RawRow = {
      source_id: 'OVER-1',
      family_name_latin: 'Crowded',
      given_name_latin: 'Name',
      sex: 'M',
      date_of_birth: '1990-05-01',
      province_code: '15',
      registered_on: '2026-01-10',
    };
    const parsed = parseRow(raw);
    if (!parsed.ok) throw new Error(parsed.reason);
    const q = blockQueries(prepareRecord(personOf(parsed.worker, parsed.worker.addressCode))).find((b) =>
      b.key.startsWith('n:'),
    )!;
    const crowd = Array.from({ length: q.limit + 1 }, () => ({
      key: q.key,
      worker_id: randomUUID(),
      sex: 'M' as const,
      province: '15',
      born_from: 1990,
      born_to: 1990,
    }));
    await storeKeys(t.db, crowd);
    const pst = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const context = () =>
      loadImportContext(t.db, {
        jobId: randomUUID(),
        source: 'over-limit-test',
        actor: { userId: null, email: 'test', requestId: null },
        defaultCentreId: pst.id,
      });
    const rows = () => {
      const p = parseRow(raw);
      if (!p.ok) throw new Error(p.reason);
      return [{ rowNumber: 1, raw, worker: p.worker }];
    };
    const ctx = await context();
    expect((await readBatch(t.db, ctx, rows(), 0)).overLimit.has(q.id)).toBe(true);
    expect(ctx.overLimit.has(q)).toBe(true);

    // With the crowd gone from the database, the import still skips the block; a new import reads it.
    await t.db
      .deleteFrom('worker_keys')
      .where(
        'worker_id',
        'in',
        crowd.map((c) => c.worker_id),
      )
      .execute();
    expect((await readBatch(t.db, ctx, rows(), 0)).overLimit.has(q.id)).toBe(true);
    const fresh = await readBatch(t.db, await context(), rows(), 0);
    expect(fresh.overLimit.has(q.id)).toBe(false);
  });
});
