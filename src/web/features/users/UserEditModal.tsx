import { Alert, Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUpdateUserRequest, TUser } from '../../../shared/contracts/users';
import { isNationalRole, type Role } from '../../../shared/roles';
import { useMe } from '../../auth/session';
import { formatDateTime } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useSave } from '../../ui/use-save';
import { VersionConflict } from '../../ui/VersionConflict';
import { CentresSelect, RoleSelect, useCentreNames } from './user-fields';
import { isLocked } from './user-status';
import { updateUser, usersKey } from './users.api';

interface Values {
  name: string;
  role: Role;
  centreIds: string[];
  disabled: boolean;
}

const valuesOf = (u: TUser): Values => ({
  name: u.name,
  role: u.role,
  centreIds: u.centreIds,
  disabled: u.disabled,
});
const FIELDS = ['name', 'role', 'centreIds', 'disabled'] as const;

export function UserEditModal({ user, onClose }: { user: TUser; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const centreNames = useCentreNames();
  // The record the form was loaded from: its version goes with the save, and "changed" means "differs from it".
  const [base, setBase] = useState<TUser>(user);
  const self = user.id === me.id;
  const form = useForm<Values>({
    initialValues: valuesOf(user),
    validate: {
      name: (v) => (v.trim() ? null : t('issues.required')),
      centreIds: (v, values) =>
        !isNationalRole(values.role) && v.length === 0 ? t('issues.centre_required') : null,
    },
  });

  /** Only the fields this person changed, so a save never quietly reverts someone else's change to another field. */
  const changes = (values: Values, from: TUser): Omit<TUpdateUserRequest, 'version'> => {
    const out: Omit<TUpdateUserRequest, 'version'> = {};
    if (values.name.trim() !== from.name) out.name = values.name.trim();
    if (values.role !== from.role) out.role = values.role;
    if ([...values.centreIds].sort().join() !== [...from.centreIds].sort().join())
      out.centreIds = values.centreIds;
    if (values.disabled !== from.disabled) out.disabled = values.disabled;
    return out;
  };

  const save = useSave<TUser>(form, FIELDS);
  const { conflict, busy } = save;
  /** Saves the form's changes; `unlockOnly` clears a sign-in lock and leaves the form open with its edits. */
  const submit = ({ version = base.version, unlockOnly = false } = {}) =>
    save.run(
      () => updateUser(user.id, { version, ...(unlockOnly ? { unlock: true } : changes(form.values, base)) }),
      async (updated) => {
        await queryClient.invalidateQueries({ queryKey: usersKey });
        notifications.show({ color: 'green', message: t('users.saved', { name: updated.name }) });
        if (unlockOnly) setBase(updated);
        else onClose();
      },
      { validate: !unlockOnly },
    );

  const loadTheirs = () => {
    if (!conflict) return;
    setBase(conflict);
    form.setValues(valuesOf(conflict));
    form.resetDirty(valuesOf(conflict));
    save.setConflict(null);
  };

  const formatRole = (v: unknown) => t(`roles.${String(v)}`);
  const formatBool = (v: unknown) => (v ? t('common.yes') : t('common.no'));

  return (
    <Modal opened onClose={onClose} title={t('users.editTitle', { name: user.name })} size="lg">
      <form onSubmit={form.onSubmit(() => void submit())} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {user.email}
            {user.lastLoginAt &&
              ` · ${t('users.lastLogin', { at: formatDateTime(user.lastLoginAt, language) })}`}
          </Text>
          {conflict && (
            <VersionConflict
              theirs={valuesOf(conflict) as unknown as Record<string, unknown>}
              mine={{ ...valuesOf(conflict), ...changes(form.values, base) } as Record<string, unknown>}
              fields={[
                { key: 'name', label: t('users.fields.name') },
                { key: 'role', label: t('users.fields.role'), format: formatRole },
                { key: 'centreIds', label: t('users.fields.centres'), format: centreNames },
                { key: 'disabled', label: t('users.fields.disabled'), format: formatBool },
              ]}
              onLoadTheirs={loadTheirs}
              onKeepMine={() => void submit({ version: conflict.version })}
              busy={busy}
            />
          )}
          {save.error !== null && <ErrorAlert error={save.error} />}
          <TextInput label={t('users.fields.name')} required {...form.getInputProps('name')} />
          <RoleSelect
            required
            disabled={self}
            description={self ? t('users.ownRoleHelp') : undefined}
            {...form.getInputProps('role')}
          />
          <CentresSelect required={!isNationalRole(form.values.role)} {...form.getInputProps('centreIds')} />
          <Switch
            label={t('users.fields.disabled')}
            description={t('users.disabledHelp')}
            disabled={self}
            {...form.getInputProps('disabled', { type: 'checkbox' })}
          />
          {isLocked(base) && (
            <Alert color="orange" title={t('users.lockedTitle')}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {t('users.lockedBody', { until: formatDateTime(base.lockedUntil, language) })}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  color="orange"
                  onClick={() => void submit({ unlockOnly: true })}
                >
                  {t('users.unlock')}
                </Button>
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={conflict !== null}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
