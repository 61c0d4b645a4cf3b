import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import type { Db } from '../../db/database';
import { createTestDb } from '../../testing/test-db';
import { systemActor } from '../audit/audit.repository';
import { importGazetteer } from './gazetteer-import.service';
import type { ImportProgress } from './import-progress';
import { NCDD_FLAT_CSV, NCDD_XLSX, PUMI } from './reference.test-files';

let handle: DbHandle;
let db: Db;
const actor = systemActor('test');

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

const levelCounts = async () =>
  (
    await db
      .selectFrom('geo_units')
      .select(['level', sql<number>`count(*)::int`.as('n')])
      .where('retired_at', 'is', null)
      .groupBy('level')
      .orderBy('level')
      .execute()
  ).map((r) => r.n);

describe('gazetteer import from the official NCDD workbook', () => {
  it('reads every province sheet, pads the codes and reports progress', async () => {
    const progress: ImportProgress[] = [];
    const started = performance.now();
    const summary = await importGazetteer(db, NCDD_XLSX, { actor, onProgress: (p) => progress.push(p) });
    console.info('NCDD xlsx import ms', Math.round(performance.now() - started));
    expect(summary).toMatchObject({ rows: 16432, inserted: 16432, updated: 0, retired: 0, rejected: 0 });
    expect(await levelCounts()).toEqual([25, 210, 1652, 14570]);
    const district = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '0102')
      .executeTakeFirstOrThrow();
    expect(district).toMatchObject({
      level: 2,
      parent_code: '01',
      name_latin: 'Mongkol Borei',
      type_latin: 'Srok',
    });
    const village = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '01020101')
      .executeTakeFirstOrThrow();
    expect(village).toMatchObject({
      level: 4,
      parent_code: '010201',
      province_code: '01',
      name_latin: 'Ou Thum',
    });
    // Khmer text that straddles two zip chunks must come out whole (see xlsx-utf8-reader.ts).
    const broken = await db
      .selectFrom('geo_units')
      .select('code')
      .where('name_km', 'like', '%\uFFFD%')
      .execute();
    expect(broken).toEqual([]);
    const namTau = await db
      .selectFrom('geo_units')
      .select('name_km')
      .where('code', '=', '010301')
      .executeTakeFirstOrThrow();
    expect(namTau.name_km).toBe('ណាំតៅ');
    const pursatNew = await db
      .selectFrom('geo_units')
      .selectAll()
      .where('code', '=', '1507')
      .executeTakeFirstOrThrow();
    expect(pursatNew.level).toBe(2);
    // Progress: reading then writing, counters only grow, and the last report accounts for every row.
    expect(progress.some((p) => p.phase === 'reading' && p.rowsRead > 0)).toBe(true);
    const processed = progress.map((p) => p.processedRows);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ phase: 'done', totalRows: 16432, processedRows: 16432 });
  });

  it('agrees with the flat CSV of the same edition: re-importing it changes nothing', async () => {
    const summary = await importGazetteer(db, NCDD_FLAT_CSV, { actor });
    expect(summary).toMatchObject({ rows: 16432, inserted: 0, updated: 0, retired: 0, rejected: 0 });
  });

  it('moving to a newer edition leaves exactly its villages active and retires, never deletes, the rest', async () => {
    const summary = await importGazetteer(db, PUMI.villages, { actor });
    expect(summary.rejected).toBe(0);
    expect(summary.inserted).toBeGreaterThan(0);
    expect(summary.updated).toBeGreaterThan(0);
    expect(await levelCounts()).toEqual([25, 210, 1652, 14578]);
    const all = await db
      .selectFrom('geo_units')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('level', '=', 4)
      .executeTakeFirstOrThrow();
    expect(all.n).toBe(14570 + summary.inserted);
    const gone = await db
      .selectFrom('geo_units')
      .select('code')
      .where('level', '=', 4)
      .where('retired_at', 'is not', null)
      .execute();
    expect(gone.length).toBe(summary.retired);
  });
});
