import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../shared/contracts/users';
import { PASSWORD_MIN_LENGTH } from '../../../shared/roles';
import { asApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { alertAfterFields } from '../../ui/error-text';
import { resetUserPassword } from './users.api';

export function ResetPasswordModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (v) =>
        v.length >= PASSWORD_MIN_LENGTH
          ? null
          : t('issues.passwordTooShort', { minimum: PASSWORD_MIN_LENGTH }),
      confirm: (v, values) => (v === values.password ? null : t('issues.passwordsDiffer')),
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    setError(null);
    try {
      await resetUserPassword(user.id, password);
      notifications.show({ color: 'green', message: t('users.passwordReset', { name: user.name }) });
      onClose();
    } catch (e) {
      setError(alertAfterFields(form, asApiError(e), ['password'], t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('users.resetTitle', { name: user.name })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('users.resetHelp')}</Text>
          {error !== null && <ErrorAlert error={error} />}
          <PasswordInput
            label={t('users.fields.newPassword')}
            description={t('users.passwordHelp', { minimum: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('users.fields.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.getInputProps('confirm')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('users.resetPassword')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
