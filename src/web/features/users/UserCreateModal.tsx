import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNationalRole, PASSWORD_MIN_LENGTH, type Role } from '../../../shared/roles';
import { asApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { alertAfterFields } from '../../ui/error-text';
import { CentresSelect, RoleSelect } from './user-fields';
import { createUser, usersKey } from './users.api';

const FIELDS = ['email', 'name', 'password', 'role', 'centreIds'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: '', name: '', password: '', role: '' as Role | '', centreIds: [] as string[] },
    validate: {
      email: (v) => (EMAIL.test(v.trim()) ? null : t('issues.invalid_email')),
      name: (v) => (v.trim() ? null : t('issues.required')),
      password: (v) =>
        v.length >= PASSWORD_MIN_LENGTH
          ? null
          : t('issues.passwordTooShort', { minimum: PASSWORD_MIN_LENGTH }),
      role: (v) => (v ? null : t('issues.required')),
      centreIds: (v, values) =>
        values.role && !isNationalRole(values.role) && v.length === 0 ? t('issues.centre_required') : null,
    },
  });

  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    if (!values.role) return;
    setBusy(true);
    setError(null);
    try {
      const user = await createUser({ ...values, email: values.email.trim(), role: values.role });
      await queryClient.invalidateQueries({ queryKey: usersKey });
      notifications.show({ color: 'green', message: t('users.created', { name: user.name }) });
      close();
    } catch (e) {
      setError(alertAfterFields(form, asApiError(e), FIELDS, t));
    } finally {
      setBusy(false);
    }
  });

  const national = form.values.role !== '' && isNationalRole(form.values.role);

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {error !== null && <ErrorAlert error={error} />}
          <TextInput
            label={t('users.fields.name')}
            required
            autoComplete="off"
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('users.fields.email')}
            type="email"
            required
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('users.fields.password')}
            description={t('users.passwordHelp', { minimum: PASSWORD_MIN_LENGTH })}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <RoleSelect required {...form.getInputProps('role')} />
          <CentresSelect
            required={!national}
            description={national ? t('users.nationalRoleHelp') : t('users.centreRoleHelp')}
            {...form.getInputProps('centreIds')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
