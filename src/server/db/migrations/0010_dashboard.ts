import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// The headline dashboard counts people by period over the whole registry: each table gets an index on its date
// that carries the columns the counts read, so a national period is an index-only range scan, not a table scan.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create index workers_dashboard_idx on workers (registered_on) include (centre_id, sex, province_code)
      where status <> 'merged';
    -- Activity rows lead to their person (the survivor of a merge) with its sex and province without the table.
    create index workers_person_idx on workers (id) include (merged_into, sex, province_code);
    create index service_contacts_date_idx on service_contacts (contact_date) include (worker_id, centre_id);
    create index job_referrals_created_idx on job_referrals (created_at) include (worker_id, centre_id, status);
    create index placements_started_idx on placements (started_on) include (worker_id, centre_id, ended_on);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop index placements_started_idx;
    drop index job_referrals_created_idx;
    drop index service_contacts_date_idx;
    drop index workers_person_idx;
    drop index workers_dashboard_idx;
  `,
  );
}
