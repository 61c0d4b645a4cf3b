import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { DEMO_FILE_NAMES, writeDemoFiles } from '../demo/index';
import { importWorkers } from './import-workers.service';

let t: TestApp;
let file: string;
const actor = { userId: null, email: 'test', requestId: null };
beforeAll(async () => {
  t = await createTestApp();
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-resume-'));
  await writeDemoFiles({ out: dir, workers: 600, employers: 1, vacancies: 0, seed: 5 });
  file = path.join(dir, DEMO_FILE_NAMES.workers('telegram_qr'));
});
afterAll(() => t.close());

describe('an import stopped inside a sorted chunk', () => {
  it('resumes after the rows it committed, in the same order, with no row lost or counted twice', async () => {
    const pst = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    const options = { source: 'telegram_qr', actor, defaultCentreId: pst.id, batchSize: 25, chunkRows: 70 };
    let stoppedAt = 0;
    await expect(
      importWorkers(t.db, file, {
        ...options,
        onProgress: (p) => {
          // Stops once a checkpoint falls inside a chunk (after a later chunk's first batches).
          if (p.processedRows > 100 && p.processedRows % 70 !== 0 && stoppedAt === 0) {
            stoppedAt = p.processedRows;
            throw new Error('stopped');
          }
        },
      }),
    ).rejects.toThrow('stopped');
    expect(stoppedAt % 70).not.toBe(0);
    const committed = await t.db
      .selectFrom('source_records')
      .select('source_id')
      .where('source', '=', 'telegram_qr')
      .execute();
    const stopped = await t.db
      .selectFrom('import_jobs')
      .select(['checkpoint_row', 'status', 'options'])
      .executeTakeFirstOrThrow();
    expect(stopped).toMatchObject({
      checkpoint_row: stoppedAt,
      status: 'failed',
      options: { chunkRows: 70 },
    });
    const rejectedBefore = await t.db.selectFrom('import_rejects').select('source_id').execute();
    expect(committed.length + rejectedBefore.length).toBe(stoppedAt);
    // The rows committed are whole chunks and the first rows of the next one in sorted order, not the file's
    // first rows: some come from past the checkpoint, and some rows before it are not in yet.
    const fileIds = (parse(readFileSync(file), { columns: true }) as { source_id: string }[]).map(
      (r) => r.source_id,
    );
    const before = new Set(fileIds.slice(0, stoppedAt));
    const inChunk = new Set(fileIds.slice(70, 140));
    const ids = [...committed.map((c) => c.source_id), ...rejectedBefore.map((r) => r.source_id ?? '')];
    expect(ids.filter((id) => !before.has(id)).length).toBeGreaterThan(0);
    expect(ids.every((id) => before.has(id) || inChunk.has(id))).toBe(true);
    for (const id of fileIds.slice(0, 70)) expect(ids).toContain(id);

    // Run again with another chunk size asked for: the job keeps the one it began with.
    const summary = await importWorkers(t.db, file, { ...options, chunkRows: 1000 });
    const stored = await t.db
      .selectFrom('source_records')
      .select('source_id')
      .where('source', '=', 'telegram_qr')
      .execute();
    const rejects = await t.db.selectFrom('import_rejects').select('source_id').execute();
    expect(summary.created + summary.linked + summary.review + summary.updated + summary.rejected).toBe(
      summary.rows,
    );
    expect(summary.updated).toBe(0);
    expect(stored.length + rejects.length).toBe(summary.rows);
    expect(new Set(stored.map((s) => s.source_id)).size).toBe(stored.length);
    for (const c of committed) expect(stored.map((s) => s.source_id)).toContain(c.source_id);
    const jobs = await t.db.selectFrom('import_jobs').select(['status', 'processed_rows']).execute();
    expect(jobs).toEqual([{ status: 'succeeded', processed_rows: summary.rows }]);
  }, 120_000);
});
