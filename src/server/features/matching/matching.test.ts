import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TVacancyCandidates, TWorkerMatches } from '../../../shared/contracts/matching';
import { type Client, createTestApp, signInAs, type TestApp } from '../../testing/test-app';

let t: TestApp;
let counsellor: Client;
let vacancies: Record<string, string>;

const next = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function addVacancy(employerId: string, sourceId: string, fields: Record<string, unknown>) {
  const row = await t.db
    .insertInto('vacancies')
    .values({
      source: 'test',
      source_id: sourceId,
      employer_id: employerId,
      title: sourceId,
      positions: 3,
      province_code: '15',
      district_code: '1501',
      commune_code: '150101',
      wage_min: 250,
      wage_max: 300,
      contract_written: true,
      nssf: true,
      hours_per_week: 48,
      closes_on: next(30),
      ...fields,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function register(body: Record<string, unknown>) {
  const res = await counsellor.request('POST', '/api/workers', {
    registrationChannel: 'walk_in',
    addressCode: '150101',
    acknowledgedDuplicates: true,
    ...body,
  });
  expect(res.status).toBe(201);
  return (await res.json()).id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  counsellor = (await signInAs(t, 'counsellor', ['PST'])).client;
  const employer = await t.db
    .insertInto('employers')
    .values({ name_latin: 'Pursat Builders', nssf_registered: true, contacts: '[]' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const e = employer.id;
  vacancies = {
    site: await addVacancy(e, 'V-SITE', {
      occupation_isco: '9313',
      sector: 'construction',
      hazardous: true,
      skills_required: ['concrete_mixing'],
    }),
    road: await addVacancy(e, 'V-ROAD', { occupation_isco: '9312', sector: 'construction', hazardous: true }),
    farm: await addVacancy(e, 'V-FARM', {
      occupation_isco: '9211',
      sector: 'agriculture',
      min_age: 15,
      skills_required: ['crop_harvesting'],
    }),
    cook: await addVacancy(e, 'V-COOK', {
      occupation_isco: '5120',
      sector: 'hospitality_services',
      min_age: 15,
    }),
    closed: await addVacancy(e, 'V-CLOSED', { occupation_isco: '9313', status: 'closed' }),
    past: await addVacancy(e, 'V-PAST', { occupation_isco: '9313', closes_on: next(-2) }),
    full: await addVacancy(e, 'V-FULL', { occupation_isco: '9313', positions_filled: 3 }),
  };
});
afterAll(() => t.close());

describe('matches for a worker', () => {
  let sokha: string;

  it('ranks open vacancies with reasons factor by factor and every hard filter, in Khmer and English', async () => {
    sokha = await register({
      givenNameLatin: 'Sokha',
      familyNameLatin: 'Chan',
      sex: 'female',
      dateOfBirth: '1994-03-12',
      migrations: [
        {
          country: 'TH',
          sector: 'construction',
          occupationIsco: '9313',
          startedOn: '2019-01-01',
          endedOn: '2025-08-01',
        },
      ],
      skills: [{ label: 'Concrete mixing', kind: 'self_declared' }],
      preferences: { expectedWageUsd: 280, sectors: ['construction'] },
      consents: [{ kind: 'share_with_employers', granted: true }],
    });
    const res = await counsellor.request('GET', `/api/workers/${sokha}/matches?limit=10`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TWorkerMatches;
    const ids = body.results.map((r) => r.vacancyId);
    expect(ids[0]).toBe(vacancies.site);
    expect(ids).not.toContain(vacancies.closed);
    expect(ids).not.toContain(vacancies.past);
    expect(ids).not.toContain(vacancies.full);
    expect(body.results.map((r) => r.score)).toEqual(
      [...body.results.map((r) => r.score)].sort((a, b) => b - a),
    );
    const top = body.results[0]!;
    expect(top.sourceId).toBe('V-SITE');
    expect(top.canRefer).toBe(true);
    expect(top.reasons.filter((r) => r.kind === 'factor').map((r) => r.name)).toEqual([
      'occupation',
      'experience',
      'skills',
      'place',
      'wage',
      'sector',
      'decent_work',
      'priority',
    ]);
    expect(top.reasons.filter((r) => r.kind === 'filter').every((r) => r.passed)).toBe(true);
    expect(top.reasons.find((r) => r.name === 'skills')!.text.en).toContain('every essential skill');
    expect(top.reasons.find((r) => r.name === 'place')!.text.km).toBe('ការងារនៅឃុំ/សង្កាត់របស់គាត់ផ្ទាល់');
    // The farm job is adjacent work, and one missing skill stands in the way: training is suggested.
    const farm = body.results.find((r) => r.vacancyId === vacancies.farm)!;
    expect(farm.suggestions.map((s) => s.kind)).toEqual(['adjacent_occupation', 'training']);
    expect(body.adjacent).toContainEqual({ fromIsco: '9313', toIsco: '9211', jobs: 1 });
    expect(body.training).toContainEqual(expect.objectContaining({ skill: 'crop_harvesting', jobs: 1 }));
  });

  it('keeps a 16-year-old away from hazardous work and shows why referral is off without consent', async () => {
    const young = await register({
      givenNameLatin: 'Dara',
      familyNameLatin: 'Sok',
      sex: 'male',
      dateOfBirth: `${new Date().getFullYear() - 16}-01-01`,
      migrations: [{ country: 'TH', sector: 'construction', occupationIsco: '9313' }],
    });
    const body = (await (
      await counsellor.request('GET', `/api/workers/${young}/matches`)
    ).json()) as TWorkerMatches;
    const ids = body.results.map((r) => r.vacancyId);
    expect(ids).not.toContain(vacancies.site);
    expect(ids).not.toContain(vacancies.road);
    expect(ids).toContain(vacancies.farm);
    expect(body.blockedBy.map((b) => b.name)).toEqual(['consent']);
    expect(body.results.every((r) => !r.canRefer)).toBe(true);
  });

  it('answers 404 for an unknown worker and for a worker of another centre', async () => {
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    expect((await other.request('GET', `/api/workers/${sokha}/matches`)).status).toBe(404);
    expect(
      (await counsellor.request('GET', '/api/workers/4b3c3f0e-1b8e-4a53-9a0b-6f0c2d5e7a11/matches')).status,
    ).toBe(404);
  });
});

describe('candidates for a vacancy', () => {
  it('lists only workers who consented, with reasons, scoped to the centre', async () => {
    const res = await counsellor.request('GET', `/api/vacancies/${vacancies.site}/candidates?limit=5`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TVacancyCandidates;
    expect(body.sourceId).toBe('V-SITE');
    expect(body.results.map((r) => r.displayName)).toEqual(['Chan Sokha']);
    expect(
      body.results[0]!.reasons.some((r) => r.kind === 'filter' && r.name === 'consent' && r.passed),
    ).toBe(true);
    const other = (await signInAs(t, 'counsellor', ['OMC'])).client;
    const scoped = (await (
      await other.request('GET', `/api/vacancies/${vacancies.site}/candidates`)
    ).json()) as TVacancyCandidates;
    expect(scoped.results).toEqual([]);
  });

  it('stops suggesting a vacancy once active referrals reach the congestion cap', async () => {
    const ids = await Promise.all(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) =>
        register({
          givenNameLatin: `Worker${i}`,
          familyNameLatin: 'Test',
          dateOfBirth: '1990-01-01',
          consents: [{ kind: 'share_with_employers', granted: true }],
        }),
      ),
    );
    const centre = await t.db
      .selectFrom('centres')
      .select('id')
      .where('code', '=', 'PST')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('job_referrals')
      .values(
        ids.map((worker_id) => ({
          worker_id,
          vacancy_id: vacancies.cook!,
          centre_id: centre.id,
          status: 'referred' as const,
        })),
      )
      .execute();
    const body = (await (
      await counsellor.request('GET', `/api/vacancies/${vacancies.cook}/candidates`)
    ).json()) as TVacancyCandidates;
    expect(body.results).toEqual([]);
    expect(body.blockedBy.map((b) => [b.name, b.params])).toEqual([['not_congested', { active: 9, cap: 9 }]]);
  });
});
