import type { TFunction } from 'i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatDate, formatNumber } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';

export const yesNoText = (t: TFunction, v: boolean | null | undefined) =>
  v === true ? t('common.yes') : v === false ? t('common.no') : null;

export const moneyText = (
  amount: number | null | undefined,
  currency: string | null | undefined,
  language: Language,
) =>
  amount === null || amount === undefined
    ? null
    : `${formatNumber(amount, language)} ${currency ?? ''}`.trim();

/** Birth as precisely as it is known, saying how it is known: an age given at registration is an estimate. */
export function birthText(t: TFunction, w: TWorker, language: Language): string | null {
  if (w.birthPrecision === 'date' && w.dateOfBirth) return formatDate(w.dateOfBirth, language);
  if (!w.birthYear) return null;
  if (w.birthPrecision === 'age') return t('workers.birthFromAge', { year: w.birthYear });
  return t('workers.bornIn', { year: w.birthYear });
}

export const periodText = (
  from: string | null | undefined,
  to: string | null | undefined,
  language: Language,
) =>
  from || to ? `${from ? formatDate(from, language) : '…'} – ${to ? formatDate(to, language) : '…'}` : null;
