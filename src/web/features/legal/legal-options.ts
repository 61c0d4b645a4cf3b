import type { TFunction } from 'i18next';
import {
  AMOUNT_KINDS,
  CLAIM_TYPES,
  LEGAL_ACTION_KINDS,
  LEGAL_CURRENCIES,
  LEGAL_OUTCOMES,
  LEGAL_STATUSES,
  RESPONDENT_KINDS,
} from '../../../shared/contracts/legal';

const options = <V extends string>(t: TFunction, group: string, values: readonly V[]) =>
  values.map((value) => ({ value, label: t(`legal.${group}.${value}`) }));

/** Every coded value of a legal case as select options in the user's language. */
export const legalOptions = (t: TFunction) => ({
  claimTypes: options(t, 'claimTypes', CLAIM_TYPES),
  respondentKinds: options(t, 'respondentKinds', RESPONDENT_KINDS),
  currencies: LEGAL_CURRENCIES.map((c) => ({ value: c, label: c })),
  amountKinds: options(t, 'amountKinds', AMOUNT_KINDS),
  actionKinds: options(t, 'actionKinds', LEGAL_ACTION_KINDS),
  statuses: options(t, 'statuses', LEGAL_STATUSES),
  outcomes: options(t, 'outcomes', LEGAL_OUTCOMES),
});

/** Countries respondents are usually in: Thailand first, where most returnees worked. */
export const RESPONDENT_COUNTRIES = ['TH', 'KH', 'MY', 'KR', 'JP', 'SG', 'LA', 'VN'] as const;
