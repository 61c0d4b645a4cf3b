import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled block of a record page; the title is a level-2 heading so screen-reader users can jump between them. */
export function SectionCard({
  title,
  actions,
  children,
  testId,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}
