import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { DuplicateCandidates } from '../../dedup/DuplicateCandidates';
import type { TDuplicateCandidate } from '../../dedup/dedup.api';

interface Props {
  active: boolean;
  candidates: TDuplicateCandidate[];
  checking: boolean;
  error: unknown;
}

/** Search before create: records that look like the person being typed, updated as names and phones change. */
export function DuplicatePanel({ active, candidates, checking, error }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="duplicate-panel" aria-live="polite">
      <Group gap="xs" wrap="nowrap">
        <IconUserSearch size={20} aria-hidden />
        <Title order={2} size="h5">
          {t('intake.duplicates.title')}
        </Title>
        {checking && <Loader size="xs" aria-label={t('intake.duplicates.checking')} />}
      </Group>
      {error !== null && error !== undefined && <ErrorAlert error={error} />}
      {!active && (
        <Text size="sm" c="dimmed">
          {t('intake.duplicates.hint')}
        </Text>
      )}
      {active && !checking && candidates.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="no-duplicates">
          {t('intake.duplicates.none')}
        </Text>
      )}
      {candidates.length > 0 && (
        <>
          <Alert color="orange" variant="light" p="xs">
            <Text size="sm">{t('intake.duplicates.found', { n: candidates.length })}</Text>
          </Alert>
          <DuplicateCandidates candidates={candidates} />
        </>
      )}
    </Stack>
  );
}
