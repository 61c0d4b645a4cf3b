import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Migrations are immutable once released: change the schema with a new numbered file.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table centres (
      id uuid primary key default gen_random_uuid(),
      code text not null unique check (code ~ '^[A-Z]{2,5}$'),
      name_km text not null,
      name_en text not null,
      province_code text not null,
      address text,
      phone text,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      role text not null check (role in ('admin','centre_manager','counsellor','outreach_officer','legal_officer','me_officer','viewer')),
      password_hash text not null,
      disabled_at timestamptz,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_key on users (lower(email));

    create table user_centres (
      user_id uuid not null references users(id) on delete cascade,
      centre_id uuid not null references centres(id),
      primary key (user_id, centre_id)
    );
    create index user_centres_centre_idx on user_centres (centre_id);

    create table sessions (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      token_hash text not null unique,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_user_idx on sessions (user_id);

    create table api_tokens (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null references users(id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user_idx on api_tokens (user_id);

    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id uuid,
      actor_email text,
      action text not null,
      entity text not null,
      entity_id text,
      centre_id uuid,
      before jsonb,
      after jsonb,
      request_id text
    );
    create index audit_log_entity_idx on audit_log (entity, entity_id);
    create index audit_log_actor_idx on audit_log (actor_id, at);
    create index audit_log_centre_idx on audit_log (centre_id, at);
    create index audit_log_at_idx on audit_log (at);

    -- The audit trail is append-only even for code that bypasses the API.
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$;
    create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();

    create table geo_units (
      code text primary key check (code ~ '^[0-9]{2}([0-9]{2}){0,3}$'),
      level smallint not null check (level between 1 and 4),
      parent_code text references geo_units(code),
      province_code text not null,
      name_km text not null,
      name_latin text not null,
      type_km text,
      type_latin text,
      search_key text not null,
      retired_at timestamptz,
      updated_at timestamptz not null default now()
    );
    create index geo_units_parent_idx on geo_units (parent_code);
    create index geo_units_level_idx on geo_units (level, province_code);

    create table isco_groups (
      code text primary key check (code ~ '^[0-9]{1,4}$'),
      level smallint not null check (level between 1 and 4),
      parent_code text,
      title_en text not null,
      title_km text
    );

    create table sectors (
      code text primary key,
      name_km text not null,
      name_en text not null,
      isic_sections text[] not null,
      sort_order integer not null
    );

    create table occupations (
      id text primary key,
      isco_code text not null check (isco_code ~ '^[0-9]{4}$'),
      label_km text not null,
      label_en text not null,
      sector_code text not null references sectors(code),
      sort_order integer not null
    );

    create table import_jobs (
      id uuid primary key default gen_random_uuid(),
      kind text not null,
      status text not null check (status in ('queued','running','succeeded','failed')),
      file_name text not null,
      total_rows integer,
      processed_rows integer not null default 0,
      inserted integer not null default 0,
      updated integer not null default 0,
      rejected integer not null default 0,
      error text,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop table import_jobs;
    drop table occupations;
    drop table sectors;
    drop table isco_groups;
    drop table geo_units;
    drop table audit_log;
    drop function audit_log_append_only();
    drop table api_tokens;
    drop table sessions;
    drop table user_centres;
    drop table users;
    drop table centres;
  `,
  );
}
