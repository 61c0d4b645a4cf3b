import type { TFunction } from 'i18next';
import type { ConflictField } from '../../../ui/VersionConflict';
import { profileFields, type WorkerFormValues } from '../form/worker-form';

const list = (v: unknown) => (Array.isArray(v) && v.length ? v.join(', ') : '—');
const yes = (t: TFunction) => (v: unknown) =>
  v === true ? t('common.yes') : v === false ? t('common.no') : '—';

/**
 * The fields the version-conflict table compares, in the request's shape, each shown the way a person reads it
 * (lists of stays and skills summarised, not printed as data).
 */
export function workerConflictFields(t: TFunction): ConflictField[] {
  return [
    { key: 'familyNameKm', label: t('workers.fields.familyNameKm') },
    { key: 'givenNameKm', label: t('workers.fields.givenNameKm') },
    { key: 'familyNameLatin', label: t('workers.fields.familyNameLatin') },
    { key: 'givenNameLatin', label: t('workers.fields.givenNameLatin') },
    { key: 'sex', label: t('workers.fields.sex'), format: (v) => (v ? t(`workers.sex.${v}`) : '—') },
    { key: 'dateOfBirth', label: t('workers.fields.dateOfBirth') },
    { key: 'birthYear', label: t('workers.fields.birthYear') },
    { key: 'age', label: t('workers.fields.age') },
    { key: 'phones', label: t('workers.fields.phones'), format: list },
    { key: 'nationalId', label: t('workers.fields.nationalId') },
    { key: 'passportNo', label: t('workers.fields.passportNo') },
    { key: 'addressCode', label: t('workers.fields.address') },
    { key: 'addressDetail', label: t('workers.fields.addressDetail') },
    {
      key: 'household',
      label: t('workers.sections.household'),
      format: (v) => {
        const h = v as { size?: number | null } | null;
        return h?.size ? t('workers.householdOf', { n: h.size }) : '—';
      },
    },
    {
      key: 'education',
      label: t('workers.fields.education'),
      format: (v) => (v ? t(`workers.education.${v}`) : '—'),
    },
    { key: 'languages', label: t('workers.fields.languages'), format: list },
    {
      key: 'migrations',
      label: t('workers.sections.migration'),
      format: (v) => list((v as { country: string }[]).map((m) => m.country)),
    },
    { key: 'returnDate', label: t('workers.fields.returnDate') },
    { key: 'returnCrossing', label: t('workers.fields.returnCrossing') },
    { key: 'returnReason', label: t('workers.fields.returnReason') },
    {
      key: 'skills',
      label: t('workers.sections.skills'),
      format: (v) => list((v as { label: string }[]).map((s) => s.label)),
    },
    {
      key: 'preferences',
      label: t('workers.sections.preferences'),
      format: (v) => {
        const p = v as {
          sectors?: string[];
          willingToRelocate?: boolean | null;
          expectedWageUsd?: number | null;
        };
        return [
          list(p.sectors),
          yes(t)(p.willingToRelocate),
          p.expectedWageUsd ? `$${p.expectedWageUsd}` : null,
        ]
          .filter(Boolean)
          .join(' · ');
      },
    },
    {
      key: 'registrationChannel',
      label: t('workers.fields.registrationChannel'),
      format: (v) => (v ? t(`workers.channels.${v}`) : '—'),
    },
  ];
}

export const asRecord = (values: WorkerFormValues) =>
  profileFields(values) as unknown as Record<string, unknown>;
