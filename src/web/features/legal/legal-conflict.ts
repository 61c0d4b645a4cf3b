import type { TFunction } from 'i18next';
import type { ConflictField } from '../../ui/VersionConflict';

const coded = (t: TFunction, group: string) => (v: unknown) => (v ? t(`legal.${group}.${v}`) : '—');

/** The fields the conflict table compares, each shown as people read it. */
export function conflictFields(t: TFunction, handlerName: (id: unknown) => string): ConflictField[] {
  const list = (render: (row: Record<string, unknown>) => string) => (v: unknown) =>
    Array.isArray(v) && v.length ? v.map((r) => render(r as Record<string, unknown>)).join('; ') : '—';
  return [
    { key: 'claimType', label: t('legal.fields.claimType'), format: coded(t, 'claimTypes') },
    { key: 'handlerId', label: t('legal.fields.handler'), format: handlerName },
    { key: 'status', label: t('legal.fields.status'), format: coded(t, 'statuses') },
    { key: 'outcome', label: t('legal.fields.outcome'), format: coded(t, 'outcomes') },
    { key: 'respondentName', label: t('legal.fields.respondentName') },
    { key: 'respondentKind', label: t('legal.fields.respondentKind'), format: coded(t, 'respondentKinds') },
    { key: 'respondentCountry', label: t('legal.fields.respondentCountry') },
    { key: 'notes', label: t('legal.fields.notes') },
    { key: 'outcomeNotes', label: t('legal.fields.outcomeNotes') },
    {
      key: 'amounts',
      label: t('legal.amounts.title'),
      format: list((r) => `${t(`legal.amountKinds.${r.kind}`)} ${r.amount} ${r.currency} (${r.on})`),
    },
    {
      key: 'actions',
      label: t('legal.actions.title'),
      format: list((r) => `${t(`legal.actionKinds.${r.kind}`)} (${r.on})`),
    },
  ];
}
