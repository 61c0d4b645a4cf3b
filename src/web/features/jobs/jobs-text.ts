import type { TFunction } from 'i18next';
import type { TReferralStatus } from '../../../shared/contracts/referrals';
import type { TVacancy } from '../../../shared/contracts/vacancies';
import { formatNumber, localName } from '../../i18n/format';
import type { Language } from '../../i18n/i18n';
import { useLanguage } from '../../i18n/use-language';
import { useSectors } from '../reference/reference.api';

/** A sector code as its name in the user's language. */
export function useSectorName(): (code: string | null | undefined) => string {
  const sectors = useSectors().data ?? [];
  const language = useLanguage();
  return (code) => {
    if (!code) return '—';
    const s = sectors.find((x) => x.code === code);
    return s ? localName(s, language) : code;
  };
}

/** "US$210–260 a month", "8–10 US$ a day", "—" when no wage is given. */
export function wageText(
  w: {
    wageMin?: number | null;
    wageMax?: number | null;
    wageAmount?: number | null;
    wageCurrency: string | null;
    wagePer: string | null;
  },
  t: TFunction,
  language: Language,
): string {
  const low = w.wageMin ?? w.wageAmount ?? null;
  const high = w.wageMax ?? null;
  if (low === null && high === null) return '—';
  const amount =
    low !== null && high !== null && high !== low
      ? `${formatNumber(low, language)}–${formatNumber(high, language)}`
      : formatNumber((low ?? high)!, language);
  return t(`jobs.wage.text.${w.wagePer ?? 'month'}`, {
    amount,
    currency: t(`jobs.wage.currency.${w.wageCurrency ?? 'USD'}`),
  });
}

export const STATUS_COLOR: Record<TReferralStatus, string> = {
  suggested: 'gray',
  referred: 'blue',
  interview: 'indigo',
  offer: 'violet',
  hired: 'green',
  not_hired: 'red',
  declined_by_worker: 'orange',
};

export const VACANCY_STATUS_COLOR: Record<TVacancy['status'], string> = {
  open: 'green',
  closed: 'gray',
  filled: 'blue',
};

export const yesNoText = (v: boolean | null | undefined, t: TFunction) =>
  v === true ? t('common.yes') : v === false ? t('common.no') : '—';

/** An employer's name in the user's script when it has one. */
export const employerLabel = (e: { nameKm: string | null; nameLatin: string | null }, language: Language) =>
  (language === 'km' ? (e.nameKm ?? e.nameLatin) : (e.nameLatin ?? e.nameKm)) ?? '—';

export const today = () => new Date().toISOString().slice(0, 10);
