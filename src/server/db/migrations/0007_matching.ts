import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Matching (issue 5): what the fast path needed to pre-select with an index and bound the rest (0012 drops the
// worker keys, now that candidates are scored in memory).
// - Vacancies get their offered wage in US$ a month (generated columns), and a partial index over open
//   vacancies by place, occupation and wage: a worker's groups are read best wage first.
// - Workers who may be shown to employers (active, latest share_with_employers consent granted) get one row of
//   matching features (match_workers) and one key row per occupation code and place of interest
//   (match_worker_keys), kept current by statement-level triggers on the registry tables, so an import pays one
//   set-based refresh per inserted batch, not one per row.
const WAGE = (column: string) => `
  (case when wage_per = 'piece' or ${column} is null then null
        else round(${column} / (case when wage_currency = 'KHR' then 4000 else 1 end)
                   * (case when wage_per = 'day' then 26 else 1 end), 2) end)`;

/** Rewrites the match_workers rows of the workers named (`ids`): only the shareable ones get a row. */
export const REFRESH_WORKER_ROWS = `
      delete from match_workers where worker_id = any(ids);
      insert into match_workers (worker_id, centre_id, sex, date_of_birth, birth_year, has_disability,
                                 province_code, district_code, commune_code, preferences, stays, skills)
      select w.id, w.centre_id, w.sex, w.date_of_birth, w.birth_year, w.has_disability,
             w.province_code, w.district_code, w.commune_code, w.preferences,
             coalesce((select jsonb_agg(jsonb_build_object('isco', m.occupation_isco, 'sector', m.sector,
                                                           'from', m.started_on, 'to', m.ended_on) order by m.position)
                       from worker_migrations m where m.worker_id = w.id), '[]'::jsonb),
             coalesce((select jsonb_agg(jsonb_build_object('label', s.label, 'isco', s.isco_code, 'kind', s.kind))
                       from worker_skills s where s.worker_id = w.id), '[]'::jsonb)
      from workers w
      where w.id = any(ids) and w.status = 'active'
        and coalesce((select c.granted from worker_consents c
                      where c.worker_id = w.id and c.kind = 'share_with_employers'
                      order by c.recorded_at desc, c.id desc limit 1), false);
`;

/** One key row per occupation code and place of interest (dropped by 0012 when the index moved to memory). */
export const WORKER_KEYS_TABLE = `
    create table match_worker_keys (
      isco text not null,
      province_code text not null,
      district_code text,
      commune_code text,
      relocate boolean not null,
      worker_id uuid not null references match_workers(worker_id) on delete cascade
    );
    create index match_worker_keys_place_idx on match_worker_keys (province_code, isco, district_code, commune_code);
    create index match_worker_keys_isco_idx on match_worker_keys (isco, relocate);
    create index match_worker_keys_worker_idx on match_worker_keys (worker_id);
`;

export const REFRESH_WORKER_KEYS = `
      insert into match_worker_keys (isco, province_code, district_code, commune_code, relocate, worker_id)
      select distinct code.isco, place.province_code, place.district_code, place.commune_code,
             coalesce((mw.preferences->>'willingToRelocate')::boolean, false), mw.worker_id
      from match_workers mw
      cross join lateral (
        select array(select distinct x.isco from (
            select jsonb_array_elements(mw.stays)->>'isco' as isco
            union all select jsonb_array_elements_text(coalesce(mw.preferences->'occupations', '[]'::jsonb))
            union all select jsonb_array_elements(mw.skills)->>'isco'
          ) x where x.isco is not null and x.isco <> '') as codes
      ) c
      cross join lateral unnest(case when cardinality(c.codes) = 0 then array[''] else c.codes end) as code(isco)
      cross join lateral (
        select mw.province_code, mw.district_code, mw.commune_code where mw.province_code is not null
        union all
        select p, null, null from jsonb_array_elements_text(coalesce(mw.preferences->'provinces', '[]'::jsonb)) p
        union all
        select '', null, null where mw.province_code is null
          and jsonb_array_length(coalesce(mw.preferences->'provinces', '[]'::jsonb)) = 0
      ) place
      where mw.worker_id = any(ids);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    alter table vacancies add column match_wage_min_usd numeric(12,2) generated always as (${WAGE('wage_min')}) stored;
    alter table vacancies add column match_wage_max_usd numeric(12,2) generated always as (${WAGE('wage_max')}) stored;
    create index vacancies_match_idx on vacancies
      (province_code, occupation_isco, (coalesce(match_wage_max_usd, match_wage_min_usd)) desc nulls last, id)
      where status = 'open';
    create index vacancies_match_isco_idx on vacancies
      (occupation_isco, (coalesce(match_wage_max_usd, match_wage_min_usd)) desc nulls last, id)
      where status = 'open';
    -- An employer's past placements, for the decent-work record every vacancy row carries.
    create index placements_employer_idx on placements (employer_id);

    create table match_workers (
      worker_id uuid primary key references workers(id) on delete cascade,
      centre_id uuid not null,
      sex text,
      date_of_birth date,
      birth_year smallint,
      has_disability boolean,
      province_code text,
      district_code text,
      commune_code text,
      preferences jsonb not null,
      stays jsonb not null,
      skills jsonb not null
    );

    ${WORKER_KEYS_TABLE}
    create function match_refresh_workers(ids uuid[]) returns void language plpgsql as $$
    begin
      ${REFRESH_WORKER_ROWS}
      ${REFRESH_WORKER_KEYS}
    end $$;

    create function match_workers_changed() returns trigger language plpgsql as $$
    begin
      perform match_refresh_workers(array(select distinct id from changed_rows));
      return null;
    end $$;
    create function match_children_changed() returns trigger language plpgsql as $$
    begin
      perform match_refresh_workers(array(select distinct worker_id from changed_rows));
      return null;
    end $$;

    create trigger match_workers_insert after insert on workers
      referencing new table as changed_rows for each statement execute function match_workers_changed();
    create trigger match_workers_update after update on workers
      referencing new table as changed_rows for each statement execute function match_workers_changed();
    create trigger match_migrations_insert after insert on worker_migrations
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_migrations_update after update on worker_migrations
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_migrations_delete after delete on worker_migrations
      referencing old table as changed_rows for each statement execute function match_children_changed();
    create trigger match_skills_insert after insert on worker_skills
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_skills_update after update on worker_skills
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_skills_delete after delete on worker_skills
      referencing old table as changed_rows for each statement execute function match_children_changed();
    create trigger match_consents_insert after insert on worker_consents
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_consents_update after update on worker_consents
      referencing new table as changed_rows for each statement execute function match_children_changed();
    create trigger match_consents_delete after delete on worker_consents
      referencing old table as changed_rows for each statement execute function match_children_changed();

    -- Workers who were already shareable before this migration.
    select match_refresh_workers(array(select id from workers));
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop trigger match_consents_delete on worker_consents;
    drop trigger match_consents_update on worker_consents;
    drop trigger match_consents_insert on worker_consents;
    drop trigger match_skills_delete on worker_skills;
    drop trigger match_skills_update on worker_skills;
    drop trigger match_skills_insert on worker_skills;
    drop trigger match_migrations_delete on worker_migrations;
    drop trigger match_migrations_update on worker_migrations;
    drop trigger match_migrations_insert on worker_migrations;
    drop trigger match_workers_update on workers;
    drop trigger match_workers_insert on workers;
    drop function match_children_changed();
    drop function match_workers_changed();
    drop function match_refresh_workers(uuid[]);
    drop table match_worker_keys;
    drop table match_workers;
    drop index placements_employer_idx;
    drop index vacancies_match_isco_idx;
    drop index vacancies_match_idx;
    alter table vacancies drop column match_wage_max_usd;
    alter table vacancies drop column match_wage_min_usd;
  `,
  );
}
