import type { Role } from '../../../shared/roles';

/**
 * Mirrors JOB_READERS and JOB_WRITERS (employers/job-access.ts): the web bundle must not import server files.
 * Employers and vacancies are read by centre and M&E staff, changed by counsellors, managers and admins.
 */
export const JOB_READERS = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
] as const satisfies readonly Role[];
export const JOB_WRITERS = ['admin', 'centre_manager', 'counsellor'] as const satisfies readonly Role[];

export const canEditJobs = (role: Role): boolean => (JOB_WRITERS as readonly Role[]).includes(role);
export const canEditJobSettings = (role: Role): boolean => role === 'admin';
