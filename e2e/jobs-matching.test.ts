/**
 * Issue 5 end to end, as a Pursat counsellor working in Khmer: a returnee's matching jobs with the reasons,
 * the referral made from the match, the hire that creates the placement, and the 30-day decent-work follow-up.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, createStaff, registerWorker, shot } from './support/registry';
import { useSuite } from './support/suite';

const km = text.km;
const ui = km.matching.ui;
const COUNSELLOR = { email: 'dara@pst.test', name: 'Sok Dara', password: 'counsellor-pass-2026' };

/** The Khmer wording of a key of the jobs screens (the key itself while its wording is not written yet). */
function label(key: string): string {
  let node: unknown = km;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string' ? node : key;
}

async function expectAccessible(page: Page, where: string) {
  const violations = await seriousViolations(page);
  expect(violations, `${where}: ${describeViolations(violations)}`).toEqual([]);
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!browserAvailable())(
  'jobs: from matches to a referral, a hire and the 30-day follow-up',
  () => {
    const suite = useSuite();

    it('refers a returnee from the explained match, records the hire and the day-30 decent-work check', async () => {
      const admin = await apiSession(suite.url);
      const pst = await centreId(admin, 'PST');
      await createStaff(admin, { ...COUNSELLOR, role: 'counsellor', centreIds: [pst] });
      const employer = await admin.post<{ id: string }>('/api/employers', {
        nameKm: 'ក្រុមហ៊ុនសំណង់ពោធិ៍សាត់',
        nameLatin: 'Pursat Construction Co.',
        sector: 'construction',
        provinceCode: '15',
        nssfRegistered: true,
      });
      expect(employer.status).toBe(201);
      const vacancy = await admin.post<{ id: string }>('/api/vacancies', {
        employerId: employer.body.id,
        title: 'កម្មករសំណង់',
        occupationIsco: '9313',
        sector: 'construction',
        positions: 4,
        provinceCode: '15',
        wageMin: 260,
        wageMax: 300,
        contractWritten: true,
        hoursPerWeek: 48,
        nssf: true,
        hazardous: true,
        minAge: 18,
        skillsRequired: ['concrete_mixing'],
        closesOn: inDays(60),
      });
      expect(vacancy.status).toBe(201);
      const worker = await registerWorker(admin, {
        centreId: pst,
        familyNameKm: 'ហេង',
        givenNameKm: 'វិចិត្រ',
        familyNameLatin: 'Heng',
        givenNameLatin: 'Vichet',
        sex: 'male',
        dateOfBirth: '1990-05-04',
        addressCode: '15',
        registrationChannel: 'walk_in',
        migrations: [
          {
            country: 'TH',
            sector: 'construction',
            occupationIsco: '9313',
            startedOn: '2019-02-01',
            endedOn: '2025-07-15',
          },
        ],
        skills: [{ label: 'concrete_mixing', kind: 'self_declared' }],
        preferences: { expectedWageUsd: 270 },
        consents: [{ kind: 'share_with_employers', granted: true }],
      });

      const context = await suite.context({ lang: 'km', width: 1280, height: 900 });
      const page = await context.newPage();
      await signIn(page, suite.url, COUNSELLOR.email, COUNSELLOR.password);
      await page.goto(`${suite.url}/workers/${worker.id}`);

      // 1. The match, with its score and the reasons factor by factor and check by check, in Khmer.
      const matches = page.getByTestId('worker-matches');
      await matches.getByRole('heading', { name: ui.matchesTitle }).waitFor();
      const card = matches.getByTestId('match-card').filter({ hasText: 'កម្មករសំណង់' });
      await card.waitFor();
      await card.getByRole('button', { name: ui.showReasons }).click();
      await card.getByTestId('match-factors').getByText(km.matching.factor.place.province).waitFor();
      await card.getByTestId('match-filters').getByText(km.matching.filter.consent.pass).waitFor();
      expect(await card.getByTestId('match-filters').getByRole('listitem').count()).toBe(6);
      await expectAccessible(page, 'worker matches');
      await shot(page, 'jobs-matching-worker-matches-km');

      // 2. Refer from the match: the referral enters the pipeline and the match says so.
      await card.getByRole('button', { name: ui.refer, exact: true }).click();
      await card
        .getByText(ui.referralStatus.replace('{{status}}', label('jobs.referralStatus.referred')))
        .waitFor();
      const referred = page
        .getByTestId('worker-jobs')
        .getByTestId('pipeline-referred')
        .getByTestId('referral-card');
      await referred.waitFor();

      // 3. Hired: the placement is created with its follow-ups.
      await referred.getByRole('button', { name: label('jobs.pipeline.moveTo.hired'), exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: label('jobs.pipeline.confirm') }).click();
      await dialog.waitFor({ state: 'detached' });
      const hired = page
        .getByTestId('worker-jobs')
        .getByTestId('pipeline-hired')
        .getByTestId('referral-card');
      await hired.waitFor();
      await hired.getByRole('link', { name: label('jobs.pipeline.openPlacement') }).click();

      // 4. The 30-day follow-up, recorded with its decent-work checklist.
      const day30 = page.getByTestId('follow-up-day30');
      await day30.waitFor();
      await day30.getByRole('button', { name: label('jobs.followUps.record') }).click();
      const followUp = page.getByRole('dialog');
      await followUp.getByRole('button', { name: label('common.save') }).click();
      await followUp.waitFor({ state: 'detached' });
      await day30.getByText(label('jobs.followUps.doneText').split('{{')[0]!.trim()).waitFor();
      // The placement page's accessibility is checked by jobs-screens.test.ts with the other jobs screens.
      await shot(page, 'jobs-matching-placement-km');
    });
  },
);
