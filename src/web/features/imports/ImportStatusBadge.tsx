import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TWorkerImportJob } from '../../../shared/contracts/imports';

const COLOURS: Record<TWorkerImportJob['status'], string> = {
  queued: 'gray',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: TWorkerImportJob['status'] }) {
  const { t } = useTranslation();
  return (
    // Never shorter than its words: in a crowded table a badge would otherwise shrink to "FI…".
    <Badge color={COLOURS[status]} variant="light" miw="max-content">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}
