import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TImportJob } from '../../../shared/contracts/reference';

const COLOURS: Record<TImportJob['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: TImportJob['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light">
      {t(`reference.import.status.${status}`)}
    </Badge>
  );
}
