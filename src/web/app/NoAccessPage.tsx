import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Center py="xl" data-testid="no-access">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <IconLock size={48} stroke={1.5} aria-hidden />
        <Title order={1} size="h2">
          {t('noAccess.title')}
        </Title>
        <Text c="dimmed">{t('noAccess.body')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('noAccess.home')}
        </Button>
      </Stack>
    </Center>
  );
}
