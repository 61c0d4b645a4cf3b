/**
 * Top N shareable workers for one vacancy, exactly as exhaustive scoring would rank them: worker groups
 * (occupation level × place level over match_worker_keys) are read best bound first and the search stops once
 * the N-th best score found beats the bound of every group not yet read.
 */
import { sql } from 'kysely';
import { groupBound } from '../../../shared/matching/bounds';
import { decentWorkFactor } from '../../../shared/matching/factors';
import { hardFilters } from '../../../shared/matching/filters';
import { scorePair } from '../../../shared/matching/score';
import type {
  HardFilter,
  MatchSettings,
  MatchVacancy,
  MatchWorker,
  PairScore,
} from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { RankList } from './rank-list';
import { vacancyGroups } from './vacancy-groups';
import { type FeatureRow, fromFeatures, loadRegistryWorkers } from './worker-features';

const BATCH = 12;

export interface CandidateStats {
  groupsRead: number;
  rowsRead: number;
  queries: number;
}

export interface ScoredWorker extends PairScore {
  id: string;
  worker: MatchWorker;
}

const VACANCY_FILTERS: ReadonlySet<HardFilter['name']> = new Set([
  'vacancy_open',
  'positions_left',
  'not_congested',
]);

/** The filters that depend on the vacancy alone: when one fails, no worker can be a candidate. */
export function vacancyBlockers(v: MatchVacancy, settings: MatchSettings, today: string): HardFilter[] {
  const probe: MatchWorker = {
    id: '',
    status: 'active',
    sex: null,
    dateOfBirth: null,
    birthYear: null,
    hasDisability: null,
    provinceCode: null,
    districtCode: null,
    communeCode: null,
    stays: [],
    skills: [],
    preferredSectors: [],
    preferredOccupations: [],
    preferredProvinces: [],
    willingToRelocate: null,
    expectedWageUsd: null,
    shareWithEmployers: true,
  };
  return hardFilters(probe, v, settings, today).filter((f) => VACANCY_FILTERS.has(f.name) && !f.passed);
}

export async function candidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: { settings: MatchSettings; today: string; limit: number; centreIds: readonly string[] | null },
): Promise<{ results: ScoredWorker[]; stats: CandidateStats }> {
  const { settings, today, limit } = opts;
  const stats: CandidateStats = { groupsRead: 0, rowsRead: 0, queries: 0 };
  if (vacancyBlockers(vacancy, settings, today).length) return { results: [], stats };
  const ctx = { settings, today, direction: 'vacancy' as const };
  const p = settings.priority;
  const priority = (vacancy.sector === 'agriculture' ? p.agriculture : 0) + p.women + p.disability;
  // The sector factor depends on the worker's preferences: bound it by its best value.
  const known = { decentWork: decentWorkFactor(vacancy).value, priority };
  const groups = vacancyGroups(vacancy)
    .map((g) => ({ ...g, bound: groupBound({ occupation: g.occupation, place: g.place, ...known }) }))
    .sort((a, b) => b.bound - a.bound);
  const top = new RankList<ScoredWorker>(limit);
  const seen = new Set<string>();
  const scope = opts.centreIds ? sql`and mw.centre_id = any(${[...opts.centreIds]}::uuid[])` : sql``;
  const pending = [...groups];
  while (pending.length) {
    // Groups whose bound can still beat the N-th best, several per query (fewer round trips).
    const batch = pending.filter((g) => !top.closedTo(g.bound)).slice(0, BATCH);
    if (batch.length === 0) break;
    for (const g of batch) pending.splice(pending.indexOf(g), 1);
    const branches = batch.map(
      (g) => sql`(select distinct on (mw.worker_id) mw.* from match_worker_keys k
                  join match_workers mw on mw.worker_id = k.worker_id ${scope} where ${g.where})`,
    );
    const rows = await sql<FeatureRow>`${sql.join(branches, sql` union all `)}`.execute(db);
    stats.queries++;
    stats.groupsRead += batch.length;
    stats.rowsRead += rows.rows.length;
    for (const r of rows.rows) {
      if (seen.has(r.worker_id)) continue;
      seen.add(r.worker_id);
      const w = fromFeatures(r, { status: 'active', share: true });
      const scored = scorePair(w, vacancy, ctx);
      if (scored.eligible) top.add({ ...scored, id: w.id, worker: w });
    }
  }
  return { results: top.items, stats };
}

/** Every worker scored from the registry tables (not the trigger-kept features): the tests' reference. */
export async function exhaustiveCandidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: { settings: MatchSettings; today: string; limit: number; centreIds: readonly string[] | null },
): Promise<ScoredWorker[]> {
  const top = new RankList<ScoredWorker>(opts.limit);
  const ctx = { settings: opts.settings, today: opts.today, direction: 'vacancy' as const };
  for (const w of await loadRegistryWorkers(db, null)) {
    if (opts.centreIds && !opts.centreIds.includes(w.display!.centreId)) continue;
    const scored = scorePair(w, vacancy, ctx);
    if (scored.eligible) top.add({ ...scored, id: w.id, worker: w });
  }
  return top.items;
}
