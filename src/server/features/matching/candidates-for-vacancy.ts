/**
 * Top N shareable workers for one vacancy, exactly as exhaustive scoring would rank them. Every worker in the
 * in-memory index (worker-index.ts) is scored with the scoring core's own factor functions, each computed once
 * per distinct occupation set, place, sector preference or skill set, and combined by the same arithmetic as
 * `scorePair`; the best are then read back and scored in full by `scorePair` for their explanations.
 */
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
import { type CandidateOptions, scoreWorkers } from './score-workers';
import { fromFeatures, loadRegistryWorkers } from './worker-features';
import { featureQuery, type WorkerIndex, workerIndexFor } from './worker-index';

export interface CandidateStats {
  /** Workers scored from the index, and those read back and scored in full for their explanations. */
  scored: number;
  explained: number;
}

export interface ScoredWorker extends PairScore {
  id: string;
  worker: MatchWorker;
}

/** Scores this close below the N-th are explained too, in case floating point ever strays (at most N more). */
const EPSILON = 1e-9;

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

/** The slots of the N best scores (ties broken by id), and up to N more within EPSILON below the N-th. */
function bestSlots(index: WorkerIndex, scores: Float64Array, limit: number, stats: CandidateStats): number[] {
  const best = new RankList<{ id: string; score: number; slot: number }>(limit);
  for (let slot = 0; slot < scores.length; slot++) {
    const score = scores[slot]!;
    if (Number.isNaN(score)) continue;
    stats.scored++;
    if (!best.closedTo(score)) best.add({ id: index.ids[slot]!, score, slot });
  }
  const chosen = best.items.map((b) => b.slot);
  if (best.items.length < limit) return chosen;
  const nth = best.items[limit - 1]!.score;
  const taken = new Set(chosen);
  const near = new RankList<{ id: string; score: number; slot: number }>(limit);
  for (let slot = 0; slot < scores.length; slot++)
    if (scores[slot]! >= nth - EPSILON && !taken.has(slot))
      near.add({ id: index.ids[slot]!, score: scores[slot]!, slot });
  return [...chosen, ...near.items.map((b) => b.slot)];
}

export async function candidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: CandidateOptions,
): Promise<{ results: ScoredWorker[]; stats: CandidateStats }> {
  const { settings, today, limit } = opts;
  const stats: CandidateStats = { scored: 0, explained: 0 };
  if (limit <= 0 || vacancyBlockers(vacancy, settings, today).length) return { results: [], stats };
  const index = await workerIndexFor(db);
  const slots = bestSlots(index, scoreWorkers(index, vacancy, opts), limit, stats);
  const ids = slots.map((slot) => index.ids[slot]!);
  const rows = ids.length ? await featureQuery(db).where('worker_id', 'in', ids).execute() : [];
  const ctx = { settings, today, direction: 'vacancy' as const };
  const top = new RankList<ScoredWorker>(limit);
  for (const r of rows) {
    const w = fromFeatures(r, { status: 'active', share: true });
    const scored = scorePair(w, vacancy, ctx);
    stats.explained++;
    if (scored.eligible) top.add({ ...scored, id: w.id, worker: w });
  }
  return { results: top.items, stats };
}

/** Every worker scored from the registry tables (not the trigger-kept features): the tests' reference. */
export async function exhaustiveCandidatesForVacancy(
  db: Conn,
  vacancy: MatchVacancy,
  opts: CandidateOptions,
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
