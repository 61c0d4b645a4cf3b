import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// The returnee registry: one row per person, every imported row kept as a source record linked to one worker.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create extension if not exists pg_trgm;

    create table reg_counters (
      centre_id uuid not null references centres(id),
      year integer not null,
      last integer not null default 0,
      primary key (centre_id, year)
    );

    create table workers (
      id uuid primary key default gen_random_uuid(),
      reg_no text not null unique,
      centre_id uuid not null references centres(id),
      status text not null default 'active' check (status in ('active','inactive','merged')),
      merged_into uuid references workers(id),
      family_name_km text,
      given_name_km text,
      family_name_latin text,
      given_name_latin text,
      full_name text,
      display_name text not null,
      name_tokens text[] not null default '{}',
      name_search text not null default '',
      sex text check (sex in ('female','male','other')),
      date_of_birth date,
      birth_year smallint check (birth_year between 1900 and 2100),
      birth_precision text check (birth_precision in ('date','year','age')),
      national_id text,
      passport_no text,
      thai_documents jsonb not null default '[]',
      address_code text,
      province_code text,
      district_code text,
      commune_code text,
      village_code text,
      address_detail text,
      household jsonb,
      disability jsonb,
      has_disability boolean,
      education text,
      literacy jsonb,
      languages text[] not null default '{}',
      return_date date,
      return_crossing text,
      return_reason text,
      last_country text,
      last_sector text,
      preferences jsonb not null default '{}',
      registration_channel text not null,
      registered_on date not null default current_date,
      flags text[] not null default '{}',
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index workers_centre_idx on workers (centre_id, registered_on desc);
    create index workers_tokens_idx on workers using gin (name_tokens);
    create index workers_name_trgm_idx on workers using gin (name_search gin_trgm_ops);
    create index workers_national_id_idx on workers (national_id) where national_id is not null;
    create index workers_passport_idx on workers (passport_no) where passport_no is not null;
    create index workers_address_idx on workers (province_code, district_code, commune_code);
    create index workers_merged_idx on workers (merged_into) where merged_into is not null;

    -- Blocking keys for duplicate detection (phonetic names, phones, IDs): one row per key and worker, so a
    -- block's size is an index count and candidates are an index lookup.
    create table worker_keys (
      key text not null,
      worker_id uuid not null references workers(id) on delete cascade,
      primary key (key, worker_id)
    );
    create index worker_keys_worker_idx on worker_keys (worker_id);

    -- How many workers carry each family and given name key: a shared rare name is stronger evidence.
    create table name_counts (
      part text not null check (part in ('family','given')),
      key text not null,
      n integer not null,
      primary key (part, key)
    );

    create table worker_phones (
      worker_id uuid not null references workers(id) on delete cascade,
      e164 text not null,
      position smallint not null default 0,
      primary key (worker_id, e164)
    );
    create index worker_phones_e164_idx on worker_phones (e164);

    create table worker_migrations (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id) on delete cascade,
      country text not null,
      sector text,
      occupation_isco text,
      employer text,
      started_on date,
      ended_on date,
      monthly_wage numeric(12,2),
      wage_currency text check (wage_currency in ('THB','USD','KHR')),
      documented boolean,
      recruitment_channel text,
      debt_amount numeric(12,2),
      debt_currency text check (debt_currency in ('THB','USD','KHR')),
      position smallint not null default 0
    );
    create index worker_migrations_worker_idx on worker_migrations (worker_id);

    create table worker_skills (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id) on delete cascade,
      label text not null,
      isco_code text,
      kind text not null check (kind in ('self_declared','trained','certified')),
      cqf_level smallint
    );
    create index worker_skills_worker_idx on worker_skills (worker_id);

    create table worker_consents (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id) on delete cascade,
      kind text not null check (kind in ('data_processing','contact_phone','contact_sms','contact_telegram','share_with_employers')),
      granted boolean not null,
      recorded_at timestamptz not null default now(),
      recorded_by uuid references users(id)
    );
    create index worker_consents_worker_idx on worker_consents (worker_id, kind, recorded_at desc);

    create table source_records (
      id uuid primary key default gen_random_uuid(),
      source text not null,
      source_id text not null,
      worker_id uuid not null references workers(id),
      data jsonb not null,
      import_job_id uuid references import_jobs(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (source, source_id)
    );
    create index source_records_worker_idx on source_records (worker_id);

    create table dedup_pairs (
      worker_a uuid not null references workers(id),
      worker_b uuid not null references workers(id),
      score real not null,
      status text not null check (status in ('review','linked','same','distinct')),
      reasons jsonb not null default '[]',
      decided_by uuid references users(id),
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (worker_a, worker_b),
      check (worker_a < worker_b)
    );
    create index dedup_pairs_status_idx on dedup_pairs (status, score desc);
    create index dedup_pairs_b_idx on dedup_pairs (worker_b);

    create table worker_merges (
      id uuid primary key default gen_random_uuid(),
      survivor_id uuid not null references workers(id),
      merged_id uuid not null references workers(id),
      snapshot jsonb not null,
      merged_by uuid references users(id),
      merged_at timestamptz not null default now(),
      undone_at timestamptz,
      undone_by uuid references users(id)
    );
    create index worker_merges_merged_idx on worker_merges (merged_id);

    alter table import_jobs add column source text;
    alter table import_jobs add column linked integer not null default 0;
    alter table import_jobs add column review integer not null default 0;
    alter table import_jobs add column file_sha256 text;
    alter table import_jobs add column checkpoint_row integer not null default 0;
    alter table import_jobs add column options jsonb not null default '{}';

    create table import_rejects (
      job_id uuid not null references import_jobs(id) on delete cascade,
      row_number integer not null,
      source_id text,
      reason text not null,
      raw jsonb,
      primary key (job_id, row_number)
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop table import_rejects;
    alter table import_jobs drop column options;
    alter table import_jobs drop column checkpoint_row;
    alter table import_jobs drop column file_sha256;
    alter table import_jobs drop column review;
    alter table import_jobs drop column linked;
    alter table import_jobs drop column source;
    drop table worker_merges;
    drop table dedup_pairs;
    drop table source_records;
    drop table worker_consents;
    drop table worker_skills;
    drop table worker_migrations;
    drop table worker_phones;
    drop table worker_keys;
    drop table name_counts;
    drop table workers;
    drop table reg_counters;
    drop extension if exists pg_trgm;
  `,
  );
}
