import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorePair } from '../../../shared/matching/score';
import type { MatchVacancy } from '../../../shared/matching/types';
import type { DbHandle } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';

import { candidatesForVacancy, exhaustiveCandidatesForVacancy } from './candidates-for-vacancy';
import { loadMatchSettings } from './match-settings';
import { insertEmployersAndVacancies, insertWorkers } from './matching.test-data';
import { scoreWorkers } from './score-workers';
import { toMatchVacancy, vacancyQuery } from './vacancy-features';
import { loadRegistryWorkers } from './worker-features';
import { workerIndexFor } from './worker-index';

const TODAY = '2026-03-01';
let handle: DbHandle;
let centres: Record<'PST' | 'OMC', string>;
let workerIds: string[];
let vacancy: MatchVacancy;

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  const rows = await db.selectFrom('centres').select(['id', 'code']).execute();
  const byCode = (code: string) => rows.find((r) => r.code === code)!.id;
  centres = { PST: byCode('PST'), OMC: byCode('OMC') };
  const vacancyIds = await insertEmployersAndVacancies(db, {
    seed: 5,
    employers: 10,
    vacancies: 80,
    today: TODAY,
  });
  workerIds = await insertWorkers(db, { seed: 6, workers: 400, today: TODAY, centreId: centres.PST });
  // A vacancy nobody is blocked from: open, places left, an occupation, skills asked.
  await db
    .updateTable('vacancies')
    .set({
      status: 'open',
      closes_on: null,
      positions: 10,
      positions_filled: 0,
      min_age: 18,
      hazardous: false,
      min_experience_years: 10,
      skills_required: ['forklift', 'welding'],
      skills_optional: ['english'],
    })
    .where('id', '=', vacancyIds[0]!)
    .execute();
  vacancy = toMatchVacancy(
    await vacancyQuery(db).where('v.id', '=', vacancyIds[0]!).executeTakeFirstOrThrow(),
  );
}, 120_000);
afterAll(() => handle?.close());

async function expectExact(centreIds: string[] | null = null) {
  const db = handle.db;
  const settings = await loadMatchSettings(db, TODAY);
  const opts = { settings, today: TODAY, limit: 20, centreIds };
  const fast = await candidatesForVacancy(db, vacancy, opts);
  const full = await exhaustiveCandidatesForVacancy(db, vacancy, opts);
  expect(fast.results.map((r) => [r.id, r.score])).toEqual(full.map((r) => [r.id, r.score]));
  // Every shareable worker's score from the index is the one scorePair gives, to the last bit.
  const index = await workerIndexFor(db);
  const scores = scoreWorkers(index, vacancy, opts);
  let checked = 0;
  for (const w of await loadRegistryWorkers(db, null)) {
    const slot = index.slotOf(w.id);
    if (w.status !== 'active' || !w.shareWithEmployers) {
      expect(slot).toBeUndefined();
      continue;
    }
    const pair = scorePair(w, vacancy, { settings, today: TODAY, direction: 'vacancy' });
    const inScope = !centreIds || centreIds.includes(w.display!.centreId);
    expect(scores[slot!]).toBe(pair.eligible && inScope ? pair.score : Number.NaN);
    checked++;
  }
  expect(checked).toBeGreaterThan(200);
  // Only the best are read back and scored in full, never the whole registry.
  expect(fast.stats.explained).toBeLessThanOrEqual(40);
  return fast.results.map((r) => r.id);
}

const stay = (worker_id: string, position: number, from: string, to: string | null) => ({
  worker_id,
  position,
  country: 'Thailand',
  sector: 'manufacturing',
  occupation_isco: vacancy.occupationIsco,
  started_on: from,
  ended_on: to,
});

describe('the in-memory worker index follows every change that moves a candidate', () => {
  it('consent, dates of birth, long histories, skills, centres, new and removed workers', {
    timeout: 120_000,
  }, async () => {
    const db = handle.db;
    const first = await expectExact();
    expect(first.length).toBe(20);

    // Withdrawing consent removes a worker from every employer-facing list at once.
    await db
      .insertInto('worker_consents')
      .values({ worker_id: first[0]!, kind: 'share_with_employers', granted: false })
      .execute();
    expect(await expectExact()).not.toContain(first[0]);

    // A worker from the bottom: a full date of birth, six stays in the vacancy's occupation (more than the
    // index keeps inline, the last still going on), the skills asked and the vacancy's commune.
    const star = workerIds.find((id) => !first.includes(id))!;
    await db
      .updateTable('workers')
      .set({
        date_of_birth: '1990-03-02',
        birth_year: null,
        province_code: vacancy.provinceCode,
        district_code: vacancy.districtCode,
        commune_code: vacancy.communeCode,
        preferences: JSON.stringify({ expectedWageUsd: 100, sectors: [vacancy.sector] }),
      })
      .where('id', '=', star)
      .execute();
    await db.deleteFrom('worker_consents').where('worker_id', '=', star).execute();
    await db
      .insertInto('worker_consents')
      .values({ worker_id: star, kind: 'share_with_employers', granted: true })
      .execute();
    await db
      .insertInto('worker_migrations')
      .values([
        stay(star, 1, '2012-01-01', '2013-01-01'),
        stay(star, 2, '2013-02-01', '2014-01-01'),
        { ...stay(star, 3, '2014-02-01', '2015-01-01'), occupation_isco: null },
        stay(star, 4, '2015-02-01', '2016-06-30'),
        stay(star, 5, '2017-02-01', '2018-01-01'),
        stay(star, 6, '2019-02-01', '2020-01-01'),
        stay(star, 7, '2024-06-15', null),
      ])
      .execute();
    await db
      .insertInto('worker_skills')
      .values(
        ['Forklift', 'welding', 'English'].map((label) => ({ worker_id: star, label, kind: 'certified' })),
      )
      .execute();
    const withStar = await expectExact();
    expect(withStar[0]).toBe(star);

    // The day before the birthday the worker is a year younger: an 18+ vacancy still takes a 35-year-old.
    await db.updateTable('workers').set({ date_of_birth: '2008-03-02' }).where('id', '=', star).execute();
    expect(await expectExact()).not.toContain(star);
    await db.updateTable('workers').set({ date_of_birth: '2008-03-01' }).where('id', '=', star).execute();
    expect(await expectExact()).toContain(star);

    // Another centre's worker is seen by users of every centre, not by a Pursat counsellor.
    await db.updateTable('workers').set({ centre_id: centres.OMC }).where('id', '=', star).execute();
    expect(await expectExact()).toContain(star);
    expect(await expectExact([centres.PST])).not.toContain(star);
    expect(await expectExact([centres.OMC])).toEqual([star]);

    // Leaving the registry's active list takes the worker out; a worker registered after the index loaded
    // comes in.
    await db.updateTable('workers').set({ status: 'inactive' }).where('id', '=', star).execute();
    expect(await expectExact()).not.toContain(star);
    const template = await db
      .selectFrom('workers')
      .selectAll()
      .where('id', '=', workerIds[1]!)
      .executeTakeFirstOrThrow();
    const { id: _id, version: _v, created_at: _c, updated_at: _u, ...copy } = template;
    const added = await db
      .insertInto('workers')
      .values({
        ...copy,
        reg_no: 'ADDED-1',
        status: 'active',
        date_of_birth: '1990-01-01',
        birth_year: null,
        commune_code: vacancy.communeCode,
        district_code: vacancy.districtCode,
        province_code: vacancy.provinceCode,
        preferences: JSON.stringify({ sectors: [vacancy.sector], expectedWageUsd: 100 }),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('worker_consents')
      .values({ worker_id: added.id, kind: 'share_with_employers', granted: true })
      .execute();
    await db
      .insertInto('worker_migrations')
      .values(stay(added.id, 1, '2015-01-01', '2025-01-01'))
      .execute();
    await db
      .insertInto('worker_skills')
      .values(
        ['forklift', 'welding', 'english'].map((label) => ({
          worker_id: added.id,
          label,
          kind: 'certified',
        })),
      )
      .execute();
    expect(await expectExact()).toContain(added.id);
    await db.deleteFrom('workers').where('id', '=', added.id).execute();
    expect(await expectExact()).not.toContain(added.id);
    const index = await workerIndexFor(db);
    const shareable = await sql<{ n: number }>`select count(*)::int as n from match_workers`.execute(db);
    expect(index.size).toBe(shareable.rows[0]!.n);
  });
});
