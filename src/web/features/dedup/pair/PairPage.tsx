import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowLeft, IconCircleCheck, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDecideDuplicates } from '../../../auth/access';
import { useMe } from '../../../auth/session';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { Loading } from '../../../ui/Loading';
import { AnchorLink, ButtonLink } from '../../../ui/links';
import { WorkerLink } from '../../workers/WorkerLink';
import { refreshWorkers } from '../../workers/workers.api';
import { DecisionBadge } from '../DecisionBadge';
import { decidePair, dedupKey, undoMerge, usePair } from '../dedup.api';
import { ComparisonTable } from './ComparisonTable';
import { DecisionActions } from './DecisionActions';

/** Two records side by side, the score and why, and the reviewer's decision (merge, keep apart, undo). */
export default function PairPage() {
  const { t } = useTranslation();
  const { a = '', b = '' } = useParams({ strict: false });
  const me = useMe();
  const queryClient = useQueryClient();
  const pair = usePair(a, b);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const reviewer = canDecideDuplicates(me.role);

  const act = async (work: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await Promise.all([refreshWorkers(queryClient), queryClient.invalidateQueries({ queryKey: dedupKey })]);
      notifications.show({ color: 'green', message });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (pair.isError) return <ErrorAlert error={pair.error} onRetry={() => void pair.refetch()} />;
  if (!pair.data) return <Loading />;
  const p = pair.data;
  const mergedRecord = p.mergeId ? [p.a, p.b].find((w) => w.status === 'merged') : undefined;
  const survivorId = mergedRecord?.mergedInto ?? null;

  return (
    <Stack gap="md">
      <AnchorLink to="/duplicates" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} aria-hidden />
          {t('dedup.backToQueue')}
        </Group>
      </AnchorLink>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('dedup.pair.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dedup.pair.description')}
          </Text>
        </Stack>
        <Group gap="xs">
          <DecisionBadge decision={p.decision} score={p.score} />
          {p.status && (
            <Badge variant="outline" tt="none" data-testid="pair-status" data-status={p.status}>
              {t(`dedup.statuses.${p.status}`)}
            </Badge>
          )}
        </Group>
      </Group>
      {error !== null && <ErrorAlert error={error} />}
      {mergedRecord && survivorId && (
        <Alert
          color="green"
          icon={<IconCircleCheck aria-hidden />}
          title={t('dedup.pair.mergedTitle')}
          data-testid="merge-done"
        >
          <Stack gap="xs">
            <Text size="sm">
              {t('dedup.pair.mergedBody', { merged: mergedRecord.regNo })} <WorkerLink id={survivorId} />
            </Text>
            <Group gap="sm">
              <ButtonLink
                to="/workers/$workerId"
                params={{ workerId: mergedRecord.id }}
                size="xs"
                variant="default"
              >
                {t('dedup.pair.openMerged', { regNo: mergedRecord.regNo })}
              </ButtonLink>
              {reviewer && (
                <Button
                  size="xs"
                  color="orange"
                  variant="light"
                  leftSection={<IconArrowBackUp size={16} aria-hidden />}
                  loading={busy}
                  onClick={() => void act(() => undoMerge(p.mergeId!), t('dedup.undone'))}
                >
                  {t('dedup.undo')}
                </Button>
              )}
            </Group>
          </Stack>
        </Alert>
      )}
      {!p.mergeId && p.status === 'distinct' && (
        <Alert color="gray" icon={<IconUsers aria-hidden />} title={t('dedup.pair.distinctTitle')}>
          <Text size="sm">{t('dedup.pair.distinctBody')}</Text>
        </Alert>
      )}
      <ComparisonTable a={p.a} b={p.b} reasons={p.reasons} />
      {reviewer && !p.mergeId && p.a.status !== 'merged' && p.b.status !== 'merged' && (
        <Card withBorder radius="md" padding="md">
          <Title order={2} size="h4" mb="sm">
            {t('dedup.pair.decide')}
          </Title>
          <DecisionActions
            key={`${p.a.id}:${p.b.id}:${p.status}`}
            a={p.a}
            b={p.b}
            busy={busy}
            onSame={(survivor) =>
              void act(() => decidePair(p.a.id, p.b.id, 'same', survivor), t('dedup.merged'))
            }
            onDistinct={() => void act(() => decidePair(p.a.id, p.b.id, 'distinct'), t('dedup.keptApart'))}
          />
        </Card>
      )}
      {!reviewer && (
        <Text size="sm" c="dimmed">
          {t('dedup.pair.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
