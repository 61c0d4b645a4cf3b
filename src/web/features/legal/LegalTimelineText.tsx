import { useTranslation } from 'react-i18next';
import { canOpen } from '../../auth/access';
import { useMe } from '../../auth/session';
import { AnchorLink } from '../../ui/links';

/**
 * A legal case on the worker's timeline: claim and status for the legal roles (with a link), otherwise only that
 * a case exists and who handles it, as the server sent it.
 */
export function LegalTimelineText({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const me = useMe();
  const handler = String(details.handler ?? '');
  if (details.restricted) return <>{t('legal.timeline.restricted', { handler })}</>;
  const text = t('legal.timeline.detailed', {
    claim: t(`legal.claimTypes.${details.claimType}`),
    status: t(`legal.statuses.${details.status}`),
    handler,
  });
  if (!canOpen(me.role, 'legal') || typeof details.legalCaseId !== 'string') return <>{text}</>;
  return (
    <AnchorLink to="/legal-cases/$caseId" params={{ caseId: details.legalCaseId }}>
      {text}
    </AnchorLink>
  );
}
