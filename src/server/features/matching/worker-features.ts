/**
 * Workers as the scoring core reads them. Two sources that must agree: the registry tables themselves (one
 * worker's matches, and the exhaustive scorer), and the match_workers rows the triggers of migration 0007 keep
 * for shareable workers (the candidates fast path). The exhaustive check in the tests compares the two.
 */
import { sql } from 'kysely';
import type { MatchWorker } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import type { FeatureSkill, FeatureStay } from './matching.table';

export interface WorkerDisplay {
  displayName: string;
  regNo: string;
  centreId: string;
}

export type LoadedWorker = MatchWorker & { display?: WorkerDisplay };

interface Preferences {
  sectors?: string[];
  occupations?: string[];
  provinces?: string[];
  willingToRelocate?: boolean | null;
  expectedWageUsd?: number | null;
}

interface FeatureRow {
  worker_id: string;
  sex: MatchWorker['sex'];
  date_of_birth: string | null;
  birth_year: number | null;
  has_disability: boolean | null;
  province_code: string | null;
  district_code: string | null;
  commune_code: string | null;
  preferences: Preferences | string;
  stays: FeatureStay[] | string;
  skills: FeatureSkill[] | string;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

export function fromFeatures(
  r: FeatureRow,
  extra: { status: MatchWorker['status']; share: boolean },
): MatchWorker {
  const p = json<Preferences>(r.preferences) ?? {};
  return {
    id: r.worker_id,
    status: extra.status,
    sex: r.sex,
    dateOfBirth: r.date_of_birth,
    birthYear: r.birth_year,
    hasDisability: r.has_disability,
    provinceCode: r.province_code,
    districtCode: r.district_code,
    communeCode: r.commune_code,
    stays: json<FeatureStay[]>(r.stays).map((s) => ({
      occupationIsco: s.isco,
      sector: s.sector,
      startedOn: s.from,
      endedOn: s.to,
    })),
    skills: json<FeatureSkill[]>(r.skills).map((s) => ({ label: s.label, iscoCode: s.isco, kind: s.kind })),
    preferredSectors: p.sectors ?? [],
    preferredOccupations: p.occupations ?? [],
    preferredProvinces: p.provinces ?? [],
    willingToRelocate: p.willingToRelocate ?? null,
    expectedWageUsd: p.expectedWageUsd ?? null,
    shareWithEmployers: extra.share,
  };
}

/** Shareable workers from match_workers (the fast path's source). */
export async function loadFeatureWorkers(db: Conn, ids: readonly string[]): Promise<MatchWorker[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('match_workers')
    .selectAll()
    .where('worker_id', 'in', [...ids])
    .execute();
  return rows.map((r) => fromFeatures(r, { status: 'active', share: true }));
}

/**
 * Workers straight from the registry tables, whatever their status and consent: the same features computed
 * independently of the triggers. `ids` null reads every worker (exhaustive scoring in tests and the benchmark).
 */
export async function loadRegistryWorkers(db: Conn, ids: readonly string[] | null): Promise<LoadedWorker[]> {
  if (ids && ids.length === 0) return [];
  const filter = ids ? sql`where w.id = any(${[...ids]}::uuid[])` : sql`where w.status <> 'merged'`;
  const rows = await sql<
    FeatureRow & {
      status: MatchWorker['status'];
      share: boolean;
      display_name: string;
      reg_no: string;
      centre_id: string;
    }
  >`
    select w.id as worker_id, w.status, w.sex, w.date_of_birth, w.birth_year, w.has_disability,
           w.province_code, w.district_code, w.commune_code, w.preferences, w.display_name, w.reg_no, w.centre_id,
           coalesce((select jsonb_agg(jsonb_build_object('isco', m.occupation_isco, 'sector', m.sector,
                                                         'from', m.started_on, 'to', m.ended_on) order by m.position)
                     from worker_migrations m where m.worker_id = w.id), '[]'::jsonb) as stays,
           coalesce((select jsonb_agg(jsonb_build_object('label', s.label, 'isco', s.isco_code, 'kind', s.kind))
                     from worker_skills s where s.worker_id = w.id), '[]'::jsonb) as skills,
           coalesce((select c.granted from worker_consents c
                     where c.worker_id = w.id and c.kind = 'share_with_employers'
                     order by c.recorded_at desc, c.id desc limit 1), false) as share
    from workers w ${filter}`.execute(db);
  return rows.rows.map((r) => ({
    ...fromFeatures(r, { status: r.status, share: r.share }),
    display: { displayName: r.display_name, regNo: r.reg_no, centreId: r.centre_id },
  }));
}

/** The source id each worker was first imported with (or null), for CLI and API output. */
export async function workerSourceIds(db: Conn, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('source_records')
    .select(['worker_id', 'source_id'])
    .where('worker_id', 'in', [...ids])
    .orderBy('created_at')
    .execute();
  for (const r of rows) if (!out.has(r.worker_id)) out.set(r.worker_id, r.source_id);
  return out;
}
