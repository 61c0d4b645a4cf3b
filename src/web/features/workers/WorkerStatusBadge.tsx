import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorker } from '../../../shared/contracts/workers';

const COLOR = { active: 'green', inactive: 'gray', merged: 'orange' } as const;

export function WorkerStatusBadge({ status }: { status: TWorker['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLOR[status]} data-testid="worker-status" data-status={status}>
      {t(`workers.status.${status}`)}
    </Badge>
  );
}
