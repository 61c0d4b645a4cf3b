import { Center, Stack } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ErrorAlert } from '../ui/ErrorAlert';

/** A screen that failed to load (server down, network lost) shows why and offers a retry, not a blank page. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Center py="xl">
      <Stack maw={560} w="100%">
        <ErrorAlert
          error={error}
          onRetry={() => {
            reset();
            window.location.reload();
          }}
        />
      </Stack>
    </Center>
  );
}
