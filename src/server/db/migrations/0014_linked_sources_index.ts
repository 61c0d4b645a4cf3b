import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// The duplicate check reads, for every candidate worker, the source records linked to it (dedup/candidates.ts,
// workerRecords). Most workers have none beyond the row that founded them, so an index of the linked rows alone
// answers with a third of the probes' pages and rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `create index source_records_linked_idx on source_records (worker_id) where link_score is not null;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, `drop index source_records_linked_idx;`);
}
