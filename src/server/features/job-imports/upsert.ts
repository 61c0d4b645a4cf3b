import { sql } from 'kysely';
import type { Conn } from '../../db/database';

/**
 * Inserts rows or updates the row with the same (source, source_id), but only when a value changed: an
 * unchanged row keeps its version. Returns how many were created, updated and left as they were.
 */
export async function upsertBySource(
  trx: Conn,
  table: 'employers' | 'vacancies',
  rows: Record<string, unknown>[],
  updatable: string[],
): Promise<{ created: number; updated: number; unchanged: number; ids: Map<string, string> }> {
  if (!rows.length) return { created: 0, updated: 0, unchanged: 0, ids: new Map() };
  const result = await trx
    .insertInto(table)
    .values(rows as never)
    .onConflict((oc) =>
      oc
        .columns(['source', 'source_id'])
        .doUpdateSet(
          Object.fromEntries([
            ...updatable.map((c) => [c, sql.ref(`excluded.${c}`)]),
            ['version', sql`${sql.table(table)}.version + 1`],
            ['updated_at', sql`now()`],
          ]) as never,
        )
        .where(
          sql<boolean>`(${sql.join(updatable.map((c) => sql.ref(`${table}.${c}`)))}) is distinct from (${sql.join(
            updatable.map((c) => sql.ref(`excluded.${c}`)),
          )})`,
        ),
    )
    .returning(['id', 'source_id', sql<boolean>`(xmax = 0)`.as('inserted')] as never)
    .execute();
  const returned = result as unknown as { id: string; source_id: string; inserted: boolean }[];
  const created = returned.filter((r) => r.inserted).length;
  return {
    created,
    updated: returned.length - created,
    unchanged: rows.length - returned.length,
    ids: new Map(returned.map((r) => [r.source_id, r.id])),
  };
}
