import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconArrowsJoin } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { canDecideDuplicates } from '../../../auth/access';
import { useMe } from '../../../auth/session';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { dedupKey, undoMerge, usePair } from '../../dedup/dedup.api';
import { WorkerLink } from '../WorkerLink';
import { refreshWorkers } from '../workers.api';

/**
 * A merged record is kept, read-only, pointing at the one it was merged into; a reviewer can undo the merge
 * from here as well as from the review screen.
 */
export function MergedNotice({ worker }: { worker: TWorker }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const reviewer = canDecideDuplicates(me.role);
  const survivor = worker.mergedInto;
  const pair = usePair(worker.id, survivor ?? worker.id, reviewer && !!survivor);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!survivor) return null;
  const mergeId = pair.data?.mergeId ?? null;

  const undo = async () => {
    if (!mergeId) return;
    setBusy(true);
    setError(null);
    try {
      await undoMerge(mergeId);
      await Promise.all([refreshWorkers(queryClient), queryClient.invalidateQueries({ queryKey: dedupKey })]);
      notifications.show({ color: 'green', message: t('dedup.undone') });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      color="orange"
      icon={<IconArrowsJoin aria-hidden />}
      title={t('workers.merged.title')}
      data-testid="merged-notice"
    >
      <Stack gap="xs">
        <Text size="sm">
          {t('workers.merged.body')} <WorkerLink id={survivor} testId="survivor-link" />
        </Text>
        <Text size="sm" c="dimmed">
          {t('workers.merged.note')}
        </Text>
        {error !== null && <ErrorAlert error={error} />}
        {reviewer && mergeId && (
          <Group>
            <Button
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconArrowBackUp size={16} aria-hidden />}
              onClick={() => void undo()}
              loading={busy}
            >
              {t('dedup.undo')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
