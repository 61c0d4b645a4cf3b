import { Stack, Text, Timeline } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_CONTACT_KINDS } from '../../../shared/contracts/employers';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import { ContactEntryForm } from './ContactEntryForm';
import { addEmployerContact, refreshJobs, useEmployerContacts } from './jobs.api';

/** Consultations, visits and calls with an employer, newest first, and a form to add one. */
export function EmployerContactLog({ employerId, canEdit }: { employerId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const contacts = useEmployerContacts(employerId);
  return (
    <SectionCard title={t('jobs.contacts.title')} testId="employer-contacts">
      <Stack gap="sm">
        {canEdit && (
          <ContactEntryForm
            kinds={EMPLOYER_CONTACT_KINDS}
            kindLabel={t('jobs.contacts.kind')}
            kindText={(k) => t(`jobs.contactKind.${k}`)}
            save={async (entry) => {
              await addEmployerContact(employerId, entry);
              await refreshJobs(queryClient);
            }}
          />
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
