import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DuplicateCandidates } from '../../dedup/DuplicateCandidates';
import type { TDuplicateCandidate } from '../../dedup/dedup.api';

interface Props {
  candidates: TDuplicateCandidate[];
  onClose: () => void;
  onConfirmDifferent: () => void;
  busy: boolean;
}

/**
 * The server found likely existing records at save time (409 POSSIBLE_DUPLICATES). The user opens the existing
 * record, or says this is someone else; the pairs then wait in the review queue for a manager to confirm.
 */
export function PossibleDuplicatesModal({ candidates, onClose, onConfirmDifferent, busy }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={t('intake.possibleDuplicates.title')} size="lg">
      <Stack>
        <Text size="sm">{t('intake.possibleDuplicates.body')}</Text>
        <DuplicateCandidates candidates={candidates} />
        <Text size="sm" c="dimmed">
          {t('intake.possibleDuplicates.reviewNote')}
        </Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('intake.possibleDuplicates.goBack')}
          </Button>
          <Button onClick={onConfirmDifferent} loading={busy}>
            {t('intake.possibleDuplicates.different')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
