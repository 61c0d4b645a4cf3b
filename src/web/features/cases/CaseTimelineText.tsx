import { IconArrowsExchange, IconClipboardList, IconMessage, IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TTimelineEntry } from '../../../shared/contracts/workers';
import { localName } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { label } from './case-options';

/** Icons for the timeline kinds case work adds. */
export const CASE_TIMELINE_ICONS = {
  contact: IconMessage,
  case_plan: IconClipboardList,
  referral: IconSend,
  transfer: IconArrowsExchange,
} as const;

/** The text of a contact, case plan or referral entry on the worker's timeline. */
export function CaseTimelineText({ entry }: { entry: TTimelineEntry }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const d = entry.details as Record<string, unknown>;
  if (entry.kind === 'contact') {
    const services = ((d.services as string[]) ?? []).map((s) => label('services', s)).join(', ');
    return <>{t('cases.timeline.contact', { channel: label('channels', String(d.channel)), services })}</>;
  }
  if (entry.kind === 'referral') {
    const partner = localName({ nameKm: String(d.partnerKm), nameLatin: String(d.partnerLatin) }, language);
    return (
      <>{t('cases.timeline.referral', { partner, status: label('referralStatuses', String(d.status)) })}</>
    );
  }
  const event = String(d.event);
  return (
    <>
      {t(`cases.timeline.events.${event}`, {
        reason: label('closedReasons', d.reason as string),
        to: String(d.to ?? ''),
        description: String(d.description ?? ''),
      })}
    </>
  );
}
