import {
  Button,
  Drawer,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REFERRAL_CONTACT_CHANNELS } from '../../../shared/contracts/referrals';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { addReferralContact, refreshJobs, useReferral } from './jobs.api';
import { today } from './jobs-text';

/** Who moved a referral and when, and the contacts with the employer about it. */
export function ReferralDrawer({
  referralId,
  canEdit,
  onClose,
}: {
  referralId: string;
  canEdit: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const referral = useReferral(referralId);
  const [occurredOn, setOccurredOn] = useState(today());
  const [channel, setChannel] = useState<(typeof REFERRAL_CONTACT_CHANNELS)[number]>('phone');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = async () => {
    setError(null);
    try {
      await addReferralContact(referralId, { occurredOn, channel, summary });
      setSummary('');
      await refreshJobs(queryClient);
    } catch (e) {
      setError(e);
    }
  };
  const r = referral.data;
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="md"
      title={r ? `${r.workerName} · ${r.vacancyTitle}` : ''}
    >
      {referral.isError && <ErrorAlert error={referral.error} />}
      {!r ? (
        <Loading />
      ) : (
        <Stack gap="md">
          <Title order={3} size="h5">
            {t('jobs.pipeline.history')}
          </Title>
          <Timeline bulletSize={12} lineWidth={2}>
            {r.events.map((e) => (
              <Timeline.Item key={e.at + e.toStatus} title={t(`jobs.referralStatus.${e.toStatus}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(e.at, language)} · {e.by ?? '—'}
                </Text>
                {e.reason && <Text size="sm">{e.reason}</Text>}
                {e.note && <Text size="sm">{e.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
          <Title order={3} size="h5">
            {t('jobs.pipeline.contacts')}
          </Title>
          {r.contacts.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('jobs.contacts.none')}
            </Text>
          )}
          {r.contacts.map((c) => (
            <Stack key={c.id} gap={0}>
              <Text size="sm" fw={500}>
                {formatDate(c.occurredOn, language)} · {t(`jobs.channel.${c.channel}`)}
              </Text>
              <Text size="sm">{c.summary}</Text>
              <Text size="xs" c="dimmed">
                {c.recordedBy}
              </Text>
            </Stack>
          ))}
          {canEdit && (
            <Stack gap="xs">
              {error !== null && <ErrorAlert error={error} />}
              <Group grow>
                <TextInput
                  type="date"
                  label={t('jobs.contacts.date')}
                  value={occurredOn}
                  onChange={(e) => setOccurredOn(e.currentTarget.value)}
                />
                <Select
                  label={t('jobs.contacts.channel')}
                  value={channel}
                  allowDeselect={false}
                  onChange={(v) => v && setChannel(v as typeof channel)}
                  data={REFERRAL_CONTACT_CHANNELS.map((c) => ({ value: c, label: t(`jobs.channel.${c}`) }))}
                />
              </Group>
              <Textarea
                label={t('jobs.contacts.summary')}
                autosize
                minRows={2}
                value={summary}
                onChange={(e) => setSummary(e.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button onClick={() => void add()} disabled={!summary.trim()}>
                  {t('jobs.contacts.add')}
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
