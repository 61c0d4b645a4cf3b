import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';
import { REFRESH_WORKER_KEYS, REFRESH_WORKER_ROWS, WORKER_KEYS_TABLE } from './0007_matching';

// A vacancy's candidates are now scored in memory (matching/worker-index.ts), which reads match_workers alone:
// the key rows of 0007, which only served the SQL group search, go, and with them three indexes every import
// and every profile edit had to keep up.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create or replace function match_refresh_workers(ids uuid[]) returns void language plpgsql as $$
    begin
      ${REFRESH_WORKER_ROWS}
    end $$;
    drop table match_worker_keys;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    ${WORKER_KEYS_TABLE}
    create or replace function match_refresh_workers(ids uuid[]) returns void language plpgsql as $$
    begin
      ${REFRESH_WORKER_ROWS}
      ${REFRESH_WORKER_KEYS}
    end $$;
    select match_refresh_workers(array(select worker_id from match_workers));
  `,
  );
}
