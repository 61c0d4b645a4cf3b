import type { TFunction } from 'i18next';
import { normalizePhoneKH } from '../../../../shared/phones';
import { today, type WorkerFormValues } from './worker-form';

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/;
const LATIN = /[A-Za-z]/;

/**
 * Checks made before leaving a step, in the user's language, so most mistakes are caught where they were made
 * rather than after the last step. The server checks everything again.
 */
export function validateStep(
  values: WorkerFormValues,
  step: number,
  t: TFunction,
  options: { needsCentre: boolean; requireConsent: boolean },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const year = new Date().getFullYear();
  if (step === 0) {
    if (options.needsCentre && !values.centreId) errors.centreId = t('issues.centre_required');
    const names = [values.familyNameKm, values.givenNameKm, values.familyNameLatin, values.givenNameLatin];
    if (names.every((n) => !n.trim())) errors.givenNameKm = t('issues.nameRequired');
    for (const key of ['familyNameKm', 'givenNameKm'] as const) {
      // Legacy Limon-font text is ASCII that only looks Khmer on the old font; catch it at the source.
      if (values[key].trim() && !KHMER.test(values[key])) errors[key] = t('issues.notKhmer');
    }
    for (const key of ['familyNameLatin', 'givenNameLatin'] as const) {
      if (KHMER.test(values[key]) || (values[key].trim() && !LATIN.test(values[key])))
        errors[key] = t('issues.notLatin');
    }
    if (!values.sex) errors.sex = t('issues.required');
    if (values.birthMode === 'date' && values.dateOfBirth) {
      if (values.dateOfBirth > today()) errors.dateOfBirth = t('issues.futureDate');
      else if (Number(values.dateOfBirth.slice(0, 4)) < 1920) errors.dateOfBirth = t('issues.invalid');
    }
    if (values.birthMode === 'year' && values.birthYear !== '') {
      if (values.birthYear < 1920 || values.birthYear > Math.min(2015, year))
        errors.birthYear = t('issues.yearRange', { minimum: 1920, maximum: 2015 });
    }
    if (values.birthMode === 'age' && values.age !== '') {
      if (values.age < 10 || values.age > 100)
        errors.age = t('issues.ageRange', { minimum: 10, maximum: 100 });
    }
    values.phones.forEach((p, i) => {
      if (p.trim() && !normalizePhoneKH(p)) errors[`phones.${i}`] = t('issues.invalid_phone');
    });
  }
  if (step === 2) {
    values.migrations.forEach((m, i) => {
      if (!m.country.trim()) errors[`migrations.${i}.country`] = t('issues.required');
      if (m.startedOn && m.endedOn && m.endedOn < m.startedOn)
        errors[`migrations.${i}.endedOn`] = t('issues.endBeforeStart');
    });
    if (values.returnDate > today()) errors.returnDate = t('issues.futureDate');
  }
  if (step === 3) {
    values.skills.forEach((s, i) => {
      if (!s.label.trim()) errors[`skills.${i}.label`] = t('issues.required');
    });
  }
  if (step === 4 && options.requireConsent && !values.consents.data_processing) {
    errors['consents.data_processing'] = t('issues.consentRequired');
  }
  return errors;
}
