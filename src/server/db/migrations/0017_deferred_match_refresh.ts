import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// A worker's matching row (match_workers) is rewritten by statement triggers on workers, their stays and their
// skills. An import batch inserts all three for the same new workers, so the refresh ran three times a batch,
// each time reading every new worker with its consents (an imported worker has no consent to share yet, so
// the refresh writes no row for it, but it must look). A transaction that sets homeward.match_refresh to
// 'deferred' (set_config, local to it) skips the triggers' refresh and calls match_refresh_workers itself, once,
// for the workers it wrote (imports/import-writes.ts). Every other writer is unchanged.
const SKIP = `if current_setting('homeward.match_refresh', true) = 'deferred' then return null; end if;`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create or replace function match_workers_changed() returns trigger language plpgsql as $$
    begin
      ${SKIP}
      perform match_refresh_workers(array(select distinct id from changed_rows));
      return null;
    end $$;
    create or replace function match_children_changed() returns trigger language plpgsql as $$
    begin
      ${SKIP}
      perform match_refresh_workers(array(select distinct worker_id from changed_rows));
      return null;
    end $$;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create or replace function match_workers_changed() returns trigger language plpgsql as $$
    begin
      perform match_refresh_workers(array(select distinct id from changed_rows));
      return null;
    end $$;
    create or replace function match_children_changed() returns trigger language plpgsql as $$
    begin
      perform match_refresh_workers(array(select distinct worker_id from changed_rows));
      return null;
    end $$;
  `,
  );
}
