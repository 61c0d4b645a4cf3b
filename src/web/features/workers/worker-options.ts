/**
 * Coded answers the registry stores for free-text fields of the contract (country, recruitment channel, return
 * reason, languages). Codes keep counts comparable across centres and languages; a value imported from another
 * system that is not one of them is still shown as it was written.
 */
export const COUNTRIES = ['TH', 'MY', 'KR', 'JP', 'SG', 'LA', 'VN', 'CN', 'TW', 'SA', 'AE', 'QA'] as const;
export const RECRUITMENT_CHANNELS = [
  'licensed_agency',
  'broker',
  'self_arranged',
  'family_friends',
  'employer_direct',
  'other',
] as const;
export const RETURN_REASONS = [
  'border_dispute',
  'contract_ended',
  'lost_job',
  'family',
  'health',
  'deported',
  'other',
] as const;
export const SPOKEN_LANGUAGES = ['km', 'th', 'en', 'lo', 'vi', 'zh', 'ko', 'ja', 'ms'] as const;
/** The main Cambodia-Thailand crossings returnees came through in 2025, as suggestions; any text is accepted. */
export const CROSSING_POINTS = ['poipet', 'cham_yeam', 'o_smach', 'choam', 'daung', 'prum', 'osvay'] as const;
