import { Badge, Button, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { canEditJobs } from './job-roles';
import { usePlacements } from './jobs.api';
import { PlacementFormModal } from './PlacementFormModal';
import { DecentBadge } from './PlacementPage';
import { ReferralPipeline } from './ReferralPipeline';

/** A worker's job referrals (with their pipeline actions) and placements, on the profile. */
export function WorkerJobsSection({ workerId }: { workerId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const placements = usePlacements(workerId);
  const me = useMe();
  const [adding, setAdding] = useState(false);
  return (
    <Stack gap="md" data-testid="worker-jobs">
      <ReferralPipeline filter={{ workerId }} show="vacancy" />
      <SectionCard
        title={t('jobs.placements.listTitle')}
        testId="worker-placements"
        actions={
          canEditJobs(me.role) && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setAdding(true)}
            >
              {t('jobs.placements.new')}
            </Button>
          )
        }
      >
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
                  <Badge variant="light" color="orange">
                    {t('jobs.followUps.due')}
                  </Badge>
                )}
              </div>
            </Stack>
          ))}
        </Stack>
      </SectionCard>
      {adding && <PlacementFormModal workerId={workerId} onClose={() => setAdding(false)} />}
    </Stack>
  );
}
