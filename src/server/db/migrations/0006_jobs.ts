import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Jobs (issue 5): employers, vacancies, the referral pipeline, placements with decent-work follow-ups, and the
// settings (minimum wages, decent rule, matching knobs) that admins edit instead of code.
// Sector columns are plain text: the sector list is synced after migrations, and imports check it themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table employers (
      id uuid primary key default gen_random_uuid(),
      source text,
      source_id text,
      name_km text,
      name_latin text,
      registration_no text,
      sector text,
      size text check (size in ('micro','small','medium','large')),
      province_code text,
      district_code text,
      commune_code text,
      address_detail text,
      nssf_registered boolean,
      nssf_no text,
      phone text,
      email text,
      contacts jsonb not null default '[]',
      association_member boolean not null default false,
      association_name text,
      notes text,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (source, source_id),
      check (name_km is not null or name_latin is not null)
    );
    create index employers_sector_idx on employers (sector, province_code);

    -- Consultations, visits and calls with an employer: dated entries, never edited.
    create table employer_contacts (
      id uuid primary key default gen_random_uuid(),
      employer_id uuid not null references employers(id) on delete cascade,
      occurred_on date not null,
      kind text not null check (kind in ('consultation','visit','phone','meeting','email','job_fair','other')),
      summary text not null,
      centre_id uuid references centres(id),
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now()
    );
    create index employer_contacts_employer_idx on employer_contacts (employer_id, occurred_on desc);

    create table vacancies (
      id uuid primary key default gen_random_uuid(),
      source text,
      source_id text,
      employer_id uuid not null references employers(id),
      origin text not null default 'employer_request' check (origin in ('employer_request','job_fair','nea')),
      title text not null,
      occupation_isco text check (occupation_isco ~ '^[0-9]{1,4}$'),
      sector text,
      positions integer not null check (positions >= 1),
      positions_filled integer not null default 0 check (positions_filled >= 0),
      province_code text,
      district_code text,
      commune_code text,
      wage_min numeric(12,2),
      wage_max numeric(12,2),
      wage_currency text not null default 'USD' check (wage_currency in ('USD','KHR')),
      wage_per text not null default 'month' check (wage_per in ('month','day','piece')),
      contract_written boolean,
      contract_duration text check (contract_duration in ('fixed','undetermined')),
      hours_per_week numeric(5,1),
      nssf boolean not null default false,
      accommodation boolean not null default false,
      transport boolean not null default false,
      meals boolean not null default false,
      skills_required text[] not null default '{}',
      skills_optional text[] not null default '{}',
      min_experience_years numeric(4,1) not null default 0,
      min_age smallint not null default 18 check (min_age between 15 and 65),
      hazardous boolean not null default false,
      literacy_required boolean not null default false,
      opens_on date,
      closes_on date,
      status text not null default 'open' check (status in ('open','closed','filled')),
      description text,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (source, source_id),
      check (wage_max is null or wage_min is null or wage_max >= wage_min),
      check (not hazardous or min_age >= 18)
    );
    create index vacancies_board_idx on vacancies (status, closes_on);
    create index vacancies_employer_idx on vacancies (employer_id);
    create index vacancies_place_idx on vacancies (province_code, district_code, commune_code);
    create index vacancies_occupation_idx on vacancies (occupation_isco);

    -- A worker put forward for a vacancy. centre_id is the worker's centre when referred: it scopes access.
    create table job_referrals (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      vacancy_id uuid not null references vacancies(id),
      centre_id uuid not null references centres(id),
      status text not null check (status in ('suggested','referred','interview','offer','hired','not_hired','declined_by_worker')),
      reason text,
      match_score real,
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (worker_id, vacancy_id)
    );
    create index job_referrals_vacancy_idx on job_referrals (vacancy_id, status);
    create index job_referrals_centre_idx on job_referrals (centre_id, status);

    create table job_referral_events (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references job_referrals(id) on delete cascade,
      from_status text,
      to_status text not null,
      reason text,
      note text,
      at timestamptz not null default now(),
      by_user uuid references users(id)
    );
    create index job_referral_events_referral_idx on job_referral_events (referral_id, at);

    create table job_referral_contacts (
      id uuid primary key default gen_random_uuid(),
      referral_id uuid not null references job_referrals(id) on delete cascade,
      occurred_on date not null,
      channel text not null check (channel in ('phone','visit','email','message','meeting','other')),
      summary text not null,
      recorded_by uuid references users(id),
      recorded_at timestamptz not null default now()
    );
    create index job_referral_contacts_referral_idx on job_referral_contacts (referral_id, occurred_on);

    create table placements (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      centre_id uuid not null references centres(id),
      referral_id uuid unique references job_referrals(id),
      vacancy_id uuid references vacancies(id),
      employer_id uuid references employers(id),
      employer_name text,
      kind text not null check (kind in ('wage','self')),
      found_by text not null check (found_by in ('referral','worker')),
      sector text,
      occupation_isco text,
      title text,
      province_code text,
      district_code text,
      commune_code text,
      started_on date not null,
      ended_on date,
      end_reason text,
      wage_amount numeric(12,2),
      wage_currency text check (wage_currency in ('USD','KHR')),
      wage_per text check (wage_per in ('month','day','piece')),
      contract_written boolean,
      hours_per_week numeric(5,1),
      nssf_registered boolean,
      baseline_income_usd numeric(12,2),
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index placements_worker_idx on placements (worker_id);
    create index placements_centre_idx on placements (centre_id, started_on desc);

    -- The decent-work checks: at placement and at 30, 90 and 180 days. Recording one fills its checklist.
    create table placement_follow_ups (
      id uuid primary key default gen_random_uuid(),
      placement_id uuid not null references placements(id) on delete cascade,
      stage text not null check (stage in ('placement','day30','day90','day180')),
      due_on date not null,
      done_on date,
      checklist jsonb,
      evaluation jsonb,
      decent boolean,
      livelihood_ok boolean,
      income_usd_month numeric(12,2),
      note text,
      recorded_by uuid references users(id),
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      unique (placement_id, stage)
    );
    create index placement_follow_ups_due_idx on placement_follow_ups (due_on) where done_on is null;

    create table minimum_wages (
      id uuid primary key default gen_random_uuid(),
      sector text,
      amount numeric(12,2) not null check (amount > 0),
      currency text not null check (currency in ('USD','KHR')),
      per text not null check (per in ('month','day','piece')),
      effective_from date not null,
      note text,
      version integer not null default 1,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    );
    create unique index minimum_wages_key_idx on minimum_wages (coalesce(sector, ''), effective_from, per);

    create table settings (
      key text primary key,
      value jsonb not null,
      version integer not null default 1,
      updated_by uuid references users(id),
      updated_at timestamptz not null default now()
    );

    -- domain.md: the garment minimum (US$208 in 2025, US$210 from 2026) is the statutory one and, with no other
    -- statutory minimum, the reference floor for every other sector (rows with no sector).
    insert into minimum_wages (sector, amount, currency, per, effective_from, note) values
      ('garment_manufacturing', 208, 'USD', 'month', '2025-01-01', 'Garment, footwear and travel goods 2025'),
      ('garment_manufacturing', 210, 'USD', 'month', '2026-01-01', 'Garment, footwear and travel goods 2026'),
      (null, 208, 'USD', 'month', '2025-01-01', 'Reference floor: garment minimum 2025'),
      (null, 210, 'USD', 'month', '2026-01-01', 'Reference floor: garment minimum 2026');

    insert into settings (key, value) values
      ('decent_rule', '{"required":["written_contract","minimum_wage","normal_hours","overtime_voluntary_paid","nssf_registered","paid_on_time_in_full","no_withheld_documents","no_recruitment_debt","employed_at_90_days"]}'),
      ('livelihood', '{"thresholdUsdMonth":210,"baselineShare":1,"sectors":["agriculture","fisheries"]}'),
      ('matching', '{"congestionMultiple":3,"priorities":{"agriculture":0.1,"women":0.1,"disability":0.1}}')
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop table settings;
    drop table minimum_wages;
    drop table placement_follow_ups;
    drop table placements;
    drop table job_referral_contacts;
    drop table job_referral_events;
    drop table job_referrals;
    drop table vacancies;
    drop table employer_contacts;
    drop table employers;
  `,
  );
}
