import type { Kysely, Transaction } from 'kysely';
import type { AttachmentsTable } from '../features/attachments/attachments.table';
import type { AuditLogTable } from '../features/audit/audit.table';
import type { ApiTokensTable, SessionsTable } from '../features/auth/auth.table';
import type {
  CaseActionsTable,
  CasePlansTable,
  CaseReviewsTable,
  CaseTransfersTable,
  PartnerReferralsTable,
  PartnersTable,
  ServiceContactsTable,
} from '../features/cases/cases.table';
import type { CentresTable } from '../features/centres/centres.table';
import type { EmployerContactsTable, EmployersTable } from '../features/employers/employers.table';
import type { MinimumWagesTable, SettingsTable } from '../features/job-settings/job-settings.table';
import type { LegalCasesTable } from '../features/legal/legal.table';
import type {
  MatchChangesTable,
  MatchWorkerChangesTable,
  MatchWorkersTable,
  VacancyMatchColumns,
} from '../features/matching/matching.table';
import type { PlacementFollowUpsTable, PlacementsTable } from '../features/placements/placements.table';
import type {
  GeoUnitsTable,
  ImportJobsTable,
  IscoGroupsTable,
  OccupationsTable,
  SectorsTable,
} from '../features/reference/reference.table';
import type {
  JobReferralContactsTable,
  JobReferralEventsTable,
  JobReferralsTable,
} from '../features/referrals/referrals.table';
import type { UserCentresTable, UsersTable } from '../features/users/users.table';
import type { VacanciesTable } from '../features/vacancies/vacancies.table';
import type {
  DedupPairsTable,
  ImportRejectsTable,
  NameCountsTable,
  RegCountersTable,
  SourceRecordsTable,
  WorkerConsentsTable,
  WorkerKeysTable,
  WorkerMergesTable,
  WorkerMigrationsTable,
  WorkerPhonesTable,
  WorkerSkillsTable,
  WorkersTable,
} from '../features/workers/workers.table';

export interface Database {
  centres: CentresTable;
  users: UsersTable;
  user_centres: UserCentresTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  geo_units: GeoUnitsTable;
  isco_groups: IscoGroupsTable;
  occupations: OccupationsTable;
  sectors: SectorsTable;
  import_jobs: ImportJobsTable;
  reg_counters: RegCountersTable;
  workers: WorkersTable;
  worker_phones: WorkerPhonesTable;
  worker_keys: WorkerKeysTable;
  name_counts: NameCountsTable;
  worker_migrations: WorkerMigrationsTable;
  worker_skills: WorkerSkillsTable;
  worker_consents: WorkerConsentsTable;
  source_records: SourceRecordsTable;
  dedup_pairs: DedupPairsTable;
  worker_merges: WorkerMergesTable;
  import_rejects: ImportRejectsTable;
  legal_cases: LegalCasesTable;
  attachments: AttachmentsTable;
  partners: PartnersTable;
  service_contacts: ServiceContactsTable;
  case_plans: CasePlansTable;
  case_actions: CaseActionsTable;
  case_reviews: CaseReviewsTable;
  case_transfers: CaseTransfersTable;
  partner_referrals: PartnerReferralsTable;
  employers: EmployersTable;
  employer_contacts: EmployerContactsTable;
  vacancies: VacanciesTable & VacancyMatchColumns;
  job_referrals: JobReferralsTable;
  job_referral_events: JobReferralEventsTable;
  job_referral_contacts: JobReferralContactsTable;
  placements: PlacementsTable;
  placement_follow_ups: PlacementFollowUpsTable;
  minimum_wages: MinimumWagesTable;
  settings: SettingsTable;
  match_workers: MatchWorkersTable;
  match_changes: MatchChangesTable;
  match_worker_changes: MatchWorkerChangesTable;
}

export type Db = Kysely<Database>;
/** Either the pool or an open transaction: repositories accept both. */
export type Conn = Kysely<Database> | Transaction<Database>;
