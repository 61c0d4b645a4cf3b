import type { TWorker } from '../../../../shared/contracts/workers';
import { asApiError } from '../../../api/api-error';
import { updateWorker } from '../workers.api';

type ConsentKind = TWorker['consents'][number]['kind'];

/**
 * Records a consent given or withdrawn. Consent is kept as history rows, independent of the profile's other
 * fields, so a version clash (someone edited the address meanwhile) is retried on the current version instead of
 * asking the user to compare records.
 */
export async function recordConsent(worker: TWorker, kind: ConsentKind, granted: boolean): Promise<TWorker> {
  const send = (version: number) => updateWorker(worker.id, { version, consents: [{ kind, granted }] });
  try {
    return await send(worker.version);
  } catch (e) {
    const current = asApiError(e).conflictCurrent<TWorker>();
    if (!current) throw e;
    return send(current.version);
  }
}
