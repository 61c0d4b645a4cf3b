import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRecord } from '../../../shared/dedup/record';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { keyRowsOf } from '../dedup/blocks';
import { personOf } from '../dedup/candidates';
import { readBatch } from './batch-reads';
import { type PendingBatch, planBatch } from './import-batch';
import { loadImportContext } from './import-context';
import { importWorkers } from './import-workers.service';
import { parseRow, type RawRow } from './row-parser';

let t: TestApp;
const actor = { userId: null, email: 'test', requestId: null };
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const row = (raw: RawRow, rowNumber = 1) => {
  const parsed = parseRow(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { rowNumber, raw, worker: parsed.worker };
};

describe('deciding a batch against batches its snapshot does not hold', () => {
  it('reads a registry worker met only through a key an unseen batch gave it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'homeward-unseen-'));
    const file = path.join(dir, 'one.csv');
    const first = {
      source_id: 'W1',
      family_name_latin: 'Keo',
      given_name_latin: 'Sreymom',
      sex: 'F',
      date_of_birth: '1990-05-01',
      phone: '012 222 333',
      province_code: '15',
      registered_on: '2026-01-10',
    };
    writeFileSync(file, stringify([first], { header: true }));
    await importWorkers(t.db, file, { source: 'unseen-test', actor });
    const worker = await t.db
      .selectFrom('source_records')
      .select('worker_id')
      .where('source', '=', 'unseen-test')
      .executeTakeFirstOrThrow();

    // An unseen batch joined to that worker a row from another province with another phone: its keys,
    // narrowed to that province, are keys the database has never held for the worker.
    const other: RawRow = { ...first, source_id: 'X1', phone: '012 999 888', province_code: '01' };
    const x = row(other);
    const prepared = prepareRecord(personOf(x.worker, x.worker.addressCode));
    const unseen: PendingBatch = {
      keys: new Map(),
      records: new Map([[worker.worker_id, [prepared]]]),
      created: new Set(),
      phones: new Map(),
      sources: new Map([['X1', worker.worker_id]]),
    };
    for (const k of keyRowsOf(worker.worker_id, [{ prepared }])) unseen.keys.set(k.key, [k]);

    const pst = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const ctx = await loadImportContext(t.db, {
      jobId: randomUUID(),
      source: 'unseen-test',
      actor,
      defaultCentreId: pst.id,
    });
    // The same registration again, under a new source id: only the unseen batch's keys lead to the worker.
    const reads = await readBatch(t.db, ctx, [row({ ...other, source_id: 'X2' }, 2)], 0);
    expect(reads.members.size).toBe(0);
    const plan = await planBatch(ctx, reads, [], [unseen]);
    expect(plan.counts).toMatchObject({ linked: 1, rejected: 0 });
    expect(plan.sourceRows[0]!.worker_id).toBe(worker.worker_id);
  });
});
