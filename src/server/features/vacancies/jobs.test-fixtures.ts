/** Test helpers: an employer, a vacancy and a consenting worker, created through the API as staff would. */
import { expect } from 'vitest';
import type { Client } from '../../testing/test-app';

let n = 0;

export async function makeEmployer(client: Client, body: object = {}) {
  const res = await client.request('POST', '/api/employers', {
    nameKm: 'ក្រុមហ៊ុន អង្គរ កាត់ដេរ',
    nameLatin: 'Angkor Garment Co., Ltd.',
    sector: 'garment_manufacturing',
    size: 'large',
    provinceCode: '12',
    nssfRegistered: true,
    phone: '023 885 486',
    ...body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

export async function makeVacancy(client: Client, employerId: string, body: object = {}) {
  const res = await client.request('POST', '/api/vacancies', {
    employerId,
    title: 'Sewing machine operator',
    occupationIsco: '8153',
    sector: 'garment_manufacturing',
    positions: 2,
    provinceCode: '12',
    wageMin: 220,
    wageMax: 260,
    contractWritten: true,
    contractDuration: 'undetermined',
    hoursPerWeek: 48,
    nssf: true,
    skillsRequired: ['sewing'],
    status: 'open',
    ...body,
  });
  expect(res.status).toBe(201);
  return res.json();
}

export async function makeWorker(client: Client, shareWithEmployers: boolean | null = true) {
  n += 1;
  const consents = [{ kind: 'data_processing', granted: true }];
  if (shareWithEmployers !== null)
    consents.push({ kind: 'share_with_employers', granted: shareWithEmployers });
  const res = await client.request('POST', '/api/workers', {
    familyNameLatin: 'Test',
    givenNameLatin: `Jobseeker${String.fromCharCode(65 + (n % 26))}${n}`,
    sex: 'female',
    birthYear: 1990 + (n % 10),
    addressCode: '15',
    registrationChannel: 'walk_in',
    consents,
    acknowledgedDuplicates: true,
  });
  expect(res.status).toBe(201);
  return res.json();
}
