import type { TTimelineEntry } from '../../../shared/contracts/workers';
import type { Db } from '../../db/database';
import type { AuthContext } from '../../http/context';
import type { AuditActor } from '../audit/audit.repository';
import { legalTimelineItems } from './legal-reads';

export interface TimelineViewer {
  auth: AuthContext;
  actor: AuditActor;
}

/**
 * A worker's legal cases on their timeline: claim type and status for the roles that may see legal details
 * (an audited read), and for everyone else only that a case was opened and who handles it.
 */
export async function legalTimeline(
  db: Db,
  workerId: string,
  viewer: TimelineViewer,
): Promise<TTimelineEntry[]> {
  const items = await legalTimelineItems(db, viewer.auth, viewer.actor, workerId);
  return items.map((i) => ({
    at: i.createdAt,
    kind: 'legal_case' as const,
    actor: null,
    details: i.restricted
      ? { legalCaseId: i.id, restricted: true, handler: i.handler.name }
      : {
          legalCaseId: i.id,
          restricted: false,
          handler: i.handler.name,
          claimType: i.claimType,
          status: i.status,
        },
  }));
}
