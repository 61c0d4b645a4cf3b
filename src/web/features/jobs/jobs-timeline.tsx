import { IconBriefcase, IconClipboardCheck, IconSend } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { TTimelineEntry } from '../../../shared/contracts/workers';

/** Icons for the jobs entries of a worker's timeline. */
export const JOB_TIMELINE_ICONS = {
  job_referral: IconSend,
  placement: IconBriefcase,
  placement_follow_up: IconClipboardCheck,
} as const;

/** The text of a jobs timeline entry, or null for other kinds. */
export function jobTimelineText(entry: TTimelineEntry, t: TFunction): string | null {
  const d = entry.details;
  const job = [d.title, d.employer].filter(Boolean).join(' · ');
  switch (entry.kind) {
    case 'job_referral':
      return t('jobs.timeline.referral', {
        status: t(`jobs.referralStatus.${String(d.status)}`),
        job,
        reason: d.reason ? ` (${String(d.reason)})` : '',
      });
    case 'placement':
      return t(d.kind === 'self' ? 'jobs.timeline.selfEmployed' : 'jobs.timeline.placed', { job });
    case 'placement_follow_up':
      return t(d.decent ? 'jobs.timeline.followUpDecent' : 'jobs.timeline.followUpNotDecent', {
        stage: t(`jobs.stage.${String(d.stage)}`),
        job,
      });
    default:
      return null;
  }
}
