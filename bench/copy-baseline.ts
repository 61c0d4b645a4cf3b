/**
 * The physical limit of loading: the same channel files copied by the database's own COPY into a plain table
 * (text columns, no index, no constraint), timed the same way as the import. PostgreSQL reads them through
 * `COPY ... FROM STDIN` (pg-copy-streams); PGlite through `COPY ... FROM '/dev/blob'` in a child process with
 * a fresh data directory of its own, since a PGlite directory can be opened by one instance only.
 */
import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DEMO_FILE_NAMES, WORKER_SOURCES } from '../src/server/features/demo/index';
import { BASELINE_TABLE, baselineCopySql, baselineTableSql } from './copy-sql';
import { repoRoot } from './generate-data';

export interface CopyBaseline {
  method: string;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export const channelFiles = (dataDir: string) =>
  WORKER_SOURCES.map((s) => path.join(dataDir, DEMO_FILE_NAMES.workers(s)));

export async function copyBaselinePostgres(url: string, dataDir: string): Promise<CopyBaseline> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(baselineTableSql);
    const started = performance.now();
    let rows = 0;
    for (const file of channelFiles(dataDir)) {
      const copy = client.query(copyFrom(baselineCopySql('stdin')));
      await pipeline(createReadStream(file), copy);
      rows += copy.rowCount ?? 0;
    }
    const seconds = (performance.now() - started) / 1000;
    return {
      method: 'PostgreSQL COPY FROM STDIN (pg-copy-streams) into a plain table',
      rows,
      seconds,
      rowsPerSecond: rows / seconds,
    };
  } finally {
    // Dropped at once, so it neither counts in the database size nor lingers if the run fails later.
    await client.query(`drop table if exists ${BASELINE_TABLE}`).catch(() => {});
    await client.end();
  }
}

const run = promisify(execFile);
const child = fileURLToPath(new URL('./pglite-copy.child.ts', import.meta.url));

export async function copyBaselinePglite(workDir: string, dataDir: string): Promise<CopyBaseline> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', child, path.join(workDir, 'pglite-copy'), ...channelFiles(dataDir)],
    { cwd: repoRoot, maxBuffer: 1024 * 1024 },
  );
  const { rows, seconds } = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
    rows: number;
    seconds: number;
  };
  return {
    method: "PGlite COPY FROM '/dev/blob' into a plain table (fresh data directory, own process)",
    rows,
    seconds,
    rowsPerSecond: rows / seconds,
  };
}
