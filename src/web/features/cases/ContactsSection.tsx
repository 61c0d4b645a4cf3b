import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconMessagePlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TContact } from '../../../shared/contracts/cases';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { SectionCard } from '../../ui/SectionCard';
import { ContactModal } from './ContactModal';
import { label } from './case-options';
import { useContacts } from './cases.api';

/** Every contact with the person, newest first, and a quick way to record today's. */
export function ContactsSection({ workerId, canRecord }: { workerId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const contacts = useContacts(workerId);
  const [editing, setEditing] = useState<TContact | null | 'new'>(null);
  return (
    <SectionCard
      title={t('cases.contacts.title')}
      testId="section-contacts"
      actions={
        canRecord && (
          <Button
            size="xs"
            leftSection={<IconMessagePlus size={16} aria-hidden />}
            onClick={() => setEditing('new')}
          >
            {t('cases.contacts.record')}
          </Button>
        )
      }
    >
      {contacts.isError && <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />}
      {contacts.isPending && <Loading />}
      {contacts.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('cases.contacts.none')}
        </Text>
      )}
      <Stack gap="sm">
        {contacts.data?.map((c) => (
          <Stack key={c.id} gap={4} data-testid="contact">
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {formatDate(c.contactDate, language)} · {label('channels', c.channel)}
                  {c.durationMinutes !== null &&
                    ` · ${t('cases.contacts.minutes', { n: c.durationMinutes })}`}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.staff.name}
                </Text>
              </Stack>
              {canRecord && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(c)}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Group>
            <Group gap={4}>
              {c.services.map((s) => (
                <Badge key={s} variant="light" size="sm">
                  {label('services', s)}
                </Badge>
              ))}
            </Group>
            {c.notes && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.notes}
              </Text>
            )}
            {c.notesHidden && (
              <Text size="xs" c="dimmed">
                {t('cases.contacts.notesHidden')}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
      {editing && (
        <ContactModal
          workerId={workerId}
          contact={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </SectionCard>
  );
}
