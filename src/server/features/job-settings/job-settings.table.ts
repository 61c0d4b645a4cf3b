import type { ColumnType, Generated, Selectable } from 'kysely';

/** The legal minimum wage by sector; a row with no sector is the reference floor for every other sector. */
export interface MinimumWagesTable {
  id: Generated<string>;
  sector: string | null;
  amount: ColumnType<string, number | string, number | string>;
  currency: 'USD' | 'KHR';
  per: 'month' | 'day' | 'piece';
  effective_from: ColumnType<string, string, string>;
  note: string | null;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: ColumnType<Date, never, Date>;
}
export type MinimumWageRow = Selectable<MinimumWagesTable>;

/** Admin-editable settings, one JSON value per key (`decent_rule`, `livelihood`, `matching`). */
export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: ColumnType<Date, never, Date>;
}
export type SettingRow = Selectable<SettingsTable>;
