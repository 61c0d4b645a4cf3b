import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_STATUSES, type TReferral } from '../../../shared/contracts/referrals';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { changeReferral, refreshJobs } from './jobs.api';
import { today } from './jobs-text';

/** Confirms a status change: a reason for not hired and declined, the first day of work for a hire. */
export function ReferralMoveModal({
  referral,
  to,
  onClose,
}: {
  referral: TReferral;
  to: TReferral['status'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [startedOn, setStartedOn] = useState(today());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const needsReason = REASON_STATUSES.includes(to);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await changeReferral(referral.id, {
        version: referral.version,
        status: to,
        reason: needsReason ? reason : null,
        note: note || null,
        ...(to === 'hired' ? { startedOn } : {}),
      });
      await refreshJobs(queryClient);
      onClose();
    } catch (e) {
      setError(e);
      // A stale card: reload so the next attempt starts from the saved state.
      await refreshJobs(queryClient);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t(`jobs.pipeline.moveTo.${to}`)}>
      <Stack gap="sm">
        <Text size="sm">
          {referral.workerName} · {referral.vacancyTitle}
        </Text>
        {error !== null && <ErrorAlert error={error} />}
        {needsReason && (
          <TextInput
            label={t('jobs.pipeline.reason')}
            required
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
        )}
        {to === 'hired' && (
          <TextInput
            type="date"
            label={t('jobs.pipeline.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
          />
        )}
        {to === 'hired' && (
          <Text size="sm" c="dimmed">
            {t('jobs.pipeline.hireHint')}
          </Text>
        )}
        <Textarea
          label={t('jobs.pipeline.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy} disabled={needsReason && !reason.trim()}>
            {t('jobs.pipeline.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
