import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// A worker's matching row (match_workers) is rewritten by statement triggers on workers, their stays and their
// skills. An import batch inserts all three for the same new workers, so the refresh ran three times a batch,
// each time reading every new worker with its consents (an imported worker has no consent to share yet, so
// the refresh writes no row for it, but it must look). A transaction that sets homeward.match_refresh to
// 'deferred' (set_config, local to it) skips the triggers' refresh and calls match_refresh_workers itself, once,
// for the workers it wrote (imports/import-writes.ts). Every other writer is unchanged.
const SKIP = `if current_setting('homeward.match_refresh', true) = 'deferred' then return null; end if;`;

/** The two trigger functions of 0007, each led by `skip` (up: SKIP; down: nothing, as 0007 wrote them). */
const triggerFunctions = (skip: string) =>
  [
    ['match_workers_changed', 'id'],
    ['match_children_changed', 'worker_id'],
  ]
    .map(
      ([name, column]) => `
    create or replace function ${name}() returns trigger language plpgsql as $$
    begin
      ${skip}
      perform match_refresh_workers(array(select distinct ${column} from changed_rows));
      return null;
    end $$;`,
    )
    .join('\n');

export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(db, triggerFunctions(SKIP));
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, triggerFunctions(''));
}
