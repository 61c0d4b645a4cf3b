/**
 * Top N open vacancies for one worker, exactly as exhaustive scoring would rank them, without scoring them all:
 * groups (occupation level × place level) are visited best bound first, each read best wage first in pages,
 * and the search stops as soon as the N-th best score found beats the bound of everything not yet read.
 */
import { groupBound, wageBoundAfter } from '../../../shared/matching/bounds';
import { offeredWage } from '../../../shared/matching/factors';
import { scorePair } from '../../../shared/matching/score';
import type { MatchSettings, MatchWorker, PairScore } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { RankList } from './rank-list';
import {
  enrichVacancies,
  type LoadedVacancy,
  offeredSql,
  openAndUnfilled,
  toMatchVacancy,
  vacancyQuery,
} from './vacancy-features';
import { workerGroups } from './worker-groups';

export interface ScoredVacancy extends PairScore {
  id: string;
  vacancy: LoadedVacancy;
}

export interface SearchStats {
  groupsRead: number;
  rowsRead: number;
}

const PAGE = 100;

export function workerPriorityBound(w: MatchWorker, s: MatchSettings): number {
  return (
    s.priority.agriculture +
    (w.sex === 'female' ? s.priority.women : 0) +
    (w.hasDisability ? s.priority.disability : 0)
  );
}

export async function matchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number },
): Promise<{ results: ScoredVacancy[]; stats: SearchStats }> {
  const { settings, today, limit } = opts;
  const ctx = { settings, today, direction: 'worker' as const };
  const priority = workerPriorityBound(worker, settings);
  const groups = workerGroups(worker)
    .map((g) => ({ ...g, bound: groupBound({ occupation: g.occupation, place: g.place, priority }) }))
    .sort((a, b) => b.bound - a.bound);
  const top = new RankList<ScoredVacancy>(limit);
  const seen = new Set<string>();
  const stats: SearchStats = { groupsRead: 0, rowsRead: 0 };
  for (const group of groups) {
    if (top.closedTo(group.bound)) break;
    stats.groupsRead++;
    for (let offset = 0; ; offset += PAGE) {
      const rows = await vacancyQuery(db)
        .where(openAndUnfilled(today))
        .where(group.where as never)
        .orderBy(offeredSql, (ob) => ob.desc().nullsLast())
        .orderBy('v.id')
        .limit(PAGE)
        .offset(offset)
        .execute();
      stats.rowsRead += rows.length;
      const fresh = rows.map(toMatchVacancy).filter((v) => !seen.has(v.id));
      for (const v of fresh) seen.add(v.id);
      for (const v of await enrichVacancies(db, fresh)) {
        const scored = scorePair(worker, v, ctx);
        if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
      }
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1]!;
      const lastOffered = offeredWage({
        wageMaxUsd: last.match_wage_max_usd === null ? null : Number(last.match_wage_max_usd),
        wageMinUsd: last.match_wage_min_usd === null ? null : Number(last.match_wage_min_usd),
      });
      const wage = wageBoundAfter(lastOffered, worker.expectedWageUsd, settings.lowestMinimumWageUsd);
      if (top.closedTo(groupBound({ occupation: group.occupation, place: group.place, priority, wage })))
        break;
    }
  }
  return { results: top.items, stats };
}

/** Every vacancy scored, for the tests and the benchmark's equality check. */
export async function exhaustiveMatchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number },
): Promise<ScoredVacancy[]> {
  const all = (await vacancyQuery(db).execute()).map(toMatchVacancy);
  await enrichVacancies(db, all);
  const top = new RankList<ScoredVacancy>(opts.limit);
  for (const v of all) {
    const scored = scorePair(worker, v, { settings: opts.settings, today: opts.today, direction: 'worker' });
    if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
  }
  return top.items;
}
