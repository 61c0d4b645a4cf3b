/**
 * Who may read and change the jobs records. Employers and vacancies are shared by every centre (a returnee
 * from Pursat may take a job in Phnom Penh), so they are not centre-scoped; referrals and placements belong to
 * the worker's centre and are.
 */
export const JOB_READERS = [
  'admin',
  'centre_manager',
  'counsellor',
  'outreach_officer',
  'legal_officer',
  'me_officer',
] as const;
/** Counsellors match, refer and follow up; managers oversee; admins fix. */
export const JOB_WRITERS = ['admin', 'centre_manager', 'counsellor'] as const;
export const SETTINGS_WRITERS = ['admin'] as const;
