import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// A number typed into search may be a list's own row ID (source_id), whichever list it came from: the unique
// (source, source_id) index cannot serve a lookup by source_id alone, so each such search scanned every row.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'create index source_records_source_id_idx on source_records (source_id)');
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'drop index source_records_source_id_idx');
}
