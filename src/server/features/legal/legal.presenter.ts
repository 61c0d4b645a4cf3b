import type { TLegalCase, TLegalCaseListItem } from '../../../shared/contracts/legal';
import type { LegalCaseView } from './legal.repository';

const iso = (d: Date | string) => new Date(d).toISOString();
/** Both drivers return dates as 'YYYY-MM-DD' text (see create-db.ts). */
const day = (d: string) => String(d).slice(0, 10);

export function presentLegalCase(r: LegalCaseView): TLegalCase {
  return {
    id: r.id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    workerRegNo: r.worker_reg_no,
    centreId: r.centre_id,
    handler: { id: r.handler_id, name: r.handler_name },
    claimType: r.claim_type as TLegalCase['claimType'],
    respondent:
      r.respondent_kind && r.respondent_name && r.respondent_country
        ? {
            kind: r.respondent_kind as NonNullable<TLegalCase['respondent']>['kind'],
            name: r.respondent_name,
            country: r.respondent_country,
          }
        : null,
    amounts: r.amounts ?? [],
    actions: r.actions ?? [],
    notes: r.notes,
    status: r.status as TLegalCase['status'],
    outcome: r.outcome as TLegalCase['outcome'],
    outcomeNotes: r.outcome_notes,
    openedOn: day(r.opened_on),
    closedOn: r.closed_on === null ? null : day(r.closed_on),
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

/** Restricted lines say only that a case exists and who handles it: no claim, amounts, respondent or notes. */
export function presentLegalListItem(r: LegalCaseView, restricted: boolean): TLegalCaseListItem {
  const base = {
    id: r.id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    workerRegNo: r.worker_reg_no,
    centreId: r.centre_id,
    handler: { id: r.handler_id, name: r.handler_name },
    openedOn: day(r.opened_on),
    createdAt: iso(r.created_at),
    restricted,
  };
  if (restricted) return base;
  return {
    ...base,
    claimType: r.claim_type as TLegalCase['claimType'],
    status: r.status as TLegalCase['status'],
    outcome: r.outcome as TLegalCase['outcome'],
    respondentName: r.respondent_name,
    updatedAt: iso(r.updated_at),
  };
}
