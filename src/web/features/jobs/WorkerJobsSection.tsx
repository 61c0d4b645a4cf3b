import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { usePlacements } from './jobs.api';
import { DecentBadge } from './PlacementPage';
import { ReferralPipeline } from './ReferralPipeline';

/** A worker's job referrals (with their pipeline actions) and placements, on the profile. */
export function WorkerJobsSection({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placements = usePlacements(workerId);
  return (
    <Stack gap="md" data-testid="worker-jobs">
      <ReferralPipeline filter={{ workerId }} show="vacancy" />
      <SectionCard title={t('jobs.placements.listTitle')} testId="worker-placements">
        {placements.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('jobs.placements.none')}
          </Text>
        )}
        <Stack gap="xs">
          {placements.data?.map((p) => (
            <Stack key={p.id} gap={2}>
              <AnchorLink to="/placements/$placementId" params={{ placementId: p.id }}>
                {[p.title, p.employerName].filter(Boolean).join(' · ') ||
                  t(`jobs.placements.kinds.${p.kind}`)}
              </AnchorLink>
              <Text size="xs" c="dimmed">
                {t('jobs.placements.since', { date: formatDate(p.startedOn, language) })}
                {p.endedOn && ` – ${formatDate(p.endedOn, language)}`}
              </Text>
              <div>
                <DecentBadge decent={p.decent} />{' '}
                {p.followUps.some((f) => !f.doneOn && f.dueOn <= new Date().toISOString().slice(0, 10)) && (
                  <Badge color="yellow">{t('jobs.followUps.due')}</Badge>
                )}
              </div>
            </Stack>
          ))}
        </Stack>
      </SectionCard>
    </Stack>
  );
}
