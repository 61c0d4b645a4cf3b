import { Button, Card, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MIN_LENGTH } from '../../../shared/roles';
import { asApiError } from '../../api/api-error';
import { meQuery } from '../../auth/session';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { alertAfterFields } from '../../ui/error-text';
import { changeOwnPassword, sessionsKey, tokensKey } from './account.api';

export function ChangePasswordCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('issues.required')),
      newPassword: (v) =>
        v.length >= PASSWORD_MIN_LENGTH
          ? null
          : t('issues.passwordTooShort', { minimum: PASSWORD_MIN_LENGTH }),
      confirm: (v, values) => (v === values.newPassword ? null : t('issues.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await changeOwnPassword(values.currentPassword, values.newPassword);
      form.reset();
      // The server ends sessions on a password change. If it ended this one too, the signed-in layout sees no
      // user and goes to the sign-in page, so say why.
      const stillSignedIn = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      notifications.show({
        color: 'green',
        message: stillSignedIn ? t('account.password.changed') : t('account.password.changedSignIn'),
      });
      if (stillSignedIn) {
        await queryClient.invalidateQueries({ queryKey: sessionsKey });
        await queryClient.invalidateQueries({ queryKey: tokensKey });
      }
    } catch (e) {
      setError(alertAfterFields(form, asApiError(e), ['currentPassword', 'newPassword'], t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={2} size="h4">
            {t('account.password.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.password.help')}
          </Text>
          {error !== null && <ErrorAlert error={error} />}
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('account.password.new')}
            description={t('account.password.newHelp', { minimum: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('account.password.confirm')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
