import { LEGAL_DETAIL_ROLES } from '../../shared/contracts/legal';
import type { Role } from '../../shared/roles';
import { JOB_READERS } from '../features/jobs/job-roles';

/**
 * Who works with returnees' personal details, who registers and edits them, and who decides duplicates. These
 * mirror WORKER_READERS, WORKER_WRITERS (workers.routes.ts) and DEDUP_REVIEWERS (dedup.routes.ts): the web
 * bundle must not import server files, so access.test.ts checks the copies stay equal.
 */
export const WORKER_READERS = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
] as const satisfies readonly Role[];
export const WORKER_WRITERS = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
] as const satisfies readonly Role[];
export const DEDUP_REVIEWERS = ['admin', 'centre_manager', 'me_officer'] as const satisfies readonly Role[];

/**
 * Which roles may open each module. The server checks again on every request; this only keeps people from
 * seeing links and screens they cannot use.
 */
export const MODULE_ROLES = {
  home: null,
  // Figures only, no personal details: every role, each within the centres it sees.
  dashboard: null,
  workers: WORKER_READERS,
  intake: WORKER_WRITERS,
  duplicates: WORKER_READERS,
  account: null,
  users: ['admin', 'centre_manager'],
  centres: ['admin'],
  reference: ['admin'],
  audit: ['admin', 'centre_manager'],
  // Mirrors IMPORTERS in imports.routes.ts; bulk lists are managers' and M&E's work, not counsellors'.
  imports: ['admin', 'centre_manager', 'me_officer'],
  // Legal case details: legal officers, centre managers and administrators (LEGAL_DETAIL_ROLES, shared).
  legal: LEGAL_DETAIL_ROLES,
  // Case work (mirrors features/cases/case-access.ts on the server): caseloads are counsellors' and managers'.
  myCases: ['admin', 'centre_manager', 'counsellor'],
  caseloads: ['admin', 'centre_manager'],
  transfers: ['admin', 'centre_manager', 'counsellor'],
  partners: ['admin'],
  // Jobs (issue 5): job-roles.test.ts checks JOB_READERS against the server; settings are admins' only.
  vacancies: JOB_READERS,
  employers: JOB_READERS,
  followUps: JOB_READERS,
  jobSettings: ['admin'],
} as const satisfies Record<string, readonly Role[] | null>;

export type Module = keyof typeof MODULE_ROLES;

export function canOpen(role: Role, module: Module): boolean {
  const roles: readonly Role[] | null = MODULE_ROLES[module];
  return roles === null || roles.includes(role);
}

/** Only administrators change accounts; centre managers see their staff read-only. */
export const canManageUsers = (role: Role): boolean => role === 'admin';

/** Registering and editing returnees (legal officers and M&E officers read only). */
export const canEditWorkers = (role: Role): boolean => (WORKER_WRITERS as readonly Role[]).includes(role);

/** Deciding whether two records are one person, merging and undoing merges. */
export const canDecideDuplicates = (role: Role): boolean =>
  (DEDUP_REVIEWERS as readonly Role[]).includes(role);
