import { Stack, Text, ThemeIcon, Timeline } from '@mantine/core';
import {
  IconArrowsJoin,
  IconArrowsSplit,
  IconEdit,
  IconFileImport,
  IconScale,
  IconShieldCheck,
  IconUserPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TTimelineEntry } from '../../../../shared/contracts/workers';
import { formatDateTime } from '../../../i18n/format';
import { i18n } from '../../../i18n/i18n';
import { useLanguage } from '../../../i18n/use-language';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { SectionCard } from '../../../ui/SectionCard';
import { CASE_TIMELINE_ICONS, CaseTimelineText } from '../../cases/CaseTimelineText';
import { LegalTimelineText } from '../../legal/LegalTimelineText';
import { JOB_TIMELINE_ICONS, jobTimelineText } from '../../jobs/jobs-timeline';
import { codedText } from '../form/coded-options';
import { WorkerLink } from '../WorkerLink';

const ICON = {
  registered: IconUserPlus,
  updated: IconEdit,
  source_record: IconFileImport,
  consent: IconShieldCheck,
  merged: IconArrowsJoin,
  unmerged: IconArrowsSplit,
  legal_case: IconScale,
  contact: CASE_TIMELINE_ICONS.contact,
  case_plan: CASE_TIMELINE_ICONS.case_plan,
  referral: CASE_TIMELINE_ICONS.referral,
  ...JOB_TIMELINE_ICONS,
} as const;

/** Fields the server derives from others: a name change also changes the display name, which says nothing new. */
const DERIVED = new Set(['displayName', 'hasDisability', 'birthPrecision', 'version', 'updatedAt']);

/** A changed field's name for people; the timeline reports the API's field names. */
function fieldLabel(field: string): string {
  for (const key of [`workers.fields.${field}`, `workers.changedFields.${field}`]) {
    if (i18n.exists(key)) return i18n.t(key);
  }
  return field;
}

function EntryText({ entry }: { entry: TTimelineEntry }): ReactNode {
  const { t } = useTranslation();
  const d = entry.details;
  switch (entry.kind) {
    case 'registered':
      return t('timeline.registered');
    case 'updated': {
      const fields = Array.isArray(d.fields) ? (d.fields as string[]).filter((f) => !DERIVED.has(f)) : [];
      return fields.length
        ? t('timeline.updated', { fields: fields.map(fieldLabel).join(', ') })
        : t('timeline.updatedNothing');
    }
    case 'source_record':
      return t('timeline.sourceRecord', {
        source: codedText('workers.sources.names', String(d.source ?? '')),
        id: String(d.sourceId ?? ''),
      });
    case 'consent':
      return t(d.granted ? 'timeline.consentGiven' : 'timeline.consentWithdrawn', {
        kind: i18n.exists(`workers.consents.${d.consent}.label`)
          ? t(`workers.consents.${d.consent}.label`)
          : String(d.consent),
      });
    case 'merged':
      if (typeof d.into === 'string')
        return (
          <>
            {t('timeline.mergedInto')} <WorkerLink id={d.into} />
          </>
        );
      return t(d.undone ? 'timeline.absorbedUndone' : 'timeline.absorbed', {
        regNo: String(d.absorbed ?? ''),
      });
    case 'unmerged':
      return t('timeline.unmerged');
    case 'legal_case':
      return <LegalTimelineText details={d} />;
    case 'contact':
    case 'case_plan':
    case 'referral':
      return <CaseTimelineText entry={entry} />;
    default:
      return jobTimelineText(entry, t) ?? entry.kind;
  }
}

/** Everything that happened to the person, newest first. */
export function TimelineSection({
  entries,
  error,
  onRetry,
}: {
  entries: TTimelineEntry[] | undefined;
  error: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <SectionCard title={t('timeline.title')} testId="section-timeline">
      {error !== null && error !== undefined && <ErrorAlert error={error} onRetry={onRetry} />}
      {!entries && !error && <Loading />}
      {entries && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('timeline.none')}
        </Text>
      )}
      {entries && entries.length > 0 && (
        <Timeline bulletSize={26} lineWidth={2}>
          {entries.map((entry, i) => {
            const Icon = ICON[entry.kind];
            return (
              <Timeline.Item
                // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id; the list is replaced, never edited
                key={i}
                bullet={
                  <ThemeIcon size={26} radius="xl" variant="light" aria-hidden>
                    <Icon size={14} />
                  </ThemeIcon>
                }
                data-testid="timeline-entry"
                data-kind={entry.kind}
              >
                <Stack gap={0}>
                  <Text size="sm">
                    <EntryText entry={entry} />
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(entry.at, language)}
                    {entry.actor && ` · ${entry.actor}`}
                  </Text>
                </Stack>
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </SectionCard>
  );
}
