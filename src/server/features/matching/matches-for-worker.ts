/**
 * Top N open vacancies for one worker, exactly as exhaustive scoring would rank them, without scoring them all:
 * the database ranks the open vacancies the worker may take by an upper bound on their score (vacancy-bound.ts)
 * and returns them best bound first, a page at a time; the search stops as soon as the N-th best exact score
 * found beats the bound of the next vacancy not yet scored.
 */
import { sql } from 'kysely';
import { scorePair } from '../../../shared/matching/score';
import type { MatchSettings, MatchWorker, PairScore } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { RankList } from './rank-list';
import { eligibleVacancySql, vacancyBoundSql } from './vacancy-bound';
import { type LoadedVacancy, toMatchVacancy, vacancyQuery } from './vacancy-features';

export interface ScoredVacancy extends PairScore {
  id: string;
  vacancy: LoadedVacancy;
}

export interface SearchStats {
  groupsRead: number;
  rowsRead: number;
  queries: number;
}

/** First page; a search the bound cannot close after it reads pages twice as large each time. */
const FIRST_PAGE = 60;
/** Ids and bounds read per ranking query. */
const RANKED = 2000;
/** SQL and JavaScript round floating point apart: the margin keeps the bound above the score it bounds. */
const EPSILON = 1e-6;

export async function matchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number; rankedPage?: number },
): Promise<{ results: ScoredVacancy[]; stats: SearchStats }> {
  const { settings, today, limit, rankedPage = RANKED } = opts;
  const ctx = { settings, today, direction: 'worker' as const };
  const top = new RankList<ScoredVacancy>(limit);
  const stats: SearchStats = { groupsRead: 0, rowsRead: 0, queries: 0 };
  const eligible = eligibleVacancySql(worker, today);
  // An inactive worker or one of unknown age passes no vacancy's filters.
  if (!eligible || limit <= 0) return { results: [], stats };
  const bound = vacancyBoundSql(worker, settings, today);
  const ranked: { id: string; bound: number }[] = [];
  const seen = new Set<string>();
  let fetched = 0;
  let next = 0;
  let page = FIRST_PAGE;
  let exhausted = false;
  for (;;) {
    while (!exhausted && ranked.length <= next + page) {
      // The ranking (ids and bounds only) is read once, RANKED at a time; one row past a page tells the bound
      // of everything not read yet.
      const more = await db
        .selectFrom('vacancies as v')
        .innerJoin('employers as e', 'e.id', 'v.employer_id')
        .select(['v.id', bound.as('bound')])
        .where(eligible)
        .orderBy(sql`2`, 'desc')
        .orderBy('v.id')
        .limit(rankedPage)
        .offset(fetched)
        .execute();
      stats.queries++;
      fetched += more.length;
      // A vacancy written between two ranking queries can shift the offsets: never score one twice.
      for (const r of more)
        if (!seen.has(r.id) && seen.add(r.id)) ranked.push({ id: r.id, bound: Number(r.bound) });
      exhausted = more.length < rankedPage;
    }
    const ids = ranked.slice(next, next + page);
    if (ids.length) {
      const rows = await vacancyQuery(db)
        .where(
          'v.id',
          'in',
          ids.map((r) => r.id),
        )
        .execute();
      stats.queries++;
      stats.rowsRead += rows.length;
      for (const v of rows.map(toMatchVacancy)) {
        const s = scorePair(worker, v, ctx);
        if (s.eligible) top.add({ ...s, id: v.id, vacancy: v });
      }
    }
    next += page;
    const after = ranked[next];
    if (!after || top.closedTo(after.bound + EPSILON)) break;
    page *= 2;
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
  const top = new RankList<ScoredVacancy>(opts.limit);
  for (const v of all) {
    const scored = scorePair(worker, v, { settings: opts.settings, today: opts.today, direction: 'worker' });
    if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
  }
  return top.items;
}
