import { type Kysely, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations/index';

const migrator = (db: Kysely<unknown>) =>
  new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const cause = result.error instanceof Error ? result.error.message : String(result.error);
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${cause}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

/** Rolls every migration back. Used by the schema round-trip test and `homeward db reset`. */
export async function migrateDownAll(db: Kysely<unknown>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return check(await migrator(db).migrateTo(NO_MIGRATIONS));
}

export const latestSchemaVersion = (): string => Object.keys(migrations).sort().at(-1) ?? 'none';

export async function currentSchemaVersion(db: Kysely<unknown>): Promise<string | null> {
  const list = await migrator(db).getMigrations();
  return list.filter((m) => m.executedAt).at(-1)?.name ?? null;
}
