import { Alert, Button, Code, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error';
import { copyText } from '../../ui/copy-text';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { alertAfterFields } from '../../ui/error-text';
import { createApiToken, tokensKey } from './account.api';

/** Creates a token, then shows it once: the server keeps only its hash, so closing this loses it for good. */
export function NewTokenModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm<{ name: string; expiresInDays: number | string }>({
    initialValues: { name: '', expiresInDays: 365 },
    validate: { name: (v) => (v.trim() ? null : t('issues.required')) },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const days = typeof values.expiresInDays === 'number' ? values.expiresInDays : undefined;
      const created = await createApiToken(values.name.trim(), days);
      setToken(created.token);
      await queryClient.invalidateQueries({ queryKey: tokensKey });
    } catch (e) {
      setError(alertAfterFields(form, asApiError(e), ['name', 'expiresInDays'], t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={token ? t('account.tokens.createdTitle') : t('account.tokens.newTitle')}
      size="lg"
      closeOnClickOutside={!token}
    >
      {token ? (
        <Stack>
          <Alert
            color="orange"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('account.tokens.onceTitle')}
          >
            {t('account.tokens.onceBody')}
          </Alert>
          <Code block data-testid="new-token" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
            {token}
          </Code>
          <Group justify="space-between">
            <Button
              variant={copied ? 'light' : 'filled'}
              color={copied ? 'green' : undefined}
              leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              onClick={() => void copyText(token).then(setCopied)}
            >
              {copied ? t('account.tokens.copied') : t('account.tokens.copy')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('account.tokens.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {t('account.tokens.newHelp')}
            </Text>
            {error !== null && <ErrorAlert error={error} />}
            <TextInput
              label={t('account.tokens.name')}
              description={t('account.tokens.nameHelp')}
              required
              {...form.getInputProps('name')}
            />
            <NumberInput
              label={t('account.tokens.expiresInDays')}
              description={t('account.tokens.expiresHelp')}
              min={1}
              max={3650}
              allowDecimal={false}
              {...form.getInputProps('expiresInDays')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('account.tokens.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
