import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// worker_keys is an index of the workers kept as a table (dedup/blocks.ts): its rows are written in the same
// transaction as the worker or source record they come from, and every reader looks the ids it finds there up
// in workers, where an id with no worker is dropped (dedup/candidates.ts, imports/batch-reads.ts). Its foreign
// key checked every key row against workers one by one, which was half the cost of storing them (about five
// rows per imported row). A statement-level trigger keeps what the key's ON DELETE CASCADE gave: a deleted
// worker's keys go with it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table worker_keys drop constraint worker_keys_worker_id_fkey;
    create function worker_keys_of_deleted() returns trigger language plpgsql as $$
    begin
      delete from worker_keys where worker_id in (select id from deleted_rows);
      return null;
    end $$;
    create trigger worker_keys_delete after delete on workers
      referencing old table as deleted_rows for each statement execute function worker_keys_of_deleted();
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop trigger worker_keys_delete on workers;
    drop function worker_keys_of_deleted();
    delete from worker_keys k where not exists (select 1 from workers w where w.id = k.worker_id);
    alter table worker_keys add constraint worker_keys_worker_id_fkey
      foreign key (worker_id) references workers(id) on delete cascade;
  `,
  );
}
