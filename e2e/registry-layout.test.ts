import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TWorker } from '../src/shared/contracts/workers';
import { expectNoSidewaysScroll, field, type Lang, signIn, text } from './support/app';
import { describeViolations, seriousViolations } from './support/axe';
import { browserAvailable } from './support/browser';
import { apiSession, centreId, registerWorker, shot } from './support/registry';
import { ADMIN_EMAIL, ADMIN_PASSWORD } from './support/server';
import { useSuite } from './support/suite';

const SIZES = [
  { label: 'phone', width: 360, height: 740 },
  { label: 'desktop', width: 1280, height: 860 },
] as const;

describe.skipIf(!browserAvailable())(
  'the registry screens fit phones and desktops, in Khmer and English',
  () => {
    const suite = useSuite();
    let full: TWorker;
    let twin: TWorker;

    beforeAll(async () => {
      const admin = await apiSession(suite.url);
      const pst = await centreId(admin, 'PST');
      // One record with every section filled, so the profile shows real content at every width.
      full = await registerWorker(admin, {
        centreId: pst,
        familyNameKm: 'ជា',
        givenNameKm: 'សុវណ្ណារ៉ា',
        familyNameLatin: 'Chea',
        givenNameLatin: 'Sovannara',
        sex: 'male',
        dateOfBirth: '1988-04-12',
        phones: ['012 888 345', '+66 81 234 5678'],
        nationalId: '150123456',
        thaiDocuments: [{ kind: 'pink_card', number: '0-1234-56789-01-2', expiresOn: '2026-03-31' }],
        addressCode: '15',
        addressDetail: 'ផ្ទះលេខ ១២ ក្បែរផ្សារ',
        household: { size: 6, headOfHousehold: true, dependants: 3 },
        disability: { walking: 'some_difficulty', seeing: 'no_difficulty' },
        education: 'lower_secondary',
        literacy: { khmerRead: true, khmerWrite: true },
        languages: ['km', 'th'],
        migrations: [
          {
            country: 'TH',
            sector: 'construction',
            occupationIsco: '7112',
            employer: 'Siam Concrete Ltd.',
            startedOn: '2019-02-01',
            endedOn: '2025-07-15',
            monthlyWage: 12000,
            wageCurrency: 'THB',
            documented: true,
            recruitmentChannel: 'licensed_agency',
            debtAmount: 300,
            debtCurrency: 'USD',
          },
        ],
        returnDate: '2025-07-18',
        returnCrossing: 'Osvay',
        returnReason: 'border_dispute',
        skills: [
          { label: 'Bricklaying', kind: 'self_declared' },
          { label: 'Welding', kind: 'trained' },
        ],
        preferences: {
          sectors: ['construction', 'agriculture'],
          occupations: ['7112', '9313'],
          provinces: ['15', '12'],
          willingToRelocate: true,
          expectedWageUsd: 280,
          selfEmploymentInterest: false,
          remigrationInterest: true,
        },
        registrationChannel: 'walk_in',
        consents: [
          { kind: 'data_processing', granted: true },
          { kind: 'contact_phone', granted: true },
          { kind: 'share_with_employers', granted: true },
        ],
      });
      twin = await registerWorker(admin, {
        centreId: pst,
        familyNameLatin: 'Chea',
        givenNameLatin: 'Sovanara',
        sex: 'male',
        birthYear: 1988,
        phones: ['85512888345'],
        acknowledgedDuplicates: true,
      });
    });

    for (const lang of ['km', 'en'] as Lang[]) {
      for (const size of SIZES) {
        it(`${lang} at ${size.width}px`, async () => {
          const t = text[lang];
          const context = await suite.context({ lang, width: size.width, height: size.height });
          const page = await context.newPage();
          await signIn(page, suite.url, ADMIN_EMAIL, ADMIN_PASSWORD);
          const check = async (name: string) => {
            await page.waitForLoadState('networkidle');
            await shot(page, `registry-${name}-${lang}-${size.label}`);
            await expectNoSidewaysScroll(page, `${name} (${lang}, ${size.width}px)`);
            if (size.label === 'desktop') {
              const violations = await seriousViolations(page);
              expect(violations, `${name} (${lang}): ${describeViolations(violations)}`).toEqual([]);
            }
          };
          const visit = async (url: string, ready: (p: Page) => Promise<void>, name: string) => {
            await page.goto(`${suite.url}${url}`);
            await ready(page);
            await check(name);
          };

          await visit('/workers', (p) => p.getByTestId('worker-row').first().waitFor(), 'list');
          await visit(
            `/workers/${full.id}`,
            (p) => p.getByTestId('timeline-entry').first().waitFor(),
            'profile',
          );
          await page.getByRole('button', { name: t.common.edit }).click();
          await page.getByTestId('edit-version').waitFor();
          await check('profile-edit');

          await page.goto(`${suite.url}/workers/new`);
          await page.getByTestId('intake-step-title').waitFor();
          await field(page, t.workers.fields.familyNameLatin).fill('Chea');
          await field(page, t.workers.fields.givenNameLatin).fill('Sovannara');
          await page
            .getByRole('textbox', { name: t.workers.fields.phoneN.replace('{{n}}', '1') })
            .fill('012888345');
          await page.getByTestId('duplicate-candidate').first().waitFor();
          await check('intake');

          await visit('/duplicates', (p) => p.getByTestId('review-pair').first().waitFor(), 'queue');
          await visit(
            `/duplicates/${full.id}/${twin.id}`,
            (p) => p.getByTestId('compare-phones').waitFor(),
            'pair',
          );
          await context.close();
        });
      }
    }
  },
);
