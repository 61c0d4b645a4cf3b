import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import type { Db } from '../../db/database';
import { createTestDb } from '../../testing/test-db';
import { systemActor } from '../audit/audit.repository';
import { importIsco } from './isco-import.service';
import { ISCO_STRUCTURE, PUMI, scratchFile } from './reference.test-files';

let handle: DbHandle;
let db: Db;
const actor = systemActor('test');

beforeAll(async () => {
  handle = await createTestDb();
  db = handle.db;
});
afterAll(() => handle.close());

describe('ISCO-08 import', () => {
  it('loads the 619 groups at the right levels with their parents', async () => {
    const summary = await importIsco(db, ISCO_STRUCTURE, { actor });
    expect(summary).toMatchObject({ rows: 619, inserted: 619, updated: 0, rejected: 0 });
    const levels = await db
      .selectFrom('isco_groups')
      .select(['level', sql<number>`count(*)::int`.as('n')])
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(levels.map((l) => l.n)).toEqual([10, 43, 130, 436]);
    const labourers = await db
      .selectFrom('isco_groups')
      .selectAll()
      .where('code', '=', '9313')
      .executeTakeFirstOrThrow();
    expect(labourers).toEqual({
      code: '9313',
      level: 4,
      parent_code: '931',
      title_en: 'Building construction labourers',
      title_km: null,
    });
    // Quoted titles with commas survive: "Gardeners, horticultural and nursery growers".
    const gardeners = await db
      .selectFrom('isco_groups')
      .select('title_en')
      .where('code', '=', '6113')
      .executeTakeFirstOrThrow();
    expect(gardeners.title_en).toBe('Gardeners, horticultural and nursery growers');
    const orphans = await db
      .selectFrom('isco_groups as g')
      .leftJoin('isco_groups as p', 'p.code', 'g.parent_code')
      .select('g.code')
      .where('g.level', '>', 1)
      .where('p.code', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
  });

  it('gives every curated occupation an ISCO-08 unit group', async () => {
    const missing = await db
      .selectFrom('occupations as o')
      .leftJoin('isco_groups as g', (j) => j.onRef('g.code', '=', 'o.isco_code').on('g.level', '=', 4))
      .select('o.id')
      .where('g.code', 'is', null)
      .execute();
    expect(missing).toEqual([]);
  });

  it('re-imports without changes, updates a changed title and keeps Khmer titles', async () => {
    await db.updateTable('isco_groups').set({ title_km: 'កម្មករសំណង់' }).where('code', '=', '9313').execute();
    expect(await importIsco(db, ISCO_STRUCTURE, { actor })).toMatchObject({
      inserted: 0,
      updated: 0,
      rejected: 0,
    });
    const edited = readFileSync(ISCO_STRUCTURE, 'utf8').replace(
      '9313,4,unit,931,Building construction labourers',
      '9313,4,unit,931,Building construction labourers (renamed)',
    );
    const summary = await importIsco(db, scratchFile('isco.csv', edited), { actor });
    expect(summary).toMatchObject({ rows: 619, inserted: 0, updated: 1 });
    const row = await db
      .selectFrom('isco_groups')
      .selectAll()
      .where('code', '=', '9313')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      title_en: 'Building construction labourers (renamed)',
      title_km: 'កម្មករសំណង់',
    });
  });

  it('rejects bad rows with reasons and refuses a file of the wrong kind', async () => {
    const file = scratchFile(
      'isco.csv',
      [
        'code,level,level_name,parent_code,title_en',
        '9999,4,unit,999,Orphan group',
        'X1,1,major,,Bad code',
        '93,3,minor,9,Wrong level',
        '9314,4,unit,931,',
        '9315,4,unit,931,New group',
      ].join('\n'),
    );
    const summary = await importIsco(db, file, { actor });
    expect(summary).toMatchObject({ rows: 5, inserted: 1, rejected: 4 });
    expect(summary.rejects).toEqual([
      {
        row: 3,
        reason: 'code "X1" is not an ISCO-08 code',
        code: 'REJECT_BAD_ISCO',
        params: { column: 'code', value: 'X1' },
      },
      {
        row: 4,
        reason: 'level 3 does not match the 2-digit code 93',
        code: 'REJECT_LEVEL_DIGITS_MISMATCH',
        params: { value: '3', digits: 2, code: '93' },
      },
      { row: 5, reason: 'missing title', code: 'REJECT_MISSING_TITLE' },
      {
        row: 2,
        reason: 'its parent group 999 is not in the file',
        code: 'REJECT_PARENT_NOT_IN_FILE',
        params: { parent: '999' },
      },
    ]);
    await expect(importIsco(db, PUMI.districts, { actor })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('not an ISCO-08 structure file'),
      problem: { code: 'JOB_NOT_ISCO', params: { missing: 'title_en / title / preferred_label' } },
    });
  });
});
