import { Button, Group, Select, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_CONTACT_KINDS } from '../../../shared/contracts/employers';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import { addEmployerContact, refreshJobs, useEmployerContacts } from './jobs.api';
import { today } from './jobs-text';

/** Consultations, visits and calls with an employer, newest first, and a form to add one. */
export function EmployerContactLog({ employerId, canEdit }: { employerId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const contacts = useEmployerContacts(employerId);
  const [occurredOn, setOccurredOn] = useState(today());
  const [kind, setKind] = useState<(typeof EMPLOYER_CONTACT_KINDS)[number]>('consultation');
  const [summary, setSummary] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      await addEmployerContact(employerId, { occurredOn, kind, summary });
      setSummary('');
      await refreshJobs(queryClient);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <SectionCard title={t('jobs.contacts.title')} testId="employer-contacts">
      <Stack gap="sm">
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
                label={t('jobs.contacts.kind')}
                value={kind}
                allowDeselect={false}
                onChange={(v) => v && setKind(v as typeof kind)}
                data={EMPLOYER_CONTACT_KINDS.map((k) => ({ value: k, label: t(`jobs.contactKind.${k}`) }))}
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
              <Button onClick={() => void add()} loading={busy} disabled={!summary.trim() || !occurredOn}>
                {t('jobs.contacts.add')}
              </Button>
            </Group>
          </Stack>
        )}
        {contacts.isError && <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />}
        {contacts.isPending && <Loading />}
        {contacts.data?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('jobs.contacts.none')}
          </Text>
        )}
        {!!contacts.data?.length && (
          <Timeline bulletSize={12} lineWidth={2}>
            {contacts.data.map((c) => (
              <Timeline.Item
                key={c.id}
                title={`${formatDate(c.occurredOn, language)} · ${t(`jobs.contactKind.${c.kind}`)}`}
              >
                <Text size="sm">{c.summary}</Text>
                <Text size="xs" c="dimmed">
                  {c.recordedBy}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Stack>
    </SectionCard>
  );
}
