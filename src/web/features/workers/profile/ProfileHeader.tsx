import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../../shared/contracts/workers';
import { localName } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/use-language';
import { useCentres } from '../../centres/centres.api';
import { WorkerStatusBadge } from '../WorkerStatusBadge';
import { khmerName, latinName } from '../worker-text';
import { TransferWorker } from './TransferWorker';

interface Props {
  worker: TWorker;
  onEdit: (() => void) | null;
}

/** Who this is at a glance: both spellings of the name, registration number, status and centre. */
export function ProfileHeader({ worker: w, onEdit }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const centre = useCentres().data?.find((c) => c.id === w.centreId);
  const km = khmerName(w);
  const latin = latinName(w);
  return (
    <Group justify="space-between" align="flex-start" gap="sm" mb="lg">
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
        <Title order={1} size="h2" data-testid="worker-name">
          <span lang={km ? 'km' : 'en'}>{km || latin || w.displayName}</span>
        </Title>
        {km && latin && (
          <Text size="lg" c="dimmed" lang="en">
            {latin}
          </Text>
        )}
        <Group gap="xs">
          <Badge variant="outline" size="lg" tt="none" className="nowrap" data-testid="worker-regno">
            {w.regNo}
          </Badge>
          <WorkerStatusBadge status={w.status} />
          {centre && (
            <Text size="sm" c="dimmed">
              {localName(centre, language)}
            </Text>
          )}
        </Group>
      </Stack>
      {onEdit && (
        <Group gap="xs">
          <TransferWorker worker={w} />
          <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={onEdit}>
            {t('common.edit')}
          </Button>
        </Group>
      )}
    </Group>
  );
}
