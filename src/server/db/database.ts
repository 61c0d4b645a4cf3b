import type { Kysely, Transaction } from 'kysely';
import type { AuditLogTable } from '../features/audit/audit.table';
import type { ApiTokensTable, SessionsTable } from '../features/auth/auth.table';
import type { CentresTable } from '../features/centres/centres.table';
import type {
  GeoUnitsTable,
  ImportJobsTable,
  IscoGroupsTable,
  OccupationsTable,
  SectorsTable,
} from '../features/reference/reference.table';
import type { UserCentresTable, UsersTable } from '../features/users/users.table';

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
}

export type Db = Kysely<Database>;
/** Either the pool or an open transaction: repositories accept both. */
export type Conn = Kysely<Database> | Transaction<Database>;
