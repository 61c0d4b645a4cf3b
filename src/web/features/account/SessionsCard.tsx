import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../auth/session';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorText } from '../../ui/error-text';
import { Loading } from '../../ui/Loading';
import { revokeSession, sessionsKey, useSessions } from './account.api';

export function SessionsCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const sessions = useSessions();
  const signOut = useSignOut();
  const [revoking, setRevoking] = useState<{ id: string; current: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      if (revoking.current) {
        await signOut();
        return;
      }
      await revokeSession(revoking.id);
      notifications.show({ color: 'green', message: t('account.sessions.revoked') });
      await queryClient.invalidateQueries({ queryKey: sessionsKey });
    } catch (e) {
      notifications.show({ color: 'red', message: errorText(t, e) });
    } finally {
      setBusy(false);
      setRevoking(null);
    }
  };

  return (
    <Card withBorder padding="lg">
      <Stack>
        <Title order={2} size="h4">
          {t('account.sessions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.sessions.help')}
        </Text>
        {sessions.isError && <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
        {sessions.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" aria-label={t('account.sessions.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.sessions.started')}</Table.Th>
                  <Table.Th>{t('account.sessions.lastSeen')}</Table.Th>
                  <Table.Th>{t('account.sessions.expires')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sessions.data?.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" className="nowrap">
                        {formatDateTime(s.createdAt, language)}
                      </Text>
                      {s.current && (
                        <Badge size="sm" variant="light" mt={4}>
                          {t('account.sessions.thisOne')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td className="nowrap">{formatDateTime(s.lastSeenAt, language)}</Table.Td>
                    <Table.Td className="nowrap">{formatDateTime(s.expiresAt, language)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking({ id: s.id, current: s.current })}
                      >
                        {s.current ? t('auth.signOut') : t('account.sessions.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title={revoking?.current ? t('auth.signOut') : t('account.sessions.revokeTitle')}
        body={revoking?.current ? t('account.sessions.signOutBody') : t('account.sessions.revokeBody')}
        confirmLabel={revoking?.current ? t('auth.signOut') : t('account.sessions.revoke')}
        onConfirm={() => void confirm()}
        onCancel={() => setRevoking(null)}
        busy={busy}
      />
    </Card>
  );
}
