/**
 * Top N open vacancies for one worker, exactly as exhaustive scoring would rank them, without scoring them all:
 * groups (occupation level × place level) are read best bound first, each best wage first in pages, several
 * groups per query, and the search stops as soon as the N-th best score found beats the bound of everything
 * not yet read.
 */
import { type RawBuilder, sql } from 'kysely';
import { groupBound, wageBoundAfter } from '../../../shared/matching/bounds';
import { offeredWage } from '../../../shared/matching/factors';
import { scorePair } from '../../../shared/matching/score';
import type { MatchSettings, MatchWorker, PairScore } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { RankList } from './rank-list';
import {
  type LoadedVacancy,
  offeredSql,
  openAndUnfilled,
  toMatchVacancy,
  vacancyQuery,
} from './vacancy-features';
import { type Group, workerGroups } from './worker-groups';

export interface ScoredVacancy extends PairScore {
  id: string;
  vacancy: LoadedVacancy;
}

export interface SearchStats {
  groupsRead: number;
  rowsRead: number;
  queries: number;
}

/** First page of a group; a group the bound cannot close after it is read in pages four times larger each time. */
const FIRST_PAGE = 200;
/** Groups read by one query: fewer round trips, at the price of reading some pages the bound would skip. */
const BATCH = 12;

export function workerPriorityBound(w: MatchWorker, s: MatchSettings): number {
  return (
    s.priority.agriculture +
    (w.sex === 'female' ? s.priority.women : 0) +
    (w.hasDisability ? s.priority.disability : 0)
  );
}

interface Cursor {
  group: Group;
  offset: number;
  page: number;
  bound: number;
  done: boolean;
}

type Row = Awaited<ReturnType<ReturnType<typeof vacancyQuery>['execute']>>[number] & { g: number };

function pageQuery(db: Conn, c: Cursor, index: number, today: string) {
  return vacancyQuery(db)
    .select(sql<number>`${sql.lit(index)}`.as('g'))
    .where(openAndUnfilled(today))
    .where(c.group.where as RawBuilder<boolean>)
    .orderBy(offeredSql, (ob) => ob.desc().nullsLast())
    .orderBy('v.id')
    .limit(c.page)
    .offset(c.offset);
}

export async function matchesForWorker(
  db: Conn,
  worker: MatchWorker,
  opts: { settings: MatchSettings; today: string; limit: number },
): Promise<{ results: ScoredVacancy[]; stats: SearchStats }> {
  const { settings, today, limit } = opts;
  const ctx = { settings, today, direction: 'worker' as const };
  const priority = workerPriorityBound(worker, settings);
  const cursors: Cursor[] = workerGroups(worker).map((group) => ({
    group,
    offset: 0,
    page: FIRST_PAGE,
    bound: groupBound({ occupation: group.occupation, place: group.place, priority }),
    done: false,
  }));
  const top = new RankList<ScoredVacancy>(limit);
  const seen = new Set<string>();
  const stats: SearchStats = { groupsRead: 0, rowsRead: 0, queries: 0 };
  for (;;) {
    const batch = cursors
      .filter((c) => !c.done && !top.closedTo(c.bound))
      .sort((a, b) => b.bound - a.bound)
      .slice(0, BATCH);
    if (batch.length === 0) break;
    const branches = batch.map((c, i) => sql`(${pageQuery(db, c, i, today)})`);
    const rows = (await sql<Row>`${sql.join(branches, sql` union all `)}`.execute(db)).rows;
    stats.queries++;
    stats.rowsRead += rows.length;
    for (const [i, c] of batch.entries()) {
      if (c.offset === 0) stats.groupsRead++;
      const mine = rows.filter((r) => Number(r.g) === i);
      for (const v of mine.map(toMatchVacancy)) {
        if (seen.has(v.id)) continue;
        seen.add(v.id);
        const scored = scorePair(worker, v, ctx);
        if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
      }
      c.offset += c.page;
      if (mine.length < c.page) {
        c.done = true;
        continue;
      }
      const last = toMatchVacancy(mine[mine.length - 1]!);
      const wage = wageBoundAfter(offeredWage(last), worker.expectedWageUsd, settings.lowestMinimumWageUsd);
      c.bound = groupBound({ occupation: c.group.occupation, place: c.group.place, priority, wage });
      c.page *= 4;
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
  const top = new RankList<ScoredVacancy>(opts.limit);
  for (const v of all) {
    const scored = scorePair(worker, v, { settings: opts.settings, today: opts.today, direction: 'worker' });
    if (scored.eligible) top.add({ ...scored, id: v.id, vacancy: v });
  }
  return top.items;
}
