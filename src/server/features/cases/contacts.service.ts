import type { TContact, TCreateContactRequest, TUpdateContactRequest } from '../../../shared/contracts/cases';
import type { Conn, Db } from '../../db/database';
import { notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import {
  assertNotMerged,
  assertStaffAt,
  day,
  iso,
  mayReadNotes,
  versionConflict,
  workerInScope,
} from './case-access';

function contactQuery(conn: Conn) {
  return conn
    .selectFrom('service_contacts as c')
    .innerJoin('users as u', 'u.id', 'c.staff_id')
    .innerJoin('workers as w', 'w.id', 'c.worker_id')
    .selectAll('c')
    .select(['u.name as staff_name', 'w.centre_id as worker_centre_id']);
}
type ContactJoined = NonNullable<Awaited<ReturnType<ReturnType<typeof contactQuery>['executeTakeFirst']>>>;

function present(r: ContactJoined, auth: AuthContext): TContact {
  const notesVisible = mayReadNotes(auth);
  return {
    id: r.id,
    workerId: r.worker_id,
    centreId: r.centre_id,
    staff: { id: r.staff_id, name: r.staff_name },
    contactDate: day(r.contact_date)!,
    channel: r.channel as TContact['channel'],
    services: r.services as TContact['services'],
    durationMinutes: r.duration_minutes,
    notes: notesVisible ? r.notes : null,
    notesHidden: !notesVisible && r.notes !== null,
    version: r.version,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function listContacts(db: Db, auth: AuthContext, workerId: string): Promise<TContact[]> {
  await workerInScope(db, auth, workerId);
  const rows = await contactQuery(db)
    .where('c.worker_id', '=', workerId)
    .orderBy('c.contact_date', 'desc')
    .orderBy('c.created_at', 'desc')
    .execute();
  return rows.map((r) => present(r, auth));
}

/** Recorded at the worker's centre by the signed-in user unless they name a colleague of that centre. */
export async function createContact(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  workerId: string,
  input: TCreateContactRequest,
): Promise<TContact> {
  const id = await db.transaction().execute(async (trx) => {
    const worker = await workerInScope(trx, auth, workerId);
    assertNotMerged(worker);
    const staffId = input.staffId ?? auth.user.id;
    if (staffId !== auth.user.id) await assertStaffAt(trx, staffId, worker.centre_id, 'staffId');
    const row = await trx
      .insertInto('service_contacts')
      .values({
        worker_id: worker.id,
        centre_id: worker.centre_id,
        staff_id: staffId,
        contact_date: input.contactDate,
        channel: input.channel,
        services: [...new Set(input.services)],
        duration_minutes: input.durationMinutes ?? null,
        notes: input.notes || null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'service_contact',
      entityId: row.id,
      centreId: worker.centre_id,
      after: { ...input, workerId, staffId },
    });
    return row.id;
  });
  return present((await contactQuery(db).where('c.id', '=', id).executeTakeFirst())!, auth);
}

export async function updateContact(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateContactRequest,
): Promise<TContact> {
  await db.transaction().execute(async (trx) => {
    const row = await contactQuery(trx).where('c.id', '=', id).forUpdate('c').executeTakeFirst();
    if (!row || !canSeeCentre(auth, row.worker_centre_id)) throw notFound('Contact');
    if (row.version !== input.version) throw versionConflict(present(row, auth));
    const before = present(row, auth);
    await trx
      .updateTable('service_contacts')
      .set({
        contact_date: input.contactDate ?? row.contact_date,
        channel: input.channel ?? row.channel,
        services: input.services ? [...new Set(input.services)] : row.services,
        duration_minutes: input.durationMinutes === undefined ? row.duration_minutes : input.durationMinutes,
        notes: input.notes === undefined ? row.notes : input.notes || null,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = present((await contactQuery(trx).where('c.id', '=', id).executeTakeFirst())!, auth);
    const strip = ({ version: _v, updatedAt: _u, ...rest }: TContact) => rest;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'service_contact',
      entityId: id,
      centreId: row.centre_id,
      ...changedFields(strip(before), strip(after)),
    });
  });
  return present((await contactQuery(db).where('c.id', '=', id).executeTakeFirst())!, auth);
}
