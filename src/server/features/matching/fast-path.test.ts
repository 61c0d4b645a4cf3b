import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchWorker } from '../../../shared/matching/types';
import type { DbHandle } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';
import { candidatesForVacancy, exhaustiveCandidatesForVacancy } from './candidates-for-vacancy';
import { loadMatchSettings } from './match-settings';
import { exhaustiveMatchesForWorker, matchesForWorker } from './matches-for-worker';
import { congest, insertEmployersAndVacancies, insertWorkers } from './matching.test-data';
import { toMatchVacancy, vacancyQuery } from './vacancy-features';
import { loadRegistryWorkers } from './worker-features';

const TODAY = '2026-03-01';
let handle: DbHandle;
let vacancyIds: string[];
let workerIds: string[];

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  const centre = await db
    .selectFrom('centres')
    .select('id')
    .where('code', '=', 'PST')
    .executeTakeFirstOrThrow();
  vacancyIds = await insertEmployersAndVacancies(db, {
    seed: 7,
    employers: 60,
    vacancies: 3000,
    today: TODAY,
  });
  workerIds = await insertWorkers(db, { seed: 8, workers: 1500, today: TODAY, centreId: centre.id });
  await congest(db, vacancyIds.slice(0, 10), workerIds, centre.id);
}, 240_000);
afterAll(() => handle?.close());

describe('fast path equals exhaustive scoring', () => {
  it('top 20 vacancies for 30 workers', { timeout: 240_000 }, async () => {
    const db = handle.db;
    const settings = await loadMatchSettings(db, TODAY);
    const workers = await loadRegistryWorkers(
      db,
      workerIds.filter((_, i) => i % 50 === 0),
    );
    let explained = 0;
    for (const worker of workers) {
      const fast = await matchesForWorker(db, worker, { settings, today: TODAY, limit: 20 });
      const full = await exhaustiveMatchesForWorker(db, worker, { settings, today: TODAY, limit: 20 });
      expect(fast.results.map((r) => [r.id, r.score])).toEqual(full.map((r) => [r.id, r.score]));
      explained += fast.stats.explained;
    }
    // Only the best are scored in full for their explanations, not the 3,000 vacancies.
    expect(explained / workers.length).toBeLessThan(30);
  });

  it('top 20 for workers varied across every filter and factor', { timeout: 240_000 }, async () => {
    const db = handle.db;
    const settings = await loadMatchSettings(db, TODAY);
    const [a, b] = await loadRegistryWorkers(db, workerIds.slice(0, 2));
    const variants: MatchWorker[] = [
      // Under 18: no hazardous work, filtered by SQL.
      { ...a!, dateOfBirth: '2010-06-01', birthYear: null, status: 'active' },
      { ...a!, dateOfBirth: null, birthYear: null, status: 'active' },
      { ...a!, status: 'inactive' },
      {
        ...b!,
        status: 'active',
        birthYear: 1990,
        skills: [],
        provinceCode: null,
        districtCode: null,
        communeCode: null,
        preferredProvinces: [],
        willingToRelocate: true,
        expectedWageUsd: 400,
        sex: 'female',
        hasDisability: true,
      },
      {
        ...b!,
        status: 'active',
        birthYear: 1985,
        preferredSectors: ['agriculture', 'manufacturing'],
        preferredProvinces: ['12', '17'],
        willingToRelocate: false,
        expectedWageUsd: null,
        stays: [{ occupationIsco: '9211', sector: 'agriculture', startedOn: '2018-01-01', endedOn: null }],
      },
      { ...b!, status: 'active', birthYear: 1995, stays: [], preferredOccupations: [], skills: [] },
    ];
    let nonEmpty = 0;
    for (const worker of variants) {
      const fast = await matchesForWorker(db, worker, { settings, today: TODAY, limit: 20 });
      const full = await exhaustiveMatchesForWorker(db, worker, { settings, today: TODAY, limit: 20 });
      expect(fast.results.map((r) => [r.id, r.score])).toEqual(full.map((r) => [r.id, r.score]));
      if (full.length) nonEmpty++;
    }
    expect(nonEmpty).toBe(4);
  });

  it('top 20 candidates for 20 vacancies (features kept by triggers agree with the registry)', {
    timeout: 240_000,
  }, async () => {
    const db = handle.db;
    const settings = await loadMatchSettings(db, TODAY);
    const rows = await vacancyQuery(db)
      .where(
        'v.id',
        'in',
        vacancyIds.filter((_, i) => i % 150 === 0 || i < 2),
      )
      .execute();
    const vacancies = rows.map(toMatchVacancy);
    let nonEmpty = 0;
    let explained = 0;
    for (const v of vacancies) {
      const opts = { settings, today: TODAY, limit: 20, centreIds: null };
      const fast = await candidatesForVacancy(db, v, opts);
      const full = await exhaustiveCandidatesForVacancy(db, v, opts);
      expect(fast.results.map((r) => [r.id, r.score])).toEqual(full.map((r) => [r.id, r.score]));
      if (full.length) nonEmpty++;
      explained += fast.stats.explained;
    }
    expect(nonEmpty).toBeGreaterThan(10);
    // Only the best are read back and explained, not the 1,500 workers.
    expect(explained / vacancies.length).toBeLessThanOrEqual(40);
  });
});
