import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Matching keeps the open vacancies and the shareable workers in memory (matching/vacancy-index.ts,
// worker-index.ts): every change that can move a score or a filter is logged, so each server process catches up
// on what changed since its last search instead of reloading everything. Statement-level triggers log one row
// per vacancy, employer or worker touched by a statement, so an import costs one insert per batch, not per row.
// Workers have a log of their own: each log is read from its last sequence number, and numbers taken by the
// other kind would look like the gaps a late commit leaves.
const EVENTS = ['insert', 'update', 'delete'];
const WATCHED: { table: string; kind: 'vacancy' | 'employer'; column: string; events: string[] }[] = [
  { table: 'vacancies', kind: 'vacancy', column: 'id', events: EVENTS },
  // Congestion: active referrals count against a vacancy's places.
  { table: 'job_referrals', kind: 'vacancy', column: 'vacancy_id', events: EVENTS },
  // NSSF registration and the record of past placements weigh in every vacancy of the employer.
  { table: 'employers', kind: 'employer', column: 'id', events: ['update'] },
  { table: 'placements', kind: 'employer', column: 'employer_id', events: EVENTS },
];

const triggerName = (table: string, event: string) => `match_log_${table}_${event}`;
/** Transition tables allow one event per trigger: one trigger per event. */
const statementTriggers = (table: string, events: readonly string[], call: string) =>
  events.map(
    (event) => `create trigger ${triggerName(table, event)} after ${event} on ${table}
      referencing ${event === 'delete' ? 'old' : 'new'} table as changed_rows
      for each statement execute function ${call};`,
  );

export async function up(db: Kysely<unknown>): Promise<void> {
  const triggers = WATCHED.flatMap((w) =>
    statementTriggers(w.table, w.events, `match_log_changes('${w.kind}', '${w.column}')`),
  );
  const followUps = statementTriggers('placement_follow_ups', EVENTS, 'match_log_follow_ups()');
  const workerTriggers = statementTriggers('match_workers', EVENTS, 'match_log_workers()');
  await execScript(
    db,
    `
    create table match_changes (
      seq bigint generated always as identity primary key,
      kind text not null check (kind in ('vacancy', 'employer')),
      ref uuid not null,
      at timestamptz not null default now()
    );
    create index match_changes_at_idx on match_changes (at);

    create function match_log_changes() returns trigger language plpgsql as $$
    begin
      execute format('insert into match_changes (kind, ref) select distinct %L::text, %I from changed_rows
                      where %I is not null', tg_argv[0], tg_argv[1], tg_argv[1]);
      return null;
    end $$;
    -- A follow-up's verdict changes its employer's record of decent placements.
    create function match_log_follow_ups() returns trigger language plpgsql as $$
    begin
      insert into match_changes (kind, ref)
      select distinct 'employer', p.employer_id from changed_rows f join placements p on p.id = f.placement_id
      where p.employer_id is not null;
      return null;
    end $$;
    ${triggers.join('\n')}
    ${followUps.join('\n')}

    -- match_workers is rewritten (delete, insert) by match_refresh_workers whenever a worker's features change.
    create table match_worker_changes (
      seq bigint generated always as identity primary key,
      kind text not null default 'worker' check (kind = 'worker'),
      ref uuid not null,
      at timestamptz not null default now()
    );
    create index match_worker_changes_at_idx on match_worker_changes (at);
    create function match_log_workers() returns trigger language plpgsql as $$
    begin
      insert into match_worker_changes (ref) select distinct worker_id from changed_rows;
      return null;
    end $$;
    ${workerTriggers.join('\n')}
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const drops = [
    ...WATCHED,
    { table: 'placement_follow_ups', events: EVENTS },
    { table: 'match_workers', events: EVENTS },
  ].flatMap((w) => w.events.map((event) => `drop trigger ${triggerName(w.table, event)} on ${w.table};`));
  await execScript(
    db,
    `
    ${drops.join('\n')}
    drop function match_log_workers();
    drop table match_worker_changes;
    drop function match_log_follow_ups();
    drop function match_log_changes();
    drop table match_changes;
  `,
  );
}
