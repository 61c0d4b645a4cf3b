import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../testing/test-db';
import type { DbHandle } from './create-db';
import { currentSchemaVersion, latestSchemaVersion, migrateDownAll, migrateToLatest } from './migrate';

/** Tables, columns, indexes, constraints and triggers of the public schema, in a stable order. */
async function schemaSnapshot(db: Kysely<unknown>) {
  const columns = await sql<Record<string, unknown>>`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = 'public' and table_name not like 'schema_migrations%'
    order by table_name, column_name`.execute(db);
  const indexes = await sql<Record<string, unknown>>`
    select tablename, indexdef from pg_indexes where schemaname = 'public' and tablename not like 'schema_migrations%'
    order by tablename, indexname`.execute(db);
  const constraints = await sql<Record<string, unknown>>`
    select conrelid::regclass::text as tbl, pg_get_constraintdef(oid) as def
    from pg_constraint where connamespace = 'public'::regnamespace order by 1, 2`.execute(db);
  const triggers = await sql<Record<string, unknown>>`
    select event_object_table, trigger_name, event_manipulation from information_schema.triggers
    where trigger_schema = 'public' order by 1, 2, 3`.execute(db);
  return {
    columns: columns.rows,
    indexes: indexes.rows,
    constraints: constraints.rows,
    triggers: triggers.rows,
  };
}

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb({ migrate: false });
});
afterAll(() => handle.close());

describe('migrations', () => {
  it('up, down, up gives the same schema', async () => {
    const db = handle.db as unknown as Kysely<unknown>;
    expect(await migrateToLatest(db)).toContain(latestSchemaVersion());
    const first = await schemaSnapshot(db);
    expect(first.columns.length).toBeGreaterThan(50);
    await migrateDownAll(db);
    const empty = await schemaSnapshot(db);
    expect(empty.columns).toEqual([]);
    expect(await currentSchemaVersion(db)).toBeNull();
    await migrateToLatest(db);
    expect(await schemaSnapshot(db)).toEqual(first);
    expect(await currentSchemaVersion(db)).toBe(latestSchemaVersion());
  });

  it('keeps the audit trail append-only inside the database', async () => {
    const db = handle.db;
    await sql`insert into audit_log (action, entity) values ('create', 'test')`.execute(db);
    await expect(sql`update audit_log set entity = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
  });
});
