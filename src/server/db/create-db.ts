import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { ConfigError } from '../errors';
import type { Database, Db } from './database';

export type DbKind = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
}

export interface DbOptions {
  /** A PostgreSQL server; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

/** Databases reached through a pool of connections, which can run two transactions at once (not PGlite). */
const pooled = new WeakSet<Kysely<Database>>();
export const hasConnectionPool = (db: Kysely<Database>): boolean => pooled.has(db);

/** The one place that knows about drivers. */
export async function createDb(options: DbOptions): Promise<DbHandle> {
  return options.databaseUrl
    ? createPostgres(options.databaseUrl, options.poolSize ?? 10)
    : createPglite(options);
}

/**
 * A calendar date (birth, return, registration) has no time zone: both drivers hand it over as 'YYYY-MM-DD'
 * instead of a Date at some midnight, which would shift a day east or west of UTC.
 */
const DATE_OID = 1082;
const dateAsText = (v: string) => v;

async function createPostgres(url: string, max: number): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: 5000,
    // JIT compiles plans for queries the planner thinks are big; for this application's short queries it
    // only adds hundreds of milliseconds (measured on phone search in docs/benchmarks.md).
    options: '-c jit=off',
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID ? dateAsText : pg.types.getTypeParser(oid, format),
    } as typeof pg.types,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new ConfigError(`Cannot reach the PostgreSQL server at ${describeUrl(url)}: ${reason(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  pooled.add(db);
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function createPglite(options: DbOptions): Promise<DbHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) ensureWritableDir(dataDir);
  let pglite: PGlite;
  try {
    // pg_trgm ships inside the PGlite package (no download), as it does with PostgreSQL's contrib.
    // PGlite ignores the options argument when the directory argument is undefined, so pass one object.
    const dir = dataDir.startsWith('memory://') ? {} : { dataDir: path.resolve(dataDir) };
    pglite = new PGlite({ ...dir, extensions: { pg_trgm }, parsers: { [DATE_OID]: dateAsText } });
    await pglite.waitReady;
  } catch (error) {
    throw new ConfigError(`Cannot open the embedded database in ${dataDir}: ${reason(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', close: () => db.destroy() };
}

function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ConfigError(
      `The data directory ${dir} cannot be created or written to (set HOMEWARD_DATA_DIR)`,
    );
  }
}

/** Host, port and database only: the URL's password must never reach a log or a terminal. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(an unparsable DATABASE_URL)';
  }
}

function reason(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: string; message?: string };
    if (e.code === 'ECONNREFUSED') return 'connection refused';
    if (e.code === 'ENOTFOUND') return 'host not found';
    if (e.code === '3D000') return 'database does not exist';
    if (e.code === '28P01' || e.code === '28000') return 'authentication failed';
    if (e.message) return e.message.split('\n')[0] ?? 'unknown error';
  }
  return 'unknown error';
}

export async function pingDb(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
