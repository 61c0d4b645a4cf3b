import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { prepareDatabase } from '../../server/bootstrap';
import { currentSchemaVersion, latestSchemaVersion } from '../../server/db/migrate';
import { withDb } from '../run';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Database maintenance');
  db.command('migrate')
    .description('Apply pending migrations and load the reference data that ships with Homeward')
    .action(async () => {
      await withDb(
        async (handle) => {
          const applied = await prepareDatabase(handle.db);
          console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date');
        },
        { migrate: false },
      );
    });
  db.command('status')
    .description('Show the database kind and schema version')
    .action(async () => {
      await withDb(
        async (handle) => {
          const current = await currentSchemaVersion(handle.db as unknown as Kysely<unknown>);
          console.log(`database: ${handle.kind}`);
          console.log(`schema: ${current ?? 'empty'} (latest ${latestSchemaVersion()})`);
        },
        { migrate: false },
      );
    });
}
