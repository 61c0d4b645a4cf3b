import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NAV_ITEMS } from '../../app/nav-items';
import { canOpen } from '../../auth/access';
import { useMe } from '../../auth/session';
import { useLanguage } from '../../i18n/use-language';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { Loading } from '../../ui/Loading';
import { FollowUpsCard } from '../cases/FollowUpsCard';
import { useCentres } from '../centres/centres.api';
import { CentreCard } from './CentreCard';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const language = useLanguage();
  const centres = useCentres();
  const mine = (centres.data ?? []).filter((c) => me.national || me.centreIds.includes(c.id));
  const links = NAV_ITEMS.filter((item) => item.module !== 'home' && canOpen(me.role, item.module));

  return (
    <Stack gap="xl">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('home.welcome', { name: me.name })}
        </Title>
        <Group gap="xs">
          <Text c="dimmed">{t('home.signedInAs')}</Text>
          <Badge variant="light" size="lg" data-testid="home-role">
            {t(`roles.${me.role}`)}
          </Badge>
        </Group>
      </Stack>

      {!['me_officer', 'viewer'].includes(me.role) && <FollowUpsCard />}

      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('home.whatYouCanDo')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {links.map((item) => (
            <Card key={item.to} component={Link} to={item.to} withBorder padding="md" radius="md">
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <item.icon size={20} />
                </ThemeIcon>
                <Stack gap={2}>
                  <Text fw={600}>{t(item.labelKey)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`home.linkHelp.${item.module}`)}
                  </Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="sm">
        <Title order={2} size="h4">
          {me.national ? t('home.allCentresTitle') : t('home.yourCentres')}
        </Title>
        {me.national && (
          <Text size="sm" c="dimmed">
            {t('home.nationalNote')}
          </Text>
        )}
        {centres.isPending && <Loading />}
        {centres.isError && <ErrorAlert error={centres.error} onRetry={() => void centres.refetch()} />}
        {centres.isSuccess && mine.length === 0 && <Text c="dimmed">{t('home.noCentres')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {mine.map((c) => (
            <CentreCard key={c.id} centre={c} language={language} />
          ))}
        </SimpleGrid>
      </Stack>
    </Stack>
  );
}
