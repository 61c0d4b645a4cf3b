/** The five intake steps, in the order a counsellor asks the questions (STEP_FIELDS lists what each holds). */
export const STEP_KEYS = ['identity', 'address', 'migration', 'skills', 'consent'] as const;
