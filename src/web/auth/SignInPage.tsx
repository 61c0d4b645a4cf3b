import {
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { meKey, signIn } from './session';

export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = useSearch({ from: '/sign-in' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (v.trim() ? null : t('issues.required')),
      password: (v) => (v ? null : t('issues.required')),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      const me = await signIn(values.email.trim(), values.password);
      queryClient.setQueryData(meKey, me);
      await navigate({ to: redirect ?? '/' });
    } catch (e) {
      setError(e);
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  });

  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Paper withBorder shadow="sm" p={{ base: 'lg', sm: 'xl' }} radius="md" w="100%" maw={420}>
          <Stack gap="xs" mb="lg">
            <Title order={1} size="h2" c="homeward.8">
              <span lang="en">Homeward</span>
            </Title>
            <Text size="sm" fw={600} lang="km">
              {t('app.nameKm')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Stack>
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={2} size="h4">
                {t('auth.signInTitle')}
              </Title>
              {error !== null && <ErrorAlert error={error} />}
              <TextInput
                label={t('auth.email')}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('auth.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={busy} fullWidth>
                {t('auth.signIn')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Center>
    </Box>
  );
}
