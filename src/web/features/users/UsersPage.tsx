import { ActionIcon, Button, Group, Menu, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconDots, IconKey, IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TUser } from '../../../shared/contracts/users';
import { canManageUsers } from '../../auth/access';
import { useMe } from '../../auth/session';
import { EmptyRow } from '../../ui/EmptyRow';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useCentres } from '../centres/centres.api';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { UserStatusBadge } from './user-status';
import { useUsers } from './users.api';

export default function UsersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = canManageUsers(me.role);
  const [search, setSearch] = useState('');
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [q] = useDebouncedValue(search, 300);
  const users = useUsers({ q, includeDisabled });
  const centres = useCentres().data ?? [];
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  const [editing, setEditing] = useState<TUser | null>(null);
  const [resetting, setResetting] = useState<TUser | null>(null);
  const codes = (ids: string[]) => ids.map((id) => centres.find((c) => c.id === id)?.code ?? '?').join(', ');

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={manage ? t('users.description') : t('users.descriptionManager')}
        actions={
          manage && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={openCreate}>
              {t('users.new')}
            </Button>
          )
        }
      />
      <Stack>
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('users.search')}
            placeholder={t('users.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            style={{ flex: '1 1 240px' }}
          />
          <Switch
            label={t('users.includeDisabled')}
            checked={includeDisabled}
            onChange={(e) => setIncludeDisabled(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        {users.isError && <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />}
        {users.isPending ? (
          <Loading />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('users.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('users.fields.name')}</Table.Th>
                  <Table.Th>{t('users.fields.email')}</Table.Th>
                  <Table.Th>{t('users.fields.role')}</Table.Th>
                  <Table.Th>{t('users.fields.centres')}</Table.Th>
                  <Table.Th>{t('users.fields.status')}</Table.Th>
                  {manage && <Table.Th>{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data?.length === 0 && <EmptyRow colSpan={manage ? 6 : 5} text={t('users.none')} />}
                {users.data?.map((user) => (
                  <Table.Tr key={user.id} data-testid="user-row">
                    <Table.Td>{user.name}</Table.Td>
                    <Table.Td className="nowrap">{user.email}</Table.Td>
                    <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
                    <Table.Td className="nowrap">
                      {user.centreIds.length ? (
                        codes(user.centreIds)
                      ) : (
                        <Text c="dimmed" size="sm" span>
                          {t('users.national')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <UserStatusBadge user={user} />
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Menu position="bottom-end" withinPortal>
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              aria-label={t('users.actionsFor', { name: user.name })}
                            >
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item
                              leftSection={<IconPencil size={16} aria-hidden />}
                              onClick={() => setEditing(user)}
                            >
                              {t('common.edit')}
                            </Menu.Item>
                            <Menu.Item
                              leftSection={<IconKey size={16} aria-hidden />}
                              onClick={() => setResetting(user)}
                            >
                              {t('users.resetPassword')}
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {manage && <UserCreateModal opened={creating} onClose={closeCreate} />}
      {editing && <UserEditModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </>
  );
}
