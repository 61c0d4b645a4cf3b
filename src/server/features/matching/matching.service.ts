/**
 * The two questions matching answers, with everything a counsellor needs beside the ranking: which worker-level
 * filters block, which referrals already exist, and the adjacent occupations and training that would open work.
 */
import type { TVacancyCandidates, TWorkerMatches } from '../../../shared/contracts/matching';
import type { HardFilter } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre, centreScope } from '../../http/scope';
import { candidatesForVacancy, vacancyBlockers } from './candidates-for-vacancy';
import { loadMatchSettings, todayIso } from './match-settings';
import { matchesForWorker, type ScoredVacancy } from './matches-for-worker';
import { presentCandidate, presentFilter, presentVacancyMatch } from './matching.presenter';
import { suggestionsFrom } from './suggestions';
import { toMatchVacancy, vacancyQuery } from './vacancy-features';
import { loadRegistryWorkers, workerSourceIds } from './worker-features';

async function referralStatuses(db: Conn, by: { workerId?: string; vacancyId?: string }, ids: string[]) {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  let q = db.selectFrom('job_referrals').select(['worker_id', 'vacancy_id', 'status']);
  if (by.workerId) q = q.where('worker_id', '=', by.workerId).where('vacancy_id', 'in', ids);
  if (by.vacancyId) q = q.where('vacancy_id', '=', by.vacancyId).where('worker_id', 'in', ids);
  for (const r of await q.execute()) out.set(by.workerId ? r.vacancy_id : r.worker_id, r.status);
  return out;
}

const workerFilter = (
  name: HardFilter['name'],
  passed: boolean,
  params: HardFilter['params'] = {},
): HardFilter => ({
  name,
  passed,
  key: `matching.filter.${name}.${passed ? 'pass' : 'fail'}`,
  params,
});

/** `auth` null: the CLI, run by the operator with access to every centre. */
export async function workerMatches(
  db: Conn,
  auth: AuthContext | null,
  workerId: string,
  limit: number,
): Promise<TWorkerMatches> {
  const today = todayIso();
  // Round trips side by side: each is a millisecond or so of a target of 20 (issue 5).
  const [[worker], settings] = await Promise.all([
    loadRegistryWorkers(db, [workerId]),
    loadMatchSettings(db, today),
  ]);
  if (!worker || (auth && !canSeeCentre(auth, worker.display!.centreId))) throw notFound('Worker');
  const blocked: HardFilter[] = [];
  if (worker.status !== 'active') blocked.push(workerFilter('available', false, { status: worker.status }));
  if (!worker.shareWithEmployers) blocked.push(workerFilter('consent', false));
  const results: ScoredVacancy[] =
    worker.status === 'active'
      ? (await matchesForWorker(db, worker, { settings, today, limit })).results
      : [];
  const [statuses, sources] = await Promise.all([
    referralStatuses(
      db,
      { workerId },
      results.map((r) => r.id),
    ),
    workerSourceIds(db, [workerId]),
  ]);
  const sourceId = sources.get(workerId) ?? null;
  return {
    workerId,
    sourceId,
    blockedBy: blocked.map(presentFilter),
    results: results.map((r) =>
      presentVacancyMatch(r, {
        referralStatus: statuses.get(r.id) ?? null,
        consent: worker.shareWithEmployers,
      }),
    ),
    ...suggestionsFrom(results),
  };
}

export async function vacancyCandidates(
  db: Conn,
  auth: AuthContext | null,
  vacancyId: string,
  limit: number,
): Promise<TVacancyCandidates> {
  const row = await vacancyQuery(db).where('v.id', '=', vacancyId).executeTakeFirst();
  if (!row) throw notFound('Vacancy');
  const vacancy = toMatchVacancy(row);
  const today = todayIso();
  const settings = await loadMatchSettings(db, today);
  const { results } = await candidatesForVacancy(db, vacancy, {
    settings,
    today,
    limit,
    centreIds: auth ? centreScope(auth) : null,
  });
  const ids = results.map((r) => r.id);
  const [workers, sources, statuses] = await Promise.all([
    loadRegistryWorkers(db, ids),
    workerSourceIds(db, ids),
    referralStatuses(db, { vacancyId }, ids),
  ]);
  const byId = new Map(workers.map((w) => [w.id, w]));
  return {
    vacancyId,
    sourceId: vacancy.sourceId ?? null,
    blockedBy: vacancyBlockers(vacancy, settings, today).map(presentFilter),
    results: results.map((r) =>
      presentCandidate(r, byId.get(r.id), {
        sourceId: sources.get(r.id) ?? null,
        referralStatus: statuses.get(r.id) ?? null,
      }),
    ),
  };
}
