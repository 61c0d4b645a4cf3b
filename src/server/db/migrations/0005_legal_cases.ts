import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Legal cases (grievances pursued to an outcome) and file attachments on case records. Amounts and actions are
// short dated lists edited with the case under one version, so they live on the row as jsonb.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table legal_cases (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      centre_id uuid not null references centres(id),
      handler_id uuid not null references users(id),
      claim_type text not null check (claim_type in ('unpaid_wages','withheld_documents',
        'recruitment_fees_debt','injury_compensation','contract_breach','abuse_forced_labour','other')),
      respondent_kind text check (respondent_kind in ('employer','broker','agency')),
      respondent_name text,
      respondent_country text check (respondent_country ~ '^[A-Z]{2}$'),
      amounts jsonb not null default '[]',
      actions jsonb not null default '[]',
      notes text,
      status text not null default 'open' check (status in ('open','in_progress','closed')),
      outcome text check (outcome in ('resolved_full','resolved_partial','unresolved','withdrawn','referred_out')),
      outcome_notes text,
      opened_on date not null default current_date,
      closed_on date,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (status <> 'closed' or outcome is not null)
    );
    create index legal_cases_worker_idx on legal_cases (worker_id);
    create index legal_cases_handler_idx on legal_cases (handler_id, status);
    create index legal_cases_centre_idx on legal_cases (centre_id, opened_on desc);

    -- The bytes live in the files directory under their SHA-256; identical uploads share one file. The owner is
    -- a kind and an id without a foreign key, since owners live in several tables.
    create table attachments (
      id uuid primary key default gen_random_uuid(),
      owner_kind text not null check (owner_kind in ('contact','case_plan','legal_case')),
      owner_id uuid not null,
      centre_id uuid references centres(id),
      file_name text not null,
      content_type text not null check (content_type in ('image/jpeg','image/png','image/webp','application/pdf')),
      size_bytes integer not null check (size_bytes > 0),
      sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
      uploaded_by uuid references users(id),
      uploaded_at timestamptz not null default now(),
      deleted_at timestamptz,
      deleted_by uuid references users(id)
    );
    create index attachments_owner_idx on attachments (owner_kind, owner_id) where deleted_at is null;
    create index attachments_sha_idx on attachments (sha256);
    `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(db, 'drop table attachments; drop table legal_cases;');
}
