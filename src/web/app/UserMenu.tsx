import { Avatar, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSignOut } from '../auth/session';
import { useCentres } from '../features/centres/centres.api';
import { localName } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => Array.from(part)[0])
    .join('')
    .toUpperCase();

/** The signed-in person, their role and centres, and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const language = useLanguage();
  const centres = useCentres().data ?? [];
  const myCentres = me.national
    ? t('home.allCentres')
    : centres
        .filter((c) => me.centreIds.includes(c.id))
        .map((c) => localName(c, language))
        .join(', ');
  const myCodes = me.national
    ? ''
    : centres
        .filter((c) => me.centreIds.includes(c.id))
        .map((c) => c.code)
        .join(', ');
  return (
    <Menu position="bottom-end" width={300} withinPortal>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            {/* Hidden from sight on phones but still read out, so the button is named by what it shows. */}
            <Stack gap={0} align="flex-end" maw={260} className="user-summary">
              <Text size="sm" fw={600} truncate="end" maw={260}>
                {me.name}
              </Text>
              <Text size="xs" c="dimmed" truncate="end" maw={260}>
                {t(`roles.${me.role}`)}
                {myCodes && ` · ${myCodes}`}
              </Text>
            </Stack>
            <Avatar color="homeward" radius="xl" size={36} aria-hidden>
              {initials(me.name)}
            </Avatar>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={2} px="sm" py="xs">
          <Text fw={600} size="sm">
            {me.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.email}
          </Text>
          <Text size="xs">{t(`roles.${me.role}`)}</Text>
          {myCentres && (
            <Text size="xs" c="dimmed">
              {myCentres}
            </Text>
          )}
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item
          color="red"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
          data-testid="sign-out"
        >
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
