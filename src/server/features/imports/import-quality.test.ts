/**
 * The duplicate-detection targets, measured through the product's own import path: a generated set of
 * lists (hotline, Telegram, job fair, partner NGO, MRC walk-in; 3,000 rows with the demo generator's variation
 * and look-alikes) imported one after the other with importWorkers, the registry's pairs read back as
 * `homeward dedup pairs` prints them, and scored against the generator's truth by bench/dedup-quality.ts.
 * A change that makes links less precise, loses duplicates or floods the review queue fails here.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupQuality } from '../../../../bench/dedup-quality';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { sourcePairs } from '../dedup/pairs-export';
import { DEMO_FILE_NAMES, WORKER_SOURCES, writeDemoFiles } from '../demo/index';
import { importWorkers } from './import-workers.service';

let t: TestApp;
let quality: ReturnType<typeof dedupQuality>;
let queued: number;

beforeAll(async () => {
  t = await createTestApp();
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-quality-'));
  // Not a seed the weights or thresholds were calibrated on (weights.ts).
  await writeDemoFiles({ out: dir, workers: 3000, employers: 1, vacancies: 0, seed: 7 });
  const pst = await t.db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  const actor = { userId: null, email: 'test', requestId: null };
  for (const source of WORKER_SOURCES) {
    await importWorkers(t.db, path.join(dir, DEMO_FILE_NAMES.workers(source)), {
      source,
      actor,
      defaultCentreId: pst.id,
    });
  }
  const pairs = [];
  for await (const pair of sourcePairs(t.db)) pairs.push(pair);
  quality = dedupQuality(
    readFileSync(path.join(dir, DEMO_FILE_NAMES.truth), 'utf8'),
    stringify(pairs, {
      header: true,
      columns: ['source_a', 'source_id_a', 'source_b', 'source_id_b', 'score', 'decision'],
    }),
  );
  queued = Number(
    (
      await t.db
        .selectFrom('dedup_pairs')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'review')
        .executeTakeFirstOrThrow()
    ).n,
  );
  console.log(JSON.stringify({ ...quality, queued }));
}, 120_000);
afterAll(() => t.close());

describe('duplicate detection through the import of generated lists', () => {
  it('links automatically with at least 99 % precision', () => {
    expect(quality.linkPrecision).toBeGreaterThanOrEqual(0.99);
  });

  it('finds at least 95 % of true duplicate pairs by link or review', () => {
    expect(quality.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the review queue at or below 5 % of records', () => {
    expect(quality.reviewShareOfRecords).toBeLessThanOrEqual(0.05);
    // The bench counts the queue's items from the pairs export; the database holds the same items.
    expect(quality.reviewItems).toBe(queued);
  });
});
