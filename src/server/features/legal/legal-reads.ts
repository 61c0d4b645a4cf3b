import type { TLegalCase, TLegalCaseListItem, TLegalCaseQuery } from '../../../shared/contracts/legal';
import type { Db } from '../../db/database';
import { notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre, centreScope } from '../../http/scope';
import type { AuditActor } from '../audit/audit.repository';
import { findWorkerRow } from '../workers/workers.repository';
import { presentLegalCase, presentLegalListItem } from './legal.presenter';
import { findLegalCaseView, listLegalCaseViews } from './legal.repository';
import { assertLegalDetail, auditLegalReads, isLegalDetailRole } from './legal-access';

/** One legal case in full, for the roles that may see it; the read is audited in the same transaction. */
export async function readLegalCase(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
): Promise<TLegalCase> {
  assertLegalDetail(auth);
  return db.transaction().execute(async (trx) => {
    const view = await findLegalCaseView(trx, id);
    if (!view || !canSeeCentre(auth, view.centre_id)) throw notFound('Legal case');
    await auditLegalReads(trx, actor, [view], 'detail');
    return presentLegalCase(view);
  });
}

/**
 * A worker's legal cases: with claim type and status for the roles that may see details (audited), or only
 * "a case exists, handled by X" for everyone else who may see the worker.
 */
export async function listWorkerLegalCases(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  workerId: string,
): Promise<TLegalCaseListItem[]> {
  const worker = await findWorkerRow(db, workerId);
  if (!worker || !canSeeCentre(auth, worker.centre_id)) throw notFound('Worker');
  return listWithAudit(db, auth, actor, { workerId, centreIds: null }, 'list');
}

/** "My legal cases" for a legal officer, or every case of the user's centres (or one centre) for managers. */
export async function listLegalCases(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  query: TLegalCaseQuery,
): Promise<TLegalCaseListItem[]> {
  assertLegalDetail(auth);
  const scope = centreScope(auth);
  const centreIds = query.centreId ? (canSeeCentre(auth, query.centreId) ? [query.centreId] : []) : scope;
  return listWithAudit(
    db,
    auth,
    actor,
    {
      centreIds,
      status: query.status,
      handlerId: query.handler === 'me' ? auth.user.id : undefined,
    },
    'list',
  );
}

/** The legal lines of a worker's timeline, as the user may see them. */
export async function legalTimelineItems(db: Db, auth: AuthContext, actor: AuditActor, workerId: string) {
  return listWithAudit(db, auth, actor, { workerId, centreIds: null }, 'timeline');
}

async function listWithAudit(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  filter: Parameters<typeof listLegalCaseViews>[1],
  view: 'list' | 'timeline',
): Promise<TLegalCaseListItem[]> {
  const detailed = isLegalDetailRole(auth.user.role);
  return db.transaction().execute(async (trx) => {
    const rows = await listLegalCaseViews(trx, filter);
    // A worker's cases stay visible to their centre even if a case is handled at another centre, but only
    // in the restricted shape unless this user's centres include the case's centre.
    const items = rows.map((r) => presentLegalListItem(r, !(detailed && canSeeCentre(auth, r.centre_id))));
    const shown = rows.filter((_, i) => !items[i]!.restricted);
    await auditLegalReads(trx, actor, shown, view);
    return items;
  });
}
