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
import { uuidArray } from '../../db/uuid-array';
import { createTestApp, signInAs, type TestApp } from '../../testing/test-app';
import { DEMO_FILE_NAMES, WORKER_SOURCES, writeDemoFiles } from '../demo/index';
import { importWorkers } from '../imports/import-workers.service';
import type { RawRow } from '../imports/row-parser';
import {
  decodeRecords,
  FEATURED_COLUMNS,
  type FeaturedWorker,
  IDENTITY_COLUMNS,
  preparedFromRaw,
  type WorkerIdentity,
  workerRecords,
  workerRecordsDeferred,
} from './candidates';

let t: TestApp;
let dir: string;
const actor = { userId: null, email: 'test', requestId: null };

async function importFile(file: string, source: string): Promise<void> {
  const pst = await t.db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  await importWorkers(t.db, file, { source, actor, defaultCentreId: pst.id });
}

type Stored = WorkerIdentity & { features: string | null; features_row_version: number | null };
const storedWorkers = async (): Promise<Stored[]> =>
  (
    await sql<Stored>`
      select ${IDENTITY_COLUMNS}, features, features_row_version from workers
      where status != 'merged' and features is not null order by id`.execute(t.db)
  ).rows;

const featuredWorkers = async (): Promise<FeaturedWorker[]> =>
  (await sql<FeaturedWorker>`select ${FEATURED_COLUMNS} from workers where status != 'merged'`.execute(t.db))
    .rows;

/** A rollback at the end of `work`, whatever it changed. */
async function thenUndo(work: (trx: typeof t.db) => Promise<void>): Promise<void> {
  const undo = new Error('undo');
  await t.db
    .transaction()
    .execute(async (trx) => {
      await work(trx);
      throw undo;
    })
    .catch((e: unknown) => {
      if (e !== undo) throw e;
    });
}

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(path.join(tmpdir(), 'homeward-features-'));
  await writeDemoFiles({ out: dir, workers: 600, employers: 1, vacancies: 0, seed: 11 });
  for (const source of WORKER_SOURCES)
    await importFile(path.join(dir, DEMO_FILE_NAMES.workers(source)), source);
}, 120_000);
afterAll(() => t.close());

describe('features stored by an import', () => {
  it('of each new worker are what its columns prepare to', async () => {
    const stored = await storedWorkers();
    expect(stored.length).toBeGreaterThan(400);
    // Without their features, workerRecords prepares each from its columns; its own record comes first.
    const fromColumns = await workerRecords(
      t.db,
      stored.map((r) => ({ ...r, features: null })),
      new Map(),
    );
    for (const r of stored) expect(decodeFeatures(r.features)).toEqual(fromColumns.get(r.id)![0]);
  });

  it('give every worker the records preparing its columns and raw rows gives', async () => {
    const workers = await featuredWorkers();
    const decoded = await workerRecords(t.db, workers, new Map());
    expect([...decoded.values()].filter((records) => records.length > 1).length).toBeGreaterThan(50);
    await thenUndo(async (trx) => {
      await sql`update source_records set features = null`.execute(trx);
      await sql`update workers set features = null`.execute(trx);
      const prepared = await workerRecords(
        trx,
        workers.map((w) => ({ ...w, features: null })),
        new Map(),
      );
      expect(prepared).toEqual(decoded);
    });
  });

  it('left as text by an import read, decode to the same records, or are prepared again when they do not', async () => {
    const workers = await featuredWorkers();
    const decoded = await workerRecords(t.db, workers, new Map());
    const stored = await workerRecordsDeferred(t.db, workers, new Map());
    expect([...stored.values()].flat().filter((r) => typeof r === 'string').length).toBeGreaterThan(400);
    expect(await decodeRecords(t.db, workers, stored, new Map())).toEqual(decoded);

    const linked = await t.db
      .selectFrom('source_records')
      .select(['id', 'worker_id'])
      .where('link_score', 'is not', null)
      .where('features', 'is not', null)
      .executeTakeFirstOrThrow();
    const own = workers.find((w) => w.features !== null && w.id !== linked.worker_id)!;
    await thenUndo(async (trx) => {
      // Of the current version by their prefix, but cut short: found out only when decoded.
      await sql`update source_records set features = '[1,"cut' where id = ${linked.id}`.execute(trx);
      const rows = (
        await sql<FeaturedWorker>`
          select ${FEATURED_COLUMNS} from workers where id = any(${uuidArray([own.id, linked.worker_id])})`.execute(
          trx,
        )
      ).rows.map((w) => (w.id === own.id ? { ...w, features: '[1,"cut' } : w));
      const read = await workerRecordsDeferred(trx, rows, new Map());
      expect(read.get(own.id)![0]).toBe('[1,"cut');
      expect(read.get(linked.worker_id)).toContain('[1,"cut');
      const again = await decodeRecords(trx, rows, read, new Map());
      expect(again.get(own.id)).toEqual(decoded.get(own.id));
      expect(again.get(linked.worker_id)).toEqual(decoded.get(linked.worker_id));
    });
  });

  it('are read instead of the columns and the raw row', async () => {
    const [w] = await storedWorkers();
    const linked = await t.db
      .selectFrom('source_records')
      .select(['worker_id', 'features'])
      .where('link_score', 'is not', null)
      .where('features', 'is not', null)
      .executeTakeFirstOrThrow();
    await thenUndo(async (trx) => {
      // Columns and raw rows changed behind the features' back (no version raised): the features still answer.
      await sql`update workers set family_name_latin = 'Zzz', family_name_km = null, full_name = null where id = ${w!.id}`.execute(
        trx,
      );
      await sql`update source_records set data = '{}' where worker_id = ${linked.worker_id}`.execute(trx);
      const read = await sql<FeaturedWorker>`
        select ${FEATURED_COLUMNS} from workers where id = any(${uuidArray([w!.id, linked.worker_id])})`.execute(
        trx,
      );
      const records = await workerRecords(trx, read.rows, new Map());
      expect(records.get(w!.id)![0]).toEqual(decodeFeatures(w!.features));
      expect(records.get(linked.worker_id)).toContainEqual(decodeFeatures(linked.features));
    });
  });

  it('of each source record are what its raw row prepares to, and are written again when it is', async () => {
    const file = path.join(dir, 'partner-x.csv');
    const write = (given: string) =>
      writeFileSync(
        file,
        `source_id,family_name_latin,given_name_latin,sex,age,phone,province_code,registered_on\nx1,Chhorn,${given},F,33,012 555 019,15,2026-03-02\n`,
      );
    write('Sreyleak');
    await importFile(file, 'partner-x');
    write('Sopheap');
    await importFile(file, 'partner-x');
    const rows = await t.db.selectFrom('source_records').select(['source_id', 'data', 'features']).execute();
    expect(rows.filter((r) => r.features).length).toBeGreaterThan(500);
    for (const r of rows.filter((x) => x.features)) {
      expect(decodeFeatures(r.features)).toEqual(preparedFromRaw(r.data as RawRow));
    }
    const updated = rows.find((r) => r.source_id === 'x1')!;
    expect(decodeFeatures(updated.features)!.latin[0]!.givenRaw).toBe('sopheap');
  });

  it('are ignored once the worker has changed, and an edit drops them', async () => {
    const [one, two] = (await storedWorkers()).filter((w) => w.given_name_latin);
    // A version raised by any change leaves the stored features describing an older worker.
    await sql`update workers set given_name_latin = 'Vannak', version = version + 1 where id = ${one!.id}`.execute(
      t.db,
    );
    // Whole rows, as the batch run reads them, bring the stale features along: workerRecords must not trust them.
    const whole = await t.db.selectFrom('workers').selectAll().where('id', '=', one!.id).execute();
    expect(whole[0]!.features).not.toBeNull();
    const records = await workerRecords(t.db, whole, new Map());
    expect(records.get(one!.id)![0]!.latin[0]!.givenRaw).toBe('vannak');

    const admin = (await signInAs(t, 'admin')).client;
    const current = await (await admin.request('GET', `/api/workers/${two!.id}`)).json();
    const res = await admin.request('PATCH', `/api/workers/${two!.id}`, {
      version: current.version,
      givenNameLatin: 'Vuthy',
    });
    expect(res.status).toBe(200);
    const after = await t.db
      .selectFrom('workers')
      .select(['features', 'features_row_version'])
      .where('id', '=', two!.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ features: null, features_row_version: null });
  });
});
