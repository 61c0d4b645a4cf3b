import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../ui/links';
import { fullName } from './worker-text';
import { useWorker } from './workers.api';

/** A link to another worker's profile, named by its registration number and name once they are loaded. */
export function WorkerLink({ id, testId }: { id: string; testId?: string }) {
  const { t } = useTranslation();
  const worker = useWorker(id).data;
  return (
    <AnchorLink to="/workers/$workerId" params={{ workerId: id }} fw={600} data-testid={testId}>
      {worker ? `${worker.regNo} · ${fullName(worker)}` : t('workers.anotherRecord')}
    </AnchorLink>
  );
}
