import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatchWorker } from '../../../shared/matching/types';
import type { DbHandle } from '../../db/create-db';
import { createDb } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';
import { loadMatchSettings } from './match-settings';
import { exhaustiveMatchesForWorker, matchesForWorker } from './matches-for-worker';
import { insertEmployersAndVacancies, insertWorkers } from './matching.test-data';
import { loadRegistryWorkers } from './worker-features';

const TODAY = '2026-03-01';
let handle: DbHandle;
let worker: MatchWorker;
let centreId: string;
let workerIds: string[];

beforeAll(async () => {
  handle = await createTestDb();
  const db = handle.db;
  centreId = (await db.selectFrom('centres').select('id').where('code', '=', 'PST').executeTakeFirstOrThrow())
    .id;
  await insertEmployersAndVacancies(db, { seed: 3, employers: 20, vacancies: 400, today: TODAY });
  workerIds = await insertWorkers(db, { seed: 4, workers: 60, today: TODAY, centreId });
  const workers = await loadRegistryWorkers(db, workerIds);
  const chosen = workers.find((w) => w.status === 'active' && w.stays.some((s) => s.occupationIsco))!;
  worker = { ...chosen, birthYear: 1990, dateOfBirth: null };
}, 120_000);
afterAll(() => handle?.close());

const ownOccupation = () => worker.stays.find((s) => s.occupationIsco)!.occupationIsco;

async function expectExact() {
  const db = handle.db;
  const settings = await loadMatchSettings(db, TODAY);
  const opts = { settings, today: TODAY, limit: 20 };
  const fast = await matchesForWorker(db, worker, opts);
  const full = await exhaustiveMatchesForWorker(db, worker, opts);
  expect(fast.results.map((r) => [r.id, r.score])).toEqual(full.map((r) => [r.id, r.score]));
  return fast.results;
}

describe('the in-memory vacancy index follows every change that moves a score or a filter', () => {
  it('vacancies closed, repriced, added and deleted; employers and their placements changed; referrals', {
    timeout: 120_000,
  }, async () => {
    const db = handle.db;
    const first = await expectExact();
    expect(first.length).toBe(20);
    const [top, second] = first;

    await db.updateTable('vacancies').set({ status: 'closed' }).where('id', '=', top!.id).execute();
    const afterClose = await expectExact();
    expect(afterClose.map((r) => r.id)).not.toContain(top!.id);

    // A vacancy from the bottom of the list offered at a wage nobody beats, in the worker's own commune.
    const low = await db
      .selectFrom('vacancies')
      .select('id')
      .where(
        'id',
        'not in',
        first.map((r) => r.id),
      )
      .where('status', '=', 'open')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await db
      .updateTable('vacancies')
      .set({
        wage_min: 2000,
        wage_max: 2500,
        wage_currency: 'USD',
        wage_per: 'month',
        province_code: worker.provinceCode,
        district_code: worker.districtCode,
        commune_code: worker.communeCode,
        occupation_isco: ownOccupation(),
        sector: worker.preferredSectors[0] ?? null,
        skills_required: [],
        skills_optional: [],
        nssf: true,
        contract_written: true,
        positions: 5,
        positions_filled: 0,
        closes_on: null,
        min_age: 15,
        hazardous: false,
      })
      .where('id', '=', low.id)
      .execute();
    expect((await expectExact()).map((r) => r.id)).toContain(low.id);

    const employer = await db
      .selectFrom('vacancies')
      .select('employer_id')
      .where('id', '=', second!.id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable('employers')
      .set({ nssf_registered: sql<boolean>`not coalesce(nssf_registered, false)` })
      .where('id', '=', employer.employer_id)
      .execute();
    await expectExact();

    // Past placements with a recorded follow-up move the employer's decent-work record.
    const placement = await db
      .insertInto('placements')
      .values({
        worker_id: workerIds[1]!,
        centre_id: centreId,
        employer_id: employer.employer_id,
        kind: 'wage',
        found_by: 'worker',
        started_on: '2026-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('placement_follow_ups')
      .values({
        placement_id: placement.id,
        stage: 'day30',
        due_on: '2026-01-31',
        done_on: '2026-02-01',
        decent: false,
      })
      .execute();
    const withRecord = await expectExact();
    const s2 = withRecord.find((r) => r.id === second!.id);
    if (s2) expect(s2.score).not.toBe(second!.score);

    // Referrals fill a vacancy's queue until it stops being suggested.
    const vacancy = withRecord[0]!;
    const positions = await db
      .selectFrom('vacancies')
      .select(['positions', 'positions_filled'])
      .where('id', '=', vacancy.id)
      .executeTakeFirstOrThrow();
    const settings = await loadMatchSettings(db, TODAY);
    const cap = Math.ceil(settings.congestionMultiple * (positions.positions - positions.positions_filled));
    await db
      .insertInto('job_referrals')
      .values(
        workerIds.slice(0, cap).map((worker_id) => ({
          worker_id,
          vacancy_id: vacancy.id,
          centre_id: centreId,
          status: 'referred' as const,
        })),
      )
      .execute();
    expect((await expectExact()).map((r) => r.id)).not.toContain(vacancy.id);

    const added = await db
      .insertInto('vacancies')
      .values({
        employer_id: employer.employer_id,
        title: 'Added after the index loaded',
        occupation_isco: ownOccupation(),
        positions: 3,
        wage_min: 3000,
        wage_currency: 'USD',
        wage_per: 'month',
        province_code: worker.provinceCode,
        status: 'open',
        source: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await expectExact()).map((r) => r.id)).toContain(added.id);
    await db.deleteFrom('vacancies').where('id', '=', added.id).execute();
    expect((await expectExact()).map((r) => r.id)).not.toContain(added.id);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('a change committed late is still seen', () => {
  it('a vacancy written before another but committed after it reaches the index', {
    timeout: 60_000,
  }, async () => {
    const db = handle.db;
    await expectExact();
    const url = (await sql<{ url: string }>`select current_database() as url`.execute(db)).rows[0]!.url;
    const server = new URL(process.env.TEST_DATABASE_URL!);
    server.pathname = `/${url}`;
    const other = await createDb({ databaseUrl: server.toString(), poolSize: 1 });
    const employer = await db.selectFrom('employers').select('id').executeTakeFirstOrThrow();
    const values = (title: string) => ({
      employer_id: employer.id,
      title,
      occupation_isco: ownOccupation(),
      positions: 3,
      wage_min: 4000 + title.length,
      wage_currency: 'USD' as const,
      wage_per: 'month' as const,
      province_code: worker.provinceCode,
      status: 'open' as const,
      source: 'test',
    });
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let lateId = '';
    const late = other.db.transaction().execute(async (trx) => {
      lateId = (
        await trx
          .insertInto('vacancies')
          .values(values('written first'))
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
      await held;
    });
    // Wait until the late transaction holds its sequence number.
    while (!lateId) await new Promise((r) => setTimeout(r, 20));
    const early = await db
      .insertInto('vacancies')
      .values(values('written second, committed first'))
      .returning('id')
      .executeTakeFirstOrThrow();
    const before = (await expectExact()).map((r) => r.id);
    expect(before).toContain(early.id);
    expect(before).not.toContain(lateId);
    release();
    await late;
    expect((await expectExact()).map((r) => r.id)).toContain(lateId);
    await other.close();
  });
});
