import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_STATUSES, REFERRAL_TRANSITIONS, type TReferral } from '../../../shared/contracts/referrals';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { AnchorLink } from '../../ui/links';
import { SectionCard } from '../../ui/SectionCard';
import { canEditJobs } from './job-roles';
import { useReferrals } from './jobs.api';
import { STATUS_COLOR } from './jobs-text';
import { ReferralDrawer } from './ReferralDrawer';
import { ReferralMoveModal } from './ReferralMoveModal';

/** Referrals of a vacancy (showing the worker) or of a worker (showing the job), grouped by status. */
export function ReferralPipeline({
  filter,
  show,
}: {
  filter: { vacancyId?: string; workerId?: string };
  show: 'worker' | 'vacancy';
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const referrals = useReferrals(filter);
  const [moving, setMoving] = useState<{ referral: TReferral; to: TReferral['status'] } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const canEdit = canEditJobs(me.role);
  const groups = REFERRAL_STATUSES.map(
    (s) => [s, (referrals.data ?? []).filter((r) => r.status === s)] as const,
  ).filter(([, items]) => items.length > 0);
  return (
    <SectionCard title={t('jobs.pipeline.title')} testId="referral-pipeline">
      {referrals.isError && <ErrorAlert error={referrals.error} onRetry={() => void referrals.refetch()} />}
      {referrals.isPending && <Loading />}
      {referrals.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('jobs.pipeline.none')}
        </Text>
      )}
      <Stack gap="md">
        {groups.map(([status, items]) => (
          <Stack key={status} gap="xs" data-testid={`pipeline-${status}`}>
            <Group gap="xs">
              <Title order={3} size="h5">
                {t(`jobs.referralStatus.${status}`)}
              </Title>
              <Badge variant="light" color={STATUS_COLOR[status]}>
                {items.length}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
              {items.map((r) => (
                <Card key={r.id} withBorder padding="sm" data-testid="referral-card">
                  <Stack gap={4}>
                    {show === 'worker' ? (
                      <AnchorLink to="/workers/$workerId" params={{ workerId: r.workerId }}>
                        {r.workerName} · {r.workerRegNo}
                      </AnchorLink>
                    ) : (
                      <AnchorLink to="/vacancies/$vacancyId" params={{ vacancyId: r.vacancyId }}>
                        {r.vacancyTitle} · {r.employerName}
                      </AnchorLink>
                    )}
                    <Text size="xs" c="dimmed">
                      {t('jobs.pipeline.updated', { date: formatDate(r.updatedAt.slice(0, 10), language) })}
                      {r.reason ? ` · ${r.reason}` : ''}
                    </Text>
                    {r.placementId && (
                      <AnchorLink
                        size="sm"
                        to="/placements/$placementId"
                        params={{ placementId: r.placementId }}
                      >
                        {t('jobs.pipeline.openPlacement')}
                      </AnchorLink>
                    )}
                    <Group gap={6} mt={4}>
                      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(r.id)}>
                        {t('jobs.pipeline.history')}
                      </Button>
                      {canEdit &&
                        REFERRAL_TRANSITIONS[r.status].map((to) => (
                          <Button
                            key={to}
                            size="compact-xs"
                            variant="light"
                            color={STATUS_COLOR[to]}
                            onClick={() => setMoving({ referral: r, to })}
                          >
                            {t(`jobs.pipeline.moveTo.${to}`)}
                          </Button>
                        ))}
                    </Group>
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
      {moving && (
        <ReferralMoveModal referral={moving.referral} to={moving.to} onClose={() => setMoving(null)} />
      )}
      {open && <ReferralDrawer referralId={open} canEdit={canEdit} onClose={() => setOpen(null)} />}
    </SectionCard>
  );
}
