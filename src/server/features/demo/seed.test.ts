import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';
import { systemActor } from '../audit/audit.repository';
import { seedDemo } from './seed';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe('demo seed', () => {
  it('loads the gazetteer and every channel’s list through the importers', { timeout: 180_000 }, async () => {
    const pst = await handle.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const summary = await seedDemo(handle.db, {
      workers: 300,
      seed: 3,
      actor: systemActor('test'),
      defaultCentreId: pst.id,
    });
    expect(summary.gazetteerLoaded).toBe(true);
    expect(summary.workers.map((w) => w.source)).toEqual([
      'hotline_1297',
      'telegram_qr',
      'job_fair',
      'partner_list',
      'walk_in',
    ]);
    const rows = summary.workers.reduce((n, w) => n + w.rows, 0);
    expect(rows).toBe(300);
    const sources = await handle.db
      .selectFrom('source_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(sources.n)).toBe(300);
    const linked = summary.workers.reduce((n, w) => n + w.linked, 0);
    expect(linked).toBeGreaterThan(0);
    const villages = await handle.db
      .selectFrom('workers')
      .select('village_code')
      .where('village_code', 'is not', null)
      .limit(1)
      .execute();
    expect(villages).toHaveLength(1);
  });
});
