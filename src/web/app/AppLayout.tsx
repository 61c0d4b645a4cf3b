import { AppShell, Box, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canOpen } from '../auth/access';
import { meQuery } from '../auth/session';
import { LanguageMenu } from '../ui/LanguageMenu';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { NAV_ITEMS } from './nav-items';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // Signed out here or in another tab (the session query was reset): back to the sign-in page.
  if (!me) return <Navigate to="/sign-in" search={{ redirect: pathname === '/' ? undefined : pathname }} />;

  const items = NAV_ITEMS.filter((item) => canOpen(me.role, item.module));
  // The most specific matching item is the current one: on /workers/new that is "Register", not "Returnees".
  const matches = (to: string) =>
    to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
  const current = items.filter((item) => matches(item.to)).sort((a, b) => b.to.length - a.to.length)[0];
  const isActive = (to: string) => current?.to === to;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('header.closeMenu') : t('header.openMenu')}
            />
            <Link to="/" style={{ textDecoration: 'none', color: 'inherit', minWidth: 0 }}>
              <Group gap={8} wrap="nowrap">
                <Text fw={700} size="lg" c="homeward.8" lang="en">
                  Homeward
                </Text>
                <Text size="sm" c="dimmed" visibleFrom="md" truncate lang="km">
                  {t('app.nameKm')}
                </Text>
              </Group>
            </Link>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="xs">
              <LanguageSwitch size="xs" />
            </Box>
            <Box hiddenFrom="xs">
              <LanguageMenu />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={4}>
            {items.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                // The router would mark /workers current on /workers/new too; `active` picks the best match.
                activeOptions={{ exact: true }}
                label={t(item.labelKey)}
                leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
                active={isActive(item.to)}
                onClick={close}
                data-testid={`nav-${item.module}`}
              />
            ))}
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main id="main" tabIndex={-1}>
        <Box maw={1200} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
