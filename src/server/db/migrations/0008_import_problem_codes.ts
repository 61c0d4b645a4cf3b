import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Why a row was refused or a job stopped, as a code and its values, so the web app can say it in Khmer; the
// English reason/error columns stay for the rejects CSV and the command line.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table import_rejects add column reason_code text;
    alter table import_rejects add column reason_params jsonb;
    alter table import_jobs add column error_code text;
    alter table import_jobs add column error_params jsonb;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table import_jobs drop column error_params;
    alter table import_jobs drop column error_code;
    alter table import_rejects drop column reason_params;
    alter table import_rejects drop column reason_code;
  `,
  );
}
