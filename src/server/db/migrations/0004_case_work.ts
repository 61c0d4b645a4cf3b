import type { Kysely } from 'kysely';
import { execScript } from '../exec-script';

// Case work: service contacts, case plans (needs, actions, reviews, transfers), partners and referrals to them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    create table partners (
      id uuid primary key default gen_random_uuid(),
      kind text not null check (kind in ('nea_job_centre','provincial_training_centre','nssf','legal_aid','health','psychosocial','other')),
      name_km text not null,
      name_latin text not null,
      province_code text,
      contact text,
      active boolean not null default true,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index partners_name_idx on partners (lower(name_latin));

    -- The partners every centre works with from the first day; administrators add the rest.
    insert into partners (kind, name_km, name_latin, province_code, contact) values
      ('nea_job_centre', 'មជ្ឈមណ្ឌលការងារ ទីភ្នាក់ងារជាតិមុខរបរ និងការងារ ខេត្តពោធិ៍សាត់', 'NEA Job Centre Pursat', '15', null),
      ('nea_job_centre', 'មជ្ឈមណ្ឌលការងារ ទីភ្នាក់ងារជាតិមុខរបរ និងការងារ ខេត្តឧត្តរមានជ័យ', 'NEA Job Centre Oddar Meanchey', '22', null),
      ('nea_job_centre', 'មជ្ឈមណ្ឌលការងារ ទីភ្នាក់ងារជាតិមុខរបរ និងការងារ ខេត្តព្រះវិហារ', 'NEA Job Centre Preah Vihear', '13', null),
      ('provincial_training_centre', 'មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈខេត្តពោធិ៍សាត់', 'Pursat Provincial Training Centre', '15', null),
      ('provincial_training_centre', 'មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈខេត្តឧត្តរមានជ័យ', 'Oddar Meanchey Provincial Training Centre', '22', null),
      ('provincial_training_centre', 'មជ្ឈមណ្ឌលបណ្តុះបណ្តាលវិជ្ជាជីវៈខេត្តព្រះវិហារ', 'Preah Vihear Provincial Training Centre', '13', null),
      ('nssf', 'បេឡាជាតិរបបសន្តិសុខសង្គម', 'National Social Security Fund (NSSF)', null, null),
      ('legal_aid', 'អង្គការជំនួយផ្នែកច្បាប់នៃកម្ពុជា', 'Legal Aid of Cambodia (LAC)', null, null),
      ('psychosocial', 'អង្គការ TPO កម្ពុជា', 'TPO Cambodia', null, null);

    create table service_contacts (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      centre_id uuid not null references centres(id),
      staff_id uuid not null references users(id),
      contact_date date not null,
      channel text not null check (channel in ('walk_in','outreach','phone','online','job_fair')),
      services text[] not null check (cardinality(services) > 0),
      duration_minutes integer check (duration_minutes between 0 and 1440),
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index service_contacts_worker_idx on service_contacts (worker_id, contact_date desc);
    create index service_contacts_centre_idx on service_contacts (centre_id, contact_date desc);

    create table case_plans (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      centre_id uuid not null references centres(id),
      counsellor_id uuid not null references users(id),
      status text not null default 'open' check (status in ('open','active','closed')),
      closed_reason text,
      closed_at timestamptz,
      needs jsonb not null default '{}',
      goals text[] not null default '{}',
      version integer not null default 1,
      created_by uuid references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'closed') = (closed_reason is not null))
    );
    -- One plan in progress per person: a second would split the work between two counsellors unseen.
    create unique index case_plans_one_open_idx on case_plans (worker_id) where status <> 'closed';
    create index case_plans_counsellor_idx on case_plans (counsellor_id, status);
    create index case_plans_centre_idx on case_plans (centre_id, status);

    create table case_actions (
      id uuid primary key default gen_random_uuid(),
      case_plan_id uuid not null references case_plans(id) on delete cascade,
      description text not null,
      owner_id uuid not null references users(id),
      due_on date not null,
      status text not null default 'planned' check (status in ('planned','in_progress','done','cancelled')),
      completed_at timestamptz,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index case_actions_owner_idx on case_actions (owner_id, due_on) where status in ('planned','in_progress');
    create index case_actions_plan_idx on case_actions (case_plan_id);

    create table case_reviews (
      id uuid primary key default gen_random_uuid(),
      case_plan_id uuid not null references case_plans(id) on delete cascade,
      due_on date not null,
      done_on date,
      notes text,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index case_reviews_plan_idx on case_reviews (case_plan_id, due_on);

    create table case_transfers (
      id uuid primary key default gen_random_uuid(),
      case_plan_id uuid not null references case_plans(id) on delete cascade,
      from_user_id uuid not null references users(id),
      from_centre_id uuid not null references centres(id),
      to_user_id uuid not null references users(id),
      to_centre_id uuid not null references centres(id),
      note text,
      status text not null default 'pending' check (status in ('pending','accepted','declined','cancelled')),
      decision_note text,
      requested_by uuid references users(id),
      requested_at timestamptz not null default now(),
      decided_by uuid references users(id),
      decided_at timestamptz
    );
    create unique index case_transfers_one_pending_idx on case_transfers (case_plan_id) where status = 'pending';
    create index case_transfers_to_idx on case_transfers (to_user_id, status);

    create table partner_referrals (
      id uuid primary key default gen_random_uuid(),
      worker_id uuid not null references workers(id),
      centre_id uuid not null references centres(id),
      partner_id uuid not null references partners(id),
      case_plan_id uuid references case_plans(id),
      referred_on date not null,
      reason text not null,
      status text not null default 'sent' check (status in ('sent','accepted','service_given','closed','declined')),
      feedback text,
      feedback_on date,
      referred_by uuid references users(id),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index partner_referrals_worker_idx on partner_referrals (worker_id, referred_on desc);
    create index partner_referrals_partner_idx on partner_referrals (partner_id, status);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `
    drop table partner_referrals;
    drop table case_transfers;
    drop table case_reviews;
    drop table case_actions;
    drop table case_plans;
    drop table service_contacts;
    drop table partners;
  `,
  );
}
