import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../server/start';
import { createScratchDatabase } from '../server/testing/test-db';

const run = promisify(execFile);
const bin = path.join(repoRoot, 'bin/homeward.mjs');

let dataDir: string;
let env: NodeJS.ProcessEnv;
let dropDb: (() => Promise<void>) | null = null;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'homeward-cli-'));
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

async function homeward(args: string[], extraEnv: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run('node', [bin, ...args], {
      env: { ...env, ...extraEnv },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A failure must be one readable line: no stack frames. */
function expectOneLineError(result: { code: number; stderr: string }, pattern: RegExp) {
  expect(result.code).not.toBe(0);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

// Each command is a real process that opens the database: allow for a slow, busy machine.
describe('homeward CLI', { timeout: 180_000 }, () => {
  it('prints help for every command group', async () => {
    for (const args of [['--help'], ['db', '--help'], ['users', '--help'], ['serve', '--help']]) {
      const r = await homeward(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: homeward/);
    }
  });

  it('migrates, then manages users', async () => {
    expect((await homeward(['db', 'migrate'])).code).toBe(0);
    const add = await homeward([
      'users',
      'add',
      '--email',
      'dara@mrc.kh',
      '--name',
      'Dara',
      '--role',
      'counsellor',
      '--centre',
      'pst',
    ]);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Password \(shown only now\): \S{20}/);
    const list = JSON.parse((await homeward(['users', 'list', '--json'])).stdout);
    expect(list).toEqual([
      expect.objectContaining({ email: 'dara@mrc.kh', role: 'counsellor', centres: ['PST'] }),
    ]);
    expect((await homeward(['users', 'disable', 'dara@mrc.kh'])).code).toBe(0);
    expect(JSON.parse((await homeward(['users', 'list', '--json'])).stdout)).toEqual([]);
    expect((await homeward(['users', 'enable', 'dara@mrc.kh'])).code).toBe(0);
    const reset = await homeward([
      'users',
      'reset-password',
      'dara@mrc.kh',
      '--password',
      'another long one',
    ]);
    expect(reset.stdout).toMatch(/Password reset/);
    const status = await homeward(['db', 'status']);
    expect(status.stdout).toMatch(/schema: (\S+) \(latest \1\)/);
  });

  it('imports the gazetteer and ISCO-08, ending with one JSON summary line', async () => {
    const shared = path.resolve(repoRoot, '../shared/data');
    const geo = await homeward([
      'reference',
      'import',
      'gazetteer',
      `${shared}/gazetteer/cambodia_districts_pumi.csv`,
    ]);
    expect(geo.code).toBe(0);
    expect(JSON.parse(geo.stdout.trim())).toMatchObject({ rows: 210, rejected: 0 });
    const isco = await homeward(['reference', 'import', 'isco', `${shared}/isco08/isco08_structure.csv`]);
    expect(JSON.parse(isco.stdout.trim())).toMatchObject({ rows: 619, inserted: 619 });
    expectOneLineError(
      await homeward(['reference', 'import', 'isco', bin]),
      /not an ISCO-08|not a|unsupported/i,
    );
  });

  it('explains bad input in one line', async () => {
    expectOneLineError(
      await homeward([
        'users',
        'add',
        '--email',
        'x@y.kh',
        '--name',
        'X',
        '--role',
        'counsellor',
        '--centre',
        'ZZZ',
      ]),
      /Unknown centre code: ZZZ/,
    );
    expectOneLineError(await homeward(['users', 'disable', 'nobody@y.kh']), /No user with the email/);
    expectOneLineError(
      await homeward([
        'users',
        'add',
        '--email',
        'bad',
        '--name',
        'X',
        '--role',
        'viewer',
        '--password',
        'short',
      ]),
      /not valid/,
    );
  });

  it('ends with one clear line on an unreachable DATABASE_URL', async () => {
    const r = await homeward(['db', 'migrate'], {
      DATABASE_URL: 'postgres://user:hunter2secret@127.0.0.1:1/nowhere',
    });
    expectOneLineError(r, /Cannot reach the PostgreSQL server at 127\.0\.0\.1:1\/nowhere/);
    expect(r.stderr).not.toContain('hunter2secret');
  });

  it('ends with one clear line on an unwritable data directory', async () => {
    // Below a regular file, so no directory can be made there even by root.
    const r = await homeward(['db', 'migrate'], { DATABASE_URL: '', HOMEWARD_DATA_DIR: `${bin}/data` });
    expectOneLineError(r, /data directory .* cannot be created or written/);
  });

  it('ends with one clear line when the port is in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '0.0.0.0', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const r = await homeward(['serve', '--port', String(port)]);
      expectOneLineError(r, new RegExp(`Port ${port} is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('serve starts, prints the URL and answers health with the database kind', async () => {
    const child = spawn('node', [bin, 'serve', '--port', '0'], { env: { ...env, HOST: '127.0.0.1' } });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = out.match(/running at (http:\/\/\S+)/);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health.database.kind).toBe(env.DATABASE_URL ? 'postgres' : 'pglite');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
