import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../server/db/create-db';
import { writeDemoFiles } from '../server/features/demo';
import { repoRoot } from '../server/start';
import { createScratchDatabase } from '../server/testing/test-db';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin/homeward.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'homeward-crash-'));
let env: NodeJS.ProcessEnv;
let dropDb: (() => Promise<void>) | null = null;
let file: string;

beforeAll(async () => {
  env = { ...process.env, HOMEWARD_DATA_DIR: path.join(work, 'db'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    env.DATABASE_URL = scratch.url;
    dropDb = scratch.drop;
  }
  await writeDemoFiles({
    out: path.join(work, 'demo'),
    workers: 12_000,
    employers: 1,
    vacancies: 1,
    seed: 11,
  });
  file = path.join(work, 'demo', 'workers-telegram_qr.csv');
}, 120_000);
afterAll(async () => {
  await dropDb?.();
  rmSync(work, { recursive: true, force: true });
});

const args = () => [
  bin,
  'workers',
  'import',
  file,
  '--source',
  'telegram_qr',
  '--centre',
  'PST',
  '--log-progress',
];

describe('a registry import killed in the middle', () => {
  it('finishes on the next run with no lost and no doubled rows', async () => {
    const child = spawn('node', args(), { env });
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/committed (\d+) rows/g)) committed = Number(m[1]);
        // Killed hard (no cleanup) once some batches are in and the rest are not.
        if (committed >= 2000 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.once('exit', () => resolve());
      child.once('error', reject);
    });
    const fileRows = parse(readFileSync(file), { columns: true }) as { source_id: string }[];
    expect(committed).toBeGreaterThanOrEqual(2000);
    expect(committed).toBeLessThan(fileRows.length);

    const { stdout } = await run('node', args(), { env, timeout: 300_000 });
    const summary = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(summary.rows).toBe(fileRows.length);
    expect(summary.created + summary.linked + summary.review + summary.updated + summary.rejected).toBe(
      fileRows.length,
    );

    const handle = await createDb({
      databaseUrl: env.DATABASE_URL || undefined,
      dataDir: env.HOMEWARD_DATA_DIR,
    });
    try {
      const stored = await handle.db
        .selectFrom('source_records')
        .select('source_id')
        .where('source', '=', 'telegram_qr')
        .execute();
      const rejected = await handle.db.selectFrom('import_rejects').select('source_id').execute();
      const ids = new Set(fileRows.map((r) => r.source_id));
      const kept = new Set([...stored.map((s) => s.source_id), ...rejected.map((r) => r.source_id ?? '')]);
      // Nothing lost: every source id of the file is stored or rejected; nothing doubled: one row per id.
      expect([...ids].filter((id) => !kept.has(id))).toEqual([]);
      expect(stored.length).toBe(new Set(stored.map((s) => s.source_id)).size);
      const jobs = await handle.db
        .selectFrom('import_jobs')
        .selectAll()
        .where('kind', '=', 'workers')
        .execute();
      expect(jobs).toHaveLength(1);
      expect(jobs[0]).toMatchObject({ status: 'succeeded', processed_rows: fileRows.length });
    } finally {
      await handle.close();
    }
  }, 300_000);
});
