import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { asApiError } from '../../api/api-error';
import { ErrorAlert } from '../../ui/ErrorAlert';

/** Why a file was refused, in words that say what to do: a wrong type or a file too large. */
export function UploadError({ error, maxBytes }: { error: unknown; maxBytes: number | undefined }) {
  const { t } = useTranslation();
  const e = asApiError(error);
  const text =
    e.code === 'UNSUPPORTED_FILE'
      ? t('attachments.badType')
      : e.code === 'PAYLOAD_TOO_LARGE'
        ? t('attachments.tooLarge', { mb: Math.round((maxBytes ?? 10485760) / 1048576) })
        : null;
  if (!text) return <ErrorAlert error={error} />;
  return (
    <Alert
      color="red"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('attachments.refused')}
      role="alert"
      data-testid="attachment-error"
    >
      <Text size="sm">{text}</Text>
    </Alert>
  );
}
