import {
  DEFAULT_SETTINGS,
  type JobSettings,
  type MinimumWage,
  SETTING_KEYS,
  SETTING_SCHEMAS,
  type SettingKey,
} from '../../../shared/contracts/job-settings';
import type { Conn } from '../../db/database';
import type { MinimumWageRow } from './job-settings.table';

export const presentMinimumWage = (row: MinimumWageRow): MinimumWage => ({
  id: row.id,
  sector: row.sector,
  amount: Number(row.amount),
  currency: row.currency,
  per: row.per,
  effectiveFrom: row.effective_from,
  note: row.note,
  version: row.version,
});

export async function listMinimumWages(db: Conn): Promise<MinimumWage[]> {
  const rows = await db
    .selectFrom('minimum_wages')
    .selectAll()
    .orderBy('sector')
    .orderBy('effective_from', 'desc')
    .execute();
  return rows.map(presentMinimumWage);
}

/**
 * The job settings: decent rule, livelihood measure, matching knobs and the minimum-wage table. A missing or
 * unreadable value falls back to its default, so a bad edit can never stop matching or follow-ups.
 */
export async function getJobSettings(db: Conn): Promise<JobSettings> {
  const rows = await db.selectFrom('settings').selectAll().where('key', 'in', SETTING_KEYS).execute();
  const byKey = new Map(rows.map((r) => [r.key as SettingKey, r]));
  const read = <K extends SettingKey>(key: K) => {
    const parsed = SETTING_SCHEMAS[key].safeParse(byKey.get(key)?.value);
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as (typeof DEFAULT_SETTINGS)[K];
  };
  return {
    decentRule: read('decent_rule'),
    livelihood: read('livelihood'),
    matching: read('matching'),
    versions: {
      decent_rule: byKey.get('decent_rule')?.version ?? 0,
      livelihood: byKey.get('livelihood')?.version ?? 0,
      matching: byKey.get('matching')?.version ?? 0,
    },
    minimumWages: await listMinimumWages(db),
  };
}
