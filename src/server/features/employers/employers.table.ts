import type { ColumnType, Generated, Selectable } from 'kysely';

type DateText = ColumnType<string, string, string>;

export const EMPLOYER_SIZES = ['micro', 'small', 'medium', 'large'] as const;
export type EmployerSize = (typeof EMPLOYER_SIZES)[number];

/** A person to call at the employer (HR manager, site foreman, owner). */
export interface EmployerContactPerson {
  name: string;
  role?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface EmployersTable {
  id: Generated<string>;
  /** Where an imported employer came from (`import` unless the CLI names it) and its id there: re-import updates. */
  source: string | null;
  source_id: string | null;
  name_km: string | null;
  name_latin: string | null;
  registration_no: string | null;
  sector: string | null;
  size: EmployerSize | null;
  province_code: string | null;
  district_code: string | null;
  commune_code: string | null;
  address_detail: string | null;
  nssf_registered: boolean | null;
  nssf_no: string | null;
  /** E.164. */
  phone: string | null;
  email: string | null;
  contacts: ColumnType<
    EmployerContactPerson[],
    EmployerContactPerson[] | string | undefined,
    EmployerContactPerson[] | string
  >;
  association_member: Generated<boolean>;
  association_name: string | null;
  notes: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type EmployerRow = Selectable<EmployersTable>;

export const EMPLOYER_CONTACT_KINDS = [
  'consultation',
  'visit',
  'phone',
  'meeting',
  'email',
  'job_fair',
  'other',
] as const;
export type EmployerContactKind = (typeof EMPLOYER_CONTACT_KINDS)[number];

export interface EmployerContactsTable {
  id: Generated<string>;
  employer_id: string;
  occurred_on: DateText;
  kind: EmployerContactKind;
  summary: string;
  centre_id: string | null;
  recorded_by: string | null;
  recorded_at: ColumnType<Date, never, never>;
}
export type EmployerContactRow = Selectable<EmployerContactsTable>;
