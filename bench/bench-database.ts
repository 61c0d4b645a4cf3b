/**
 * A fresh, empty database for one run: a new database on the PostgreSQL server (dropped at the end), or a new
 * PGlite data directory in the run's temporary folder. Never an existing one, so figures are never skewed by
 * rows or caches of an earlier run, and a run never touches somebody's data.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { DbKind } from '../src/server/db/create-db';
import type { Db } from '../src/server/db/database';
import type { BenchDb } from './options';

export interface BenchDatabase {
  kind: BenchDb;
  /** The scratch database's URL (postgres), for the server and for COPY's own connection. */
  url: string | undefined;
  /** PGlite's data directory, or (postgres) the server's directory for uploads. */
  dataDir: string;
  /** Name shown in the report: never the URL, which may carry a password. */
  label: string;
  drop(): Promise<void>;
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(
  kind: BenchDb,
  serverUrl: string,
  workDir: string,
): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dataDir = path.join(workDir, 'pglite');
    return {
      kind,
      url: undefined,
      dataDir,
      label: 'PGlite (temporary data directory)',
      drop: async () => {},
    };
  }
  const name = `homeward_bench_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    kind,
    url: url.toString(),
    dataDir: path.join(workDir, 'server-data'),
    label: `PostgreSQL ${url.hostname}:${url.port || '5432'}/${name} (dropped after the run)`,
    drop: () => adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  };
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? directoryBytes(full) : statSync(full).size;
  }
  return total;
}

/** pg_database_size on the server; on PGlite the bytes its data directory holds on disk. */
export async function databaseBytes(db: Db, kind: DbKind, dataDir: string): Promise<number> {
  if (kind === 'pglite') {
    // A checkpoint first, so what the write-ahead log still holds is in the table files it describes.
    await sql`checkpoint`.execute(db);
    return directoryBytes(dataDir);
  }
  const row = await sql<{ n: string }>`select pg_database_size(current_database())::text as n`.execute(db);
  return Number(row.rows[0]?.n ?? 0);
}

/** The server settings that govern a bulk load's checkpoints and cache, as "name value" pairs. */
export async function serverSettings(db: Db): Promise<string> {
  const row = await sql<{ v: string }>`
    select 'shared_buffers ' || current_setting('shared_buffers') || ', max_wal_size ' ||
      current_setting('max_wal_size') || ', checkpoint_timeout ' || current_setting('checkpoint_timeout') as v`.execute(
    db,
  );
  return row.rows[0]?.v ?? 'unknown';
}

export async function serverVersion(db: Db): Promise<string> {
  const row = await sql<{ v: string }>`select current_setting('server_version') as v`.execute(db);
  return row.rows[0]?.v ?? 'unknown';
}
