import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCalendarPlus, IconPencil, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseAction, TCasePlan, TCaseReview } from '../../../shared/contracts/cases';
import { useMe } from '../../auth/session';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import { ActionModal } from './ActionModal';
import { canWritePlans } from './case-access';
import { label } from './case-options';
import { cancelTransfer, refreshCases, useWorkerPlans } from './cases.api';
import { ActionsList, Goals, NeedsTable, ReviewsList } from './PlanDetails';
import { PlanModal } from './PlanModal';
import { ReviewModal } from './ReviewModal';
import { TransferModal } from './TransferModal';

type Dialog =
  | { kind: 'plan'; plan: TCasePlan | null }
  | { kind: 'action'; action: TCaseAction | null }
  | { kind: 'review'; review: TCaseReview | null }
  | { kind: 'transfer' };

/** The person's case plan in progress (or a button to open one), with earlier closed plans counted below. */
export function CasePlanSection({ workerId, canAct }: { workerId: string; canAct: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const queryClient = useQueryClient();
  const plans = useWorkerPlans(workerId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [cancelError, setCancelError] = useState<unknown>(null);
  const current = plans.data?.find((p) => p.status !== 'closed') ?? null;
  const closed = plans.data?.filter((p) => p.status === 'closed') ?? [];
  const writer = canAct && canWritePlans(me.role);
  const shown = current ?? closed[0] ?? null;
  const editable = writer && shown !== null;

  return (
    <div id="case-plan">
      <SectionCard
        title={t('cases.plan.title')}
        testId="section-case-plan"
        actions={
          writer &&
          !current &&
          plans.isSuccess && (
            <Button
              size="xs"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'plan', plan: null })}
            >
              {t('cases.plan.open')}
            </Button>
          )
        }
      >
        {plans.isError && <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
        {plans.isPending && <Loading />}
        {plans.isSuccess && !shown && (
          <Text size="sm" c="dimmed">
            {t('cases.plan.none')}
          </Text>
        )}
        {shown && (
          <Stack gap="md">
            <Group justify="space-between">
              <Group gap="xs">
                <Badge data-testid="case-status" color={shown.status === 'closed' ? 'gray' : 'blue'}>
                  {label('statuses', shown.status)}
                </Badge>
                {shown.closedReason && <Text size="sm">{label('closedReasons', shown.closedReason)}</Text>}
                <Text size="sm" c="dimmed">
                  {t('cases.plan.heldBy', {
                    name: shown.counsellor.name,
                    date: formatDate(shown.createdAt, language),
                  })}
                </Text>
              </Group>
              {editable && (
                <Group gap="xs">
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'plan', plan: shown })}
                  >
                    {t('cases.plan.edit')}
                  </Button>
                  {current && !current.pendingTransfer && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      leftSection={<IconArrowsExchange size={14} aria-hidden />}
                      onClick={() => setDialog({ kind: 'transfer' })}
                    >
                      {t('cases.transfer.button')}
                    </Button>
                  )}
                </Group>
              )}
            </Group>
            {current?.pendingTransfer && (
              <Alert color="yellow" title={t('cases.transfer.pendingTitle')}>
                <Stack gap="xs">
                  <Text size="sm">
                    {t('cases.transfer.pendingBody', { name: current.pendingTransfer.to.name })}
                  </Text>
                  {writer && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      w="fit-content"
                      onClick={() =>
                        cancelTransfer(current.pendingTransfer!.id).then(
                          () => refreshCases(queryClient),
                          setCancelError,
                        )
                      }
                    >
                      {t('cases.transfer.cancel')}
                    </Button>
                  )}
                  {cancelError !== null && <ErrorAlert error={cancelError} />}
                </Stack>
              </Alert>
            )}
            <Stack gap={4}>
              <Title order={3} size="h6">
                {t('cases.plan.needs')}
              </Title>
              <NeedsTable plan={shown} />
            </Stack>
            <Goals plan={shown} />
            <Stack gap={4}>
              <Group justify="space-between">
                <Title order={3} size="h6">
                  {t('cases.actions.title')}
                </Title>
                {writer && current && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPlus size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'action', action: null })}
                  >
                    {t('cases.actions.add')}
                  </Button>
                )}
              </Group>
              <ActionsList
                plan={shown}
                canEdit={(a) => canAct && shown.status !== 'closed' && (writer || a.owner.id === me.id)}
                onEdit={(a) => setDialog({ kind: 'action', action: a })}
              />
            </Stack>
            <Stack gap={4}>
              <Group justify="space-between">
                <Title order={3} size="h6">
                  {t('cases.reviews.title')}
                </Title>
                {writer && current && (
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconCalendarPlus size={14} aria-hidden />}
                    onClick={() => setDialog({ kind: 'review', review: null })}
                  >
                    {t('cases.reviews.schedule')}
                  </Button>
                )}
              </Group>
              <ReviewsList
                plan={shown}
                canEdit={writer && !!current}
                onRecord={(r) => setDialog({ kind: 'review', review: r })}
              />
            </Stack>
            {closed.length > (current ? 0 : 1) && (
              <Text size="xs" c="dimmed">
                {t('cases.plan.earlier', { n: closed.length - (current ? 0 : 1) })}
              </Text>
            )}
          </Stack>
        )}
        {dialog?.kind === 'plan' && (
          <PlanModal workerId={workerId} plan={dialog.plan} onClose={() => setDialog(null)} />
        )}
        {dialog?.kind === 'action' && shown && (
          <ActionModal plan={shown} action={dialog.action} onClose={() => setDialog(null)} />
        )}
        {dialog?.kind === 'review' && shown && (
          <ReviewModal plan={shown} review={dialog.review} onClose={() => setDialog(null)} />
        )}
        {dialog?.kind === 'transfer' && current && (
          <TransferModal plan={current} onClose={() => setDialog(null)} />
        )}
      </SectionCard>
    </div>
  );
}
