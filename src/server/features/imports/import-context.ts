import { sql } from 'kysely';
import { type ScriptCounts, scriptCounts } from '../../../shared/dedup/frequencies';
import type { MatchRate } from '../../../shared/dedup/prior';
import type { PreparedRecord } from '../../../shared/dedup/record';
import type { Db } from '../../db/database';
import type { AuditActor } from '../audit/audit.repository';
import { registryNames } from '../dedup/compare-context';

/**
 * The name counts an import compares with: the registry's, kept up to date in memory as the import adds
 * workers (a list of 100,000 rows into an empty registry must not be judged with the counts of nobody).
 */
export interface LiveNames {
  family: Map<string, number>;
  given: Map<string, number>;
  /** Workers counted. */
  total: number;
  counted: ScriptCounts;
}

/** What every batch of one import shares: loaded once, then kept current by the batches themselves. */
export interface ImportContext {
  jobId: string;
  source: string;
  actor: AuditActor;
  /** Used for rows whose province has no centre of its own. */
  defaultCentreId: string | null;
  /** A province's centre when it has exactly one. */
  centreOfProvince: Map<string, string>;
  centreCode: Map<string, string>;
  /** Every gazetteer code, to keep the most precise known part of a row's address. */
  places: Set<string>;
  /** Workers in the registry (not merged): the import adds its new ones. */
  registryWorkers: number;
  names: LiveNames;
  /** The duplicate rate the last batch measured (prior.ts), the starting point of the next one. */
  matchRate?: MatchRate;
  /**
   * Prepared records of candidate workers, by source record id and update time (or worker id and version):
   * the same common-name workers are candidates batch after batch.
   */
  prepared: Map<string, PreparedRecord>;
}

export async function loadImportContext(
  db: Db,
  input: { jobId: string; source: string; actor: AuditActor; defaultCentreId: string | null },
): Promise<ImportContext> {
  const centres = await db
    .selectFrom('centres')
    .select(['id', 'code', 'province_code'])
    .where('active', '=', true)
    .execute();
  const perProvince = new Map<string, string[]>();
  for (const c of centres)
    perProvince.set(c.province_code, [...(perProvince.get(c.province_code) ?? []), c.id]);
  const centreOfProvince = new Map<string, string>();
  for (const [province, ids] of perProvince) if (ids.length === 1) centreOfProvince.set(province, ids[0]!);
  const places = new Set((await db.selectFrom('geo_units').select('code').execute()).map((r) => r.code));
  const { total } = await db
    .selectFrom('workers')
    .select(sql<number>`count(*)::int`.as('total'))
    .where('status', '!=', 'merged')
    .executeTakeFirstOrThrow();
  const counted = await registryNames(db);
  return {
    ...input,
    centreOfProvince,
    centreCode: new Map(centres.map((c) => [c.id, c.code])),
    places,
    registryWorkers: total,
    names: {
      family: new Map(counted.family),
      given: new Map(counted.given),
      total,
      counted: scriptCounts(counted.family, counted.given),
    },
    prepared: new Map(),
  };
}

/** The most precise part of a code the gazetteer knows; the rest is kept in a flag, not thrown away. */
export function knownPlace(
  ctx: Pick<ImportContext, 'places'>,
  code: string | null,
): { code: string | null; unknown: string | null } {
  if (!code) return { code: null, unknown: null };
  for (let len = code.length; len >= 2; len -= 2) {
    const prefix = code.slice(0, len);
    if (ctx.places.has(prefix)) return { code: prefix, unknown: len === code.length ? null : code };
  }
  return { code: null, unknown: code };
}
