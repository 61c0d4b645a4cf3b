import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { errorText } from '../../ui/error-text';
import { Loading } from '../../ui/Loading';
import { revokeApiToken, tokensKey, useApiTokens } from './account.api';
import { NewTokenModal } from './NewTokenModal';

export function ApiTokensCard() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const tokens = useApiTokens();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const confirmRevoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await revokeApiToken(revoking.id);
      notifications.show({ color: 'green', message: t('account.tokens.revoked', { name: revoking.name }) });
      await queryClient.invalidateQueries({ queryKey: tokensKey });
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
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h4">
            {t('account.tokens.title')}
          </Title>
          <Button
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setCreating(true)}
          >
            {t('account.tokens.new')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('account.tokens.help')}
        </Text>
        {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
        {tokens.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label={t('account.tokens.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.tokens.name')}</Table.Th>
                  <Table.Th>{t('account.tokens.prefix')}</Table.Th>
                  <Table.Th>{t('account.tokens.created')}</Table.Th>
                  <Table.Th>{t('account.tokens.lastUsed')}</Table.Th>
                  <Table.Th>{t('account.tokens.expires')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.data?.length === 0 && <EmptyRow colSpan={6} text={t('account.tokens.none')} />}
                {tokens.data?.map((tok) => (
                  <Table.Tr key={tok.id} data-testid="token-row">
                    <Table.Td>{tok.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace" className="nowrap">
                        {tok.prefix}…
                      </Text>
                    </Table.Td>
                    <Table.Td className="nowrap">{formatDate(tok.createdAt, language)}</Table.Td>
                    <Table.Td className="nowrap">
                      {tok.lastUsedAt
                        ? formatDateTime(tok.lastUsedAt, language)
                        : t('account.tokens.neverUsed')}
                    </Table.Td>
                    <Table.Td className="nowrap">
                      {tok.expiresAt ? formatDate(tok.expiresAt, language) : t('account.tokens.noExpiry')}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setRevoking({ id: tok.id, name: tok.name })}
                      >
                        {t('account.tokens.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {creating && <NewTokenModal onClose={() => setCreating(false)} />}
      <ConfirmModal
        opened={revoking !== null}
        title={t('account.tokens.revokeTitle')}
        body={t('account.tokens.revokeBody', { name: revoking?.name ?? '' })}
        confirmLabel={t('account.tokens.revoke')}
        onConfirm={() => void confirmRevoke()}
        onCancel={() => setRevoking(null)}
        busy={busy}
      />
    </Card>
  );
}
