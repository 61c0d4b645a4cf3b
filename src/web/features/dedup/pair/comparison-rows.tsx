import { Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { TWorker } from '../../../../shared/contracts/workers';
import { formatDate } from '../../../i18n/format';
import type { Language } from '../../../i18n/i18n';
import { PlaceName } from '../../reference/PlaceName';
import { codedText } from '../../workers/form/coded-options';
import { birthText, moneyText } from '../../workers/profile/value-text';
import { khmerName, latinName } from '../../workers/worker-text';

export interface ComparisonRow {
  key: string;
  label: string;
  /** The matcher's fields that speak about this row (their outcome colours it). */
  reasons: string[];
  show: (w: TWorker) => ReactNode;
}

const lines = (items: (string | null | undefined)[]) => {
  const shown = items.filter(Boolean);
  if (!shown.length) return null;
  return (
    <Stack gap={0}>
      {shown.map((x) => (
        <span key={x}>{x}</span>
      ))}
    </Stack>
  );
};

/** The rows of the side-by-side screen: first the compared fields, then context that helps a person decide. */
export function comparisonRows(
  t: TFunction,
  language: Language,
  centreName: (id: string) => string,
  sectorName: (code: string | null | undefined) => string,
): ComparisonRow[] {
  return [
    {
      key: 'name',
      label: t('workers.fields.name'),
      reasons: ['familyName', 'givenName', 'nameOrder'],
      show: (w) => (
        <Stack gap={0}>
          {khmerName(w) && (
            <Text span lang="km" fw={600}>
              {khmerName(w)}
            </Text>
          )}
          {latinName(w) && (
            <Text span lang="en">
              {latinName(w)}
            </Text>
          )}
          {!khmerName(w) && !latinName(w) && <Text span>{w.fullName ?? w.displayName}</Text>}
        </Stack>
      ),
    },
    {
      key: 'sex',
      label: t('workers.fields.sex'),
      reasons: ['sex'],
      show: (w) => (w.sex ? t(`workers.sex.${w.sex}`) : null),
    },
    {
      key: 'birth',
      label: t('workers.fields.birth'),
      reasons: ['birth'],
      show: (w) => birthText(t, w, language),
    },
    {
      key: 'phones',
      label: t('workers.fields.phones'),
      reasons: ['phone'],
      show: (w) => lines(w.phones.map((p) => p.display)),
    },
    {
      key: 'nationalId',
      label: t('workers.fields.nationalId'),
      reasons: ['nationalId'],
      show: (w) => w.nationalId,
    },
    {
      key: 'passport',
      label: t('workers.fields.passportNo'),
      reasons: ['passport'],
      show: (w) => w.passportNo,
    },
    {
      key: 'documents',
      label: t('workers.fields.thaiDocuments'),
      reasons: ['otherIds'],
      show: (w) =>
        lines(
          w.thaiDocuments.map((d) =>
            [t(`workers.thaiDocuments.${d.kind}`), d.number].filter(Boolean).join(' '),
          ),
        ),
    },
    {
      key: 'address',
      label: t('workers.fields.address'),
      reasons: ['place'],
      show: (w) => (w.addressCode ? <PlaceName code={w.addressCode} /> : null),
    },
    { key: 'centre', label: t('workers.fields.centre'), reasons: [], show: (w) => centreName(w.centreId) },
    {
      key: 'registered',
      label: t('workers.fields.registeredOn'),
      reasons: [],
      show: (w) =>
        `${formatDate(w.registeredOn, language)} · ${t(`workers.channels.${w.registrationChannel}`)}`,
    },
    {
      key: 'lastStay',
      label: t('workers.fields.lastStay'),
      reasons: ['lastSector'],
      show: (w) => {
        const m = w.migrations.at(-1);
        const sector = m?.sector ?? w.lastSector;
        const parts = [
          m && codedText('workers.countries', m.country),
          sector && sectorName(sector),
          m?.employer,
        ];
        return parts.filter(Boolean).join(' · ') || null;
      },
    },
    {
      key: 'returnDate',
      label: t('workers.fields.returnDate'),
      reasons: ['returnDate'],
      show: (w) => w.returnDate && formatDate(w.returnDate, language),
    },
    {
      key: 'wishes',
      label: t('workers.sections.preferences'),
      reasons: ['wantedSector', 'expectedWage'],
      show: (w) =>
        lines([
          w.preferences.sectors?.length
            ? `${t('workers.fields.prefSectors')}: ${w.preferences.sectors.map(sectorName).join(', ')}`
            : null,
          w.preferences.expectedWageUsd
            ? `${t('workers.fields.expectedWageUsd')}: ${moneyText(w.preferences.expectedWageUsd, 'USD', language)}`
            : null,
        ]),
    },
    {
      key: 'sources',
      label: t('workers.sections.sources'),
      reasons: [],
      show: (w) =>
        lines(w.sources.map((s) => `${codedText('workers.sources.names', s.source)}: ${s.sourceId}`)),
    },
  ];
}
