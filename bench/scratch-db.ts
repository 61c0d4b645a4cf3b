/**
 * A named scratch database on the PostgreSQL server, kept between runs of the stand-alone speed scripts
 * (match-speed.ts, candidate-speed.ts) so their generated data is built once. Migrations added since it was
 * built run on every open.
 */
import pg from 'pg';
import { prepareDatabase } from '../src/server/bootstrap';
import { createDb, type DbHandle } from '../src/server/db/create-db';

export async function scratchDatabase(
  server: string,
  name: string,
): Promise<{ handle: DbHandle; fresh: boolean }> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  // An import holds up to three read snapshots (two read ahead, one being decided) and a write at once, and
  // vacuums beside them.
  const handle = await createDb({ databaseUrl: url.toString(), poolSize: 6 });
  await prepareDatabase(handle.db);
  return { handle, fresh: !exists };
}
