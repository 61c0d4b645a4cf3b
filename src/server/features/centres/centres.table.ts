import type { ColumnType, Generated, Selectable } from 'kysely';

export interface CentresTable {
  id: Generated<string>;
  /** Short code used in registration numbers, e.g. PST in PST-2026-000123. */
  code: string;
  name_km: string;
  name_en: string;
  province_code: string;
  address: string | null;
  phone: string | null;
  active: Generated<boolean>;
  version: Generated<number>;
  created_at: ColumnType<Date, never, never>;
  updated_at: ColumnType<Date, never, Date>;
}
export type CentreRow = Selectable<CentresTable>;
