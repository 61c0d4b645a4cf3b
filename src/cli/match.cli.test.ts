/** `homeward match` as a user runs it: generated employers, vacancies and workers imported, then ranked. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../server/db/create-db';
import { repoRoot } from '../server/start';
import { createScratchDatabase } from '../server/testing/test-db';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin/homeward.mjs');
let dir: string;
let env: NodeJS.ProcessEnv;
let dropDb: (() => Promise<void>) | null = null;

async function homeward(args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], { env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The database the CLI uses, opened between two commands (PGlite allows one process at a time). */
async function withCliDb(fn: (db: Awaited<ReturnType<typeof createDb>>['db']) => Promise<void>) {
  const handle = await createDb({
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.join(dir, 'db'),
  });
  try {
    await fn(handle.db);
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'homeward-match-'));
  env = { ...process.env, HOMEWARD_DATA_DIR: path.join(dir, 'db'), LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    env.DATABASE_URL = scratch.url;
    dropDb = scratch.drop;
  }
  const data = path.join(dir, 'data');
  const steps = [
    [
      'demo',
      'generate',
      '--workers',
      '400',
      '--employers',
      '40',
      '--vacancies',
      '300',
      '--seed',
      '5',
      '--out',
      data,
    ],
    ['employers', 'import', path.join(data, 'employers.csv'), '--source', 'demo'],
    ['vacancies', 'import', path.join(data, 'vacancies.csv'), '--source', 'demo'],
    ['workers', 'import', path.join(data, 'workers-job_fair.csv'), '--source', 'job_fair'],
  ];
  for (const args of steps) {
    const r = await homeward(args);
    if (r.code !== 0) throw new Error(`homeward ${args.slice(0, 2).join(' ')} failed: ${r.stderr}`);
  }
  // Consent is recorded with the worker in person, never imported: record it for every imported worker.
  await withCliDb(async (db) => {
    await sql`insert into worker_consents (worker_id, kind, granted)
              select id, 'share_with_employers', true from workers`.execute(db);
  });
}, 600_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropDb?.();
});

describe('homeward match', { timeout: 180_000 }, () => {
  it('ranks vacancies for a worker named by its source id, as JSON', async () => {
    let sourceId = '';
    await withCliDb(async (db) => {
      const row = await db
        .selectFrom('source_records')
        .select('source_id')
        .where('source', '=', 'job_fair')
        .orderBy('source_id')
        .executeTakeFirstOrThrow();
      sourceId = row.source_id;
    });
    const r = await homeward(['match', '--worker', sourceId, '--limit', '5', '--json']);
    expect(r.stderr).toBe('');
    const body = JSON.parse(r.stdout);
    expect(body.sourceId).toBe(sourceId);
    expect(body.results.length).toBeGreaterThan(0);
    expect(body.results.length).toBeLessThanOrEqual(5);
    const scores = body.results.map((x: { score: number }) => x.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const first = body.results[0];
    expect(Object.keys(first).slice(0, 4)).toEqual(['vacancyId', 'sourceId', 'score', 'reasons']);
    expect(first.sourceId).toMatch(/^VAC-/);
    expect(
      first.reasons.some((x: { kind: string; text: { km: string } }) => x.kind === 'filter' && x.text.km),
    ).toBe(true);
  });

  it('ranks consenting candidates for a vacancy named by its source id', async () => {
    let vacancy = '';
    await withCliDb(async (db) => {
      const row = await db
        .selectFrom('vacancies')
        .select('source_id')
        .where('status', '=', 'open')
        .where('closes_on', '>=', new Date().toISOString().slice(0, 10))
        .where('min_age', '<=', 18)
        .orderBy('source_id')
        .executeTakeFirstOrThrow();
      vacancy = row.source_id!;
    });
    const r = await homeward(['match', '--vacancy', vacancy, '--json']);
    expect(r.code).toBe(0);
    const body = JSON.parse(r.stdout);
    expect(body.sourceId).toBe(vacancy);
    expect(body.results.length).toBeGreaterThan(0);
    expect(Object.keys(body.results[0]).slice(0, 4)).toEqual(['workerId', 'sourceId', 'score', 'reasons']);
  });

  it('refuses an unknown id and a call with both or neither side in one line', async () => {
    for (const args of [['--worker', 'NOPE-1'], ['--worker', 'a', '--vacancy', 'b'], []]) {
      const r = await homeward(['match', ...args, '--json']);
      expect(r.code).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
