import type { CompareContext } from '../../../shared/dedup/compare';
import type { Db } from '../../db/database';
import type { AuditActor } from '../audit/audit.repository';
import { loadNameFrequencies } from '../dedup/compare-context';

/** What every batch of one import shares: loaded once, refreshed between batches where it drifts. */
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
  compare: Omit<CompareContext, 'phoneHolders'>;
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
  const freq = await loadNameFrequencies(db, true);
  return {
    ...input,
    centreOfProvince,
    centreCode: new Map(centres.map((c) => [c.id, c.code])),
    places,
    compare: { names: freq.names, ...(freq.total >= 1000 ? { registrySize: freq.total } : {}) },
  };
}

/** The most precise part of a code the gazetteer knows; the rest is kept in a flag, not thrown away. */
export function knownPlace(
  ctx: ImportContext,
  code: string | null,
): { code: string | null; unknown: string | null } {
  if (!code) return { code: null, unknown: null };
  for (let len = code.length; len >= 2; len -= 2) {
    const prefix = code.slice(0, len);
    if (ctx.places.has(prefix)) return { code: prefix, unknown: len === code.length ? null : code };
  }
  return { code: null, unknown: code };
}
