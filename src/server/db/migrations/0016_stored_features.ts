import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Each record's prepared comparison features, as shared/dedup/features.ts encodes them: an import reads every
// worker of a common name's block again and again, and decoding them costs a fraction of preparing them anew.
// A worker's features hold while features_row_version, the version they were made at, is still its version
// (an edit, a merge or a transfer raises it); a source record's are those of its data. Nullable: records
// stored before, or by other paths, are prepared as before.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table workers add column features text, add column features_row_version int;
     alter table source_records add column features text;`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table workers drop column features, drop column features_row_version;
     alter table source_records drop column features;`,
  );
}
