import { sql } from 'kysely';
import type { Conn } from '../../db/database';
import type { WorkerRow } from './workers.table';

export interface WorkerBundle {
  row: WorkerRow;
  phones: string[];
  migrations: Awaited<ReturnType<typeof loadMigrations>>;
  skills: Awaited<ReturnType<typeof loadSkills>>;
  consents: { kind: string; granted: boolean; recorded_at: Date; recorded_by: string | null }[];
  sources: { source: string; source_id: string }[];
}

const loadMigrations = (conn: Conn, id: string) =>
  conn.selectFrom('worker_migrations').selectAll().where('worker_id', '=', id).orderBy('position').execute();
const loadSkills = (conn: Conn, id: string) =>
  conn.selectFrom('worker_skills').selectAll().where('worker_id', '=', id).orderBy('label').execute();

export async function findWorkerRow(conn: Conn, id: string, lock = false): Promise<WorkerRow | undefined> {
  let query = conn.selectFrom('workers').selectAll().where('id', '=', id);
  if (lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** The worker with every child collection; consents as their latest state per kind. */
export async function loadWorkerBundle(conn: Conn, id: string): Promise<WorkerBundle | undefined> {
  const row = await findWorkerRow(conn, id);
  if (!row) return undefined;
  const phones = await conn
    .selectFrom('worker_phones')
    .select('e164')
    .where('worker_id', '=', id)
    .orderBy('position')
    .execute();
  const consents = await conn
    .selectFrom('worker_consents')
    .select(['kind', 'granted', 'recorded_at', 'recorded_by'])
    .distinctOn('kind')
    .where('worker_id', '=', id)
    .orderBy('kind')
    .orderBy('recorded_at', 'desc')
    .orderBy(sql`id`, 'desc')
    .execute();
  const sources = await conn
    .selectFrom('source_records')
    .select(['source', 'source_id'])
    .where('worker_id', '=', id)
    .orderBy('created_at')
    .execute();
  return {
    row,
    phones: phones.map((p) => p.e164),
    migrations: await loadMigrations(conn, id),
    skills: await loadSkills(conn, id),
    consents,
    sources,
  };
}

/** Next registration number of a centre for a year, e.g. PST-2026-000123; the counter row serialises writers. */
export async function nextRegNo(
  conn: Conn,
  centreId: string,
  centreCode: string,
  year: number,
): Promise<string> {
  const row = await conn
    .insertInto('reg_counters')
    .values({ centre_id: centreId, year, last: 1 })
    .onConflict((oc) => oc.columns(['centre_id', 'year']).doUpdateSet({ last: sql`reg_counters.last + 1` }))
    .returning('last')
    .executeTakeFirstOrThrow();
  return `${centreCode}-${year}-${String(row.last).padStart(6, '0')}`;
}

export async function replacePhones(conn: Conn, workerId: string, phones: string[]): Promise<void> {
  await conn.deleteFrom('worker_phones').where('worker_id', '=', workerId).execute();
  if (phones.length) {
    await conn
      .insertInto('worker_phones')
      .values(phones.map((e164, position) => ({ worker_id: workerId, e164, position })))
      .execute();
  }
}
