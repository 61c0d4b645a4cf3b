import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FILE_NAMES } from '../server/features/demo/columns';
import { repoRoot } from '../server/start';
import { createScratchDatabase } from '../server/testing/test-db';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin/homeward.mjs');
let dataDir: string;
let env: NodeJS.ProcessEnv;
let dropDb: (() => Promise<void>) | null = null;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'homeward-jobs-cli-'));
  env = { ...process.env, HOMEWARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: '' };
  if (process.env.TEST_DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL);
    env.DATABASE_URL = scratch.url;
    dropDb = scratch.drop;
  }
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await dropDb?.();
});

const homeward = async (args: string[]) => run('node', [bin, ...args], { env, timeout: 120_000 });
const lastJson = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1)!);

describe('homeward employers/vacancies import', () => {
  it('loads the generated demo files with zero rejects; a second run changes nothing', async () => {
    const out = path.join(dataDir, 'demo');
    await homeward([
      'demo',
      'generate',
      '--workers',
      '20',
      '--employers',
      '40',
      '--vacancies',
      '150',
      '--out',
      out,
    ]);
    const employers = lastJson(
      (await homeward(['employers', 'import', path.join(out, DEMO_FILE_NAMES.employers)])).stdout,
    );
    expect(employers).toMatchObject({ source: 'import', rows: 40, created: 40, rejected: 0 });
    const file = path.join(out, DEMO_FILE_NAMES.vacancies);
    const first = lastJson((await homeward(['vacancies', 'import', file])).stdout);
    expect(first).toMatchObject({ rows: 150, created: 150, rejected: 0 });
    const again = lastJson((await homeward(['vacancies', 'import', file])).stdout);
    expect(again).toMatchObject({ rows: 150, created: 0, updated: 0, unchanged: 150, rejected: 0 });
  }, 240_000);
});
