/**
 * The features an import stores with each worker and source record (shared/dedup/features.ts) stand in for
 * preparing them again: they must be exactly what the columns or the raw row prepare to, and be ignored once
 * the worker has changed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeFeatures } from '../../../shared/dedup/features';
import { prepareRecord } from '../../../shared/dedup/record';
import type { DbHandle } from '../../db/create-db';
import { uuidArray } from '../../db/uuid-array';
import { createTestDb } from '../../testing/test-db';
import { DEMO_FILE_NAMES, WORKER_SOURCES, writeDemoFiles } from '../demo/index';
import { importWorkers } from '../imports/import-workers.service';
import { parseRow, type RawRow } from '../imports/row-parser';
import {
  FEATURED_COLUMNS,
  type FeaturedWorker,
  IDENTITY_COLUMNS,
  personOf,
  type WorkerIdentity,
  workerRecords,
} from './candidates';

let h: DbHandle;
let dir: string;
const actor = { userId: null, email: 'test', requestId: null };

async function importFile(file: string, source: string): Promise<void> {
  const pst = await h.db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  await importWorkers(h.db, file, { source, actor, defaultCentreId: pst.id });
}

beforeAll(async () => {
  h = await createTestDb();
  dir = mkdtempSync(path.join(tmpdir(), 'homeward-features-'));
  await writeDemoFiles({ out: dir, workers: 600, employers: 1, vacancies: 0, seed: 11 });
  for (const source of WORKER_SOURCES)
    await importFile(path.join(dir, DEMO_FILE_NAMES.workers(source)), source);
}, 120_000);
afterAll(() => h.close());

describe('features stored by an import', () => {
  it('of each new worker are what its columns prepare to', async () => {
    const rows = (
      await sql<WorkerIdentity>`select ${IDENTITY_COLUMNS} from workers where status != 'merged'`.execute(
        h.db,
      )
    ).rows;
    const stored = rows.filter((r) => r.features);
    expect(stored.length).toBeGreaterThan(400);
    // Without their features, workerRecords prepares each from its columns; its own record comes first.
    const fromColumns = await workerRecords(
      h.db,
      stored.map((r) => ({ ...r, features: null })),
      new Map(),
    );
    for (const r of stored) expect(decodeFeatures(r.features)).toEqual(fromColumns.get(r.id)![0]);
  });

  it('of each source record are what its raw row prepares to, and are written again when it is', async () => {
    const file = path.join(dir, 'partner-x.csv');
    const write = (given: string) =>
      writeFileSync(
        file,
        `source_id,family_name_latin,given_name_latin,sex,age,phone,province_code\nx1,Chhorn,${given},F,33,012 555 019,15\n`,
      );
    write('Sreyleak');
    await importFile(file, 'partner-x');
    write('Sopheap');
    await importFile(file, 'partner-x');
    const rows = await h.db.selectFrom('source_records').select(['source_id', 'data', 'features']).execute();
    expect(rows.filter((r) => r.features).length).toBeGreaterThan(500);
    for (const r of rows.filter((x) => x.features)) {
      const parsed = parseRow(r.data as RawRow);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(decodeFeatures(r.features)).toEqual(
        prepareRecord(personOf(parsed.worker, parsed.worker.addressCode)),
      );
    }
    const updated = rows.find((r) => r.source_id === 'x1')!;
    expect(decodeFeatures(updated.features)!.latin[0]!.givenRaw).toBe('sopheap');
  });

  it('are ignored once the worker has changed', async () => {
    const one = await h.db
      .selectFrom('workers')
      .select(['id', 'given_name_latin'])
      .where('features', 'is not', null)
      .where('given_name_latin', 'is not', null)
      .executeTakeFirstOrThrow();
    // Any change raises the version (an edit, a merge): the stored features no longer describe the worker.
    await sql`update workers set given_name_latin = 'Vannak', version = version + 1 where id = ${one.id}`.execute(
      h.db,
    );
    const read = await sql<FeaturedWorker>`
      select ${FEATURED_COLUMNS} from workers where id = any(${uuidArray([one.id])})`.execute(h.db);
    expect(read.rows[0]!.features).toBeNull();
    const records = await workerRecords(h.db, read.rows, new Map());
    expect(records.get(one.id)![0]!.latin[0]!.givenRaw).toBe('vannak');
  });
});
