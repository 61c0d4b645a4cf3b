import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/roles';
import { type Client, createTestApp, signInAs, type TestApp } from '../testing/test-app';

/**
 * Who may call each route, written independently of the code. Every route in the OpenAPI document must appear
 * here, so a route added without deciding its access rule fails this suite.
 */
const ALL: readonly Role[] = ROLES;
// Written out here rather than imported, so the test states the rule instead of repeating the code.
const WORKER_READERS: readonly Role[] = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
];
const WORKER_WRITERS: readonly Role[] = ['admin', 'centre_manager', 'counsellor', 'outreach_officer'];
const REVIEWERS: readonly Role[] = ['admin', 'centre_manager', 'me_officer'];
const IMPORTERS: readonly Role[] = ['admin', 'centre_manager', 'me_officer'];
const LEGAL_DETAIL: readonly Role[] = ['admin', 'centre_manager', 'legal_officer'];
// Files hang on case records: staff who serve returnees; each owner kind narrows it (legal files: LEGAL_DETAIL).
const ATTACHMENT_STAFF: readonly Role[] = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
];
// Case work: staff who serve returnees record contacts and referrals; M&E officers read contacts without notes;
// case plans are written by counsellors and managers; caseloads overseen by managers.
const CASE_STAFF: readonly Role[] = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
];
const CONTACT_READERS: readonly Role[] = [...CASE_STAFF, 'me_officer'];
const CASE_PLAN_WRITERS: readonly Role[] = ['admin', 'centre_manager', 'counsellor'];
// Employers and vacancies: read by centre and M&E staff, changed by counsellors, managers and admins.
const JOB_READERS: readonly Role[] = WORKER_READERS;
const JOB_WRITERS: readonly Role[] = ['admin', 'centre_manager', 'counsellor'];
const PUBLIC = 'public' as const;
const EXPECTED: Record<string, readonly Role[] | typeof PUBLIC> = {
  'GET /api/health': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  'POST /api/auth/logout': ALL,
  'GET /api/auth/me': ALL,
  'POST /api/auth/password': ALL,
  'GET /api/auth/sessions': ALL,
  'DELETE /api/auth/sessions/{id}': ALL,
  'GET /api/auth/tokens': ALL,
  'POST /api/auth/tokens': ALL,
  'DELETE /api/auth/tokens/{id}': ALL,
  'GET /api/users': ['admin', 'centre_manager'],
  'POST /api/users': ['admin'],
  'GET /api/users/{id}': ['admin', 'centre_manager'],
  'PATCH /api/users/{id}': ['admin'],
  'POST /api/users/{id}/password': ['admin'],
  'GET /api/centres': ALL,
  'POST /api/centres': ['admin'],
  'GET /api/centres/{id}': ALL,
  'PATCH /api/centres/{id}': ['admin'],
  'GET /api/audit': ['admin', 'centre_manager'],
  'GET /api/reference/provinces': ALL,
  'GET /api/reference/places': ALL,
  'GET /api/reference/places/{code}': ALL,
  'GET /api/reference/sectors': ALL,
  'GET /api/reference/occupations': ALL,
  'POST /api/reference/imports': ['admin'],
  'GET /api/reference/imports': ['admin'],
  'GET /api/reference/imports/{id}': ['admin'],
  'GET /api/workers': WORKER_READERS,
  'POST /api/workers/search': WORKER_READERS,
  'POST /api/workers': WORKER_WRITERS,
  'GET /api/workers/{id}': WORKER_READERS,
  'PATCH /api/workers/{id}': WORKER_WRITERS,
  'GET /api/workers/{id}/timeline': WORKER_READERS,
  'POST /api/dedup/check': WORKER_WRITERS,
  'GET /api/dedup/review': WORKER_READERS,
  'GET /api/dedup/pairs/{a}/{b}': WORKER_READERS,
  'POST /api/dedup/pairs/{a}/{b}/decision': REVIEWERS,
  'POST /api/dedup/merges/{id}/undo': REVIEWERS,
  'GET /api/imports/workers/template.csv': ALL,
  'POST /api/imports/workers/preview': IMPORTERS,
  'POST /api/imports/workers': IMPORTERS,
  'GET /api/imports/workers': IMPORTERS,
  'GET /api/imports/workers/{id}': IMPORTERS,
  'GET /api/imports/workers/{id}/rejects.csv': IMPORTERS,
  'POST /api/legal-cases': LEGAL_DETAIL,
  'GET /api/legal-cases': LEGAL_DETAIL,
  'GET /api/legal-cases/{id}': LEGAL_DETAIL,
  'PATCH /api/legal-cases/{id}': LEGAL_DETAIL,
  'GET /api/workers/{id}/legal-cases': WORKER_READERS,
  'GET /api/workers/{id}/contacts': CONTACT_READERS,
  'POST /api/workers/{id}/contacts': CASE_STAFF,
  'PATCH /api/contacts/{id}': CASE_STAFF,
  'GET /api/workers/{id}/case-plans': CASE_STAFF,
  'POST /api/workers/{id}/case-plans': CASE_PLAN_WRITERS,
  'GET /api/case-plans/mine': CASE_PLAN_WRITERS,
  'GET /api/case-plans/caseloads': ['admin', 'centre_manager'],
  'GET /api/case-plans/transfers': CASE_PLAN_WRITERS,
  'GET /api/case-plans/{id}': CASE_STAFF,
  'PATCH /api/case-plans/{id}': CASE_PLAN_WRITERS,
  'POST /api/case-plans/{id}/actions': CASE_PLAN_WRITERS,
  'POST /api/case-plans/{id}/reviews': CASE_PLAN_WRITERS,
  'POST /api/case-plans/{id}/transfer': CASE_PLAN_WRITERS,
  'PATCH /api/case-actions/{id}': CASE_STAFF,
  'PATCH /api/case-reviews/{id}': CASE_PLAN_WRITERS,
  'POST /api/case-transfers/{id}/accept': CASE_PLAN_WRITERS,
  'POST /api/case-transfers/{id}/decline': CASE_PLAN_WRITERS,
  'POST /api/case-transfers/{id}/cancel': CASE_PLAN_WRITERS,
  'GET /api/case-staff': CASE_STAFF,
  'GET /api/partners': ALL,
  'POST /api/partners': ['admin'],
  'PATCH /api/partners/{id}': ['admin'],
  'GET /api/workers/{id}/partner-referrals': CASE_STAFF,
  'POST /api/workers/{id}/partner-referrals': CASE_STAFF,
  'PATCH /api/partner-referrals/{id}': CASE_STAFF,
  'GET /api/me/follow-ups': ALL,
  'GET /api/dashboard/headline': ALL,
  'POST /api/attachments': ATTACHMENT_STAFF,
  'GET /api/attachments': ATTACHMENT_STAFF,
  'GET /api/attachments/{id}/content': ATTACHMENT_STAFF,
  'DELETE /api/attachments/{id}': ATTACHMENT_STAFF,
  'GET /api/employers': JOB_READERS,
  'POST /api/employers': JOB_WRITERS,
  'GET /api/employers/{id}': JOB_READERS,
  'PATCH /api/employers/{id}': JOB_WRITERS,
  'GET /api/employers/{id}/contacts': JOB_READERS,
  'POST /api/employers/{id}/contacts': JOB_WRITERS,
  'GET /api/vacancies': JOB_READERS,
  'POST /api/vacancies': JOB_WRITERS,
  'GET /api/vacancies/{id}': JOB_READERS,
  'PATCH /api/vacancies/{id}': JOB_WRITERS,
  // Matching shows personal details of candidates: the staff who read worker records.
  'GET /api/workers/{id}/matches': WORKER_READERS,
  'GET /api/vacancies/{id}/candidates': WORKER_READERS,
  'GET /api/referrals': JOB_READERS,
  'POST /api/referrals': JOB_WRITERS,
  'GET /api/referrals/{id}': JOB_READERS,
  'PATCH /api/referrals/{id}': JOB_WRITERS,
  'POST /api/referrals/{id}/contacts': JOB_WRITERS,
  'GET /api/placements/follow-ups': JOB_READERS,
  'GET /api/placements': JOB_READERS,
  'POST /api/placements': JOB_WRITERS,
  'GET /api/placements/{id}': JOB_READERS,
  'PATCH /api/placements/{id}': JOB_WRITERS,
  'PUT /api/placements/{id}/follow-ups/{stage}': JOB_WRITERS,
  'GET /api/job-settings': JOB_READERS,
  'PUT /api/job-settings/{key}': ['admin'],
  'POST /api/job-settings/minimum-wages': ['admin'],
  'PATCH /api/job-settings/minimum-wages/{id}': ['admin'],
  'DELETE /api/job-settings/minimum-wages/{id}': ['admin'],
};

let t: TestApp;
const clients = new Map<Role, Client>();
let operations: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) clients.set(role, (await signInAs(t, role)).client);
  const doc = await (await t.app.request('/api/openapi.json')).json();
  operations = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
  );
});
afterAll(() => t.close());

const concretePath = (p: string) =>
  p
    .replace('{id}', randomUUID())
    .replace('{code}', '15')
    .replace('{a}', randomUUID())
    .replace('{b}', randomUUID())
    .replace('{stage}', 'day30')
    .replace('{key}', 'matching');

async function call(client: Client | null, op: string): Promise<number> {
  const [method, p] = op.split(' ') as [string, string];
  const body = method === 'GET' || method === 'DELETE' ? undefined : {};
  if (!client) {
    const res = await t.app.request(concretePath(p), {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? '{}' : undefined,
    });
    return res.status;
  }
  return (await client.request(method, concretePath(p), body)).status;
}

describe('route-by-role access', () => {
  it('every route in the OpenAPI document has an expected rule, and every rule a route', () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((op) => !(op in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it('refuses every non-public route without a session (401)', async () => {
    for (const op of operations) {
      if (EXPECTED[op] === PUBLIC) continue;
      expect({ op, status: await call(null, op) }).toEqual({ op, status: 401 });
    }
  });

  for (const role of ROLES) {
    it(`allows and denies routes as expected for ${role}`, async () => {
      const results: { op: string; allowed: boolean; status: number }[] = [];
      // Logout last: it ends the session the other calls use.
      const ordered = [...operations].sort(
        (a, b) => Number(a.includes('logout')) - Number(b.includes('logout')),
      );
      for (const op of ordered) {
        const rule = EXPECTED[op];
        if (rule === undefined) continue;
        const status = await call(clients.get(role)!, op);
        const allowed = rule === PUBLIC || rule.includes(role);
        results.push({ op, allowed, status });
      }
      const wrong = results.filter((r) =>
        r.allowed ? r.status === 401 || r.status === 403 : r.status !== 403,
      );
      expect(wrong).toEqual([]);
    });
  }
});
