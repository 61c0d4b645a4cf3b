import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// How sure the import was when it attached a source record to an existing worker: reported by `dedup pairs`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'alter table source_records add column link_score real');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'alter table source_records drop column link_score');
}
