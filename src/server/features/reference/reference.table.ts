import type { ColumnType, Generated, Selectable } from 'kysely';

/** NCDD administrative units: level 1 province, 2 district, 3 commune/sangkat, 4 village. Codes are zero-padded. */
export interface GeoUnitsTable {
  code: string;
  level: number;
  parent_code: string | null;
  province_code: string;
  name_km: string;
  name_latin: string;
  type_km: string | null;
  type_latin: string | null;
  /** Normalised Khmer and lower-case Latin names, for as-you-type search. */
  search_key: string;
  /** Set when a re-import no longer lists the unit: records keep pointing at it. */
  retired_at: Date | null;
  updated_at: ColumnType<Date, never, Date>;
}
export type GeoUnitRow = Selectable<GeoUnitsTable>;

export interface IscoGroupsTable {
  code: string;
  level: number;
  parent_code: string | null;
  title_en: string;
  title_km: string | null;
}
export type IscoGroupRow = Selectable<IscoGroupsTable>;

/** The product's own list of occupations common among returnees, with labels written for Cambodian users. */
export interface OccupationsTable {
  id: string;
  isco_code: string;
  label_km: string;
  label_en: string;
  sector_code: string;
  sort_order: number;
}
export type OccupationRow = Selectable<OccupationsTable>;

export interface SectorsTable {
  code: string;
  name_km: string;
  name_en: string;
  isic_sections: string[];
  sort_order: number;
}
export type SectorRow = Selectable<SectorsTable>;

export interface ImportJobsTable {
  id: Generated<string>;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  file_name: string;
  total_rows: number | null;
  processed_rows: Generated<number>;
  inserted: Generated<number>;
  updated: Generated<number>;
  rejected: Generated<number>;
  error: string | null;
  /** Migration 0008: the error as a code and its values (shared/contracts/import-problems.ts). */
  error_code: string | null;
  error_params: ColumnType<Record<string, string | number> | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: ColumnType<Date, never, never>;
  finished_at: Date | null;
  /** Registry imports (migration 0002): where the rows came from, dedup outcomes and the resume point. */
  source: string | null;
  linked: Generated<number>;
  review: Generated<number>;
  file_sha256: string | null;
  checkpoint_row: Generated<number>;
  options: ColumnType<unknown, string | undefined, string>;
}
export type ImportJobRow = Selectable<ImportJobsTable>;
