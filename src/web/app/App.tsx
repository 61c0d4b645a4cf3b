import { MantineProvider } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-error';
import { onUnauthenticated } from '../api/client';
import { forgetSession, meKey } from '../auth/session';
import { i18n } from '../i18n/i18n';
import { createAppRouter } from './router';
import { buildTheme, cssVariablesResolver } from './theme';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A 4xx will not change by asking again; network blips and 5xx get one more try.
        retry: (count, error) =>
          count < 1 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function App() {
  const { t, i18n: active } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change exactly when the language does
  const theme = useMemo(
    () => buildTheme({ close: t('common.close'), togglePassword: t('common.togglePassword') }),
    [active.language],
  );
  const [{ queryClient, router }] = useState(() => {
    const queryClient = createQueryClient();
    const router = createAppRouter(queryClient);
    onUnauthenticated(() => {
      if (queryClient.getQueryData(meKey) === null) return;
      forgetSession(queryClient);
      notifications.show({ color: 'orange', message: i18n.t('auth.sessionEnded') });
      const here = router.state.location.href;
      void router.navigate({ to: '/sign-in', search: { redirect: here === '/' ? undefined : here } });
    });
    return { queryClient, router };
  });
  return (
    <MantineProvider theme={theme} defaultColorScheme="light" cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
