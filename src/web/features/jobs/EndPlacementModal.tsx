import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TPlacement } from '../../../shared/contracts/placements';
import { asApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { refreshJobs, updatePlacement } from './jobs.api';
import { today } from './jobs-text';

/** The day the work ended and why: the 90-day employment check and later follow-ups read it. */
export function EndPlacementModal({ placement, onClose }: { placement: TPlacement; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [endedOn, setEndedOn] = useState(placement.endedOn ?? today());
  const [endReason, setEndReason] = useState(placement.endReason ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await updatePlacement(placement.id, {
        version: placement.version,
        endedOn,
        endReason: endReason.trim() || null,
      });
      await refreshJobs(queryClient);
      onClose();
    } catch (e) {
      setError(e);
      if (asApiError(e).code === 'VERSION_CONFLICT') await refreshJobs(queryClient);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('jobs.placements.end')}>
      <Stack gap="sm">
        {error !== null && <ErrorAlert error={error} />}
        <TextInput
          type="date"
          label={t('jobs.placements.endedOn')}
          value={endedOn}
          onChange={(e) => setEndedOn(e.currentTarget.value)}
        />
        <TextInput
          label={t('jobs.placements.endReason')}
          value={endReason}
          onChange={(e) => setEndReason(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!endedOn}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
