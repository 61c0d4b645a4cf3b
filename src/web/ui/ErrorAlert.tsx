import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../api/api-error';
import { errorText, issueText } from './error-text';

interface Props {
  /** A form passes the error with only the field issues no input shows (`alertAfterFields`): they are listed. */
  error: unknown;
  onRetry?: () => void;
}

export function ErrorAlert({ error, onRetry }: Props) {
  const { t } = useTranslation();
  const e = asApiError(error);
  const issues = e.fieldIssues;
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('errors.title')} role="alert">
      <Text size="sm">{errorText(t, e)}</Text>
      {issues.length > 0 && (
        <List size="sm" mt="xs">
          {issues.map((issue) => (
            <List.Item key={`${issue.field}-${issue.issue}`}>{issueText(t, issue)}</List.Item>
          ))}
        </List>
      )}
      {e.requestId && (e.code === 'INTERNAL' || e.code === 'DATABASE_UNAVAILABLE') && (
        <Text size="xs" c="dimmed" mt="xs">
          {t('errors.requestId', { id: e.requestId })}
        </Text>
      )}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
