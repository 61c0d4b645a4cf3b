import type { TWorker } from '../../../shared/contracts/workers';
import { useMe } from '../../auth/session';
import { CasePlanSection } from './CasePlanSection';
import { ContactsSection } from './ContactsSection';
import { isCaseStaff } from './case-access';
import { ReferralsSection } from './ReferralsSection';

/**
 * The case work blocks of a worker's page. M&E officers see contacts (without notes) only; new records go on
 * the surviving record of a merge, so a merged record shows its history without the buttons.
 */
export function WorkerCaseSections({ worker }: { worker: TWorker }) {
  const me = useMe();
  const staff = isCaseStaff(me.role);
  const canAct = staff && worker.status !== 'merged';
  if (!staff && me.role !== 'me_officer') return null;
  return (
    <>
      <ContactsSection workerId={worker.id} canRecord={canAct} />
      {staff && <CasePlanSection workerId={worker.id} canAct={canAct} />}
      {staff && <ReferralsSection workerId={worker.id} canAct={canAct} />}
    </>
  );
}
