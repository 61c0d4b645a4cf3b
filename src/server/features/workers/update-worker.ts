import type { TUpdateWorkerRequest, TWorker } from '../../../shared/contracts/workers';
import { prepareRecord } from '../../../shared/dedup/record';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess, canSeeCentre } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { FORGET_FEATURES } from '../dedup/candidates';
import { personFromWorker } from '../dedup/person-record';
import { recountNames, reindexWorker } from '../dedup/worker-index';
import { recordConsents, writeChildren } from './worker-children';
import { addressColumns, birthColumns, hasDisability, nameColumns, normalisePhones } from './worker-values';
import { presentWorker } from './workers.presenter';
import { findWorkerRow, loadWorkerBundle, replacePhones } from './workers.repository';

const IDENTITY_FIELDS = [
  'familyNameKm',
  'givenNameKm',
  'familyNameLatin',
  'givenNameLatin',
  'fullName',
  'sex',
  'dateOfBirth',
  'birthYear',
  'age',
  'phones',
  'nationalId',
  'passportNo',
  'addressCode',
  'thaiDocuments',
] as const;

/**
 * Changes a worker. The version the client read must still be current (409 with the current record otherwise);
 * the row lock makes two simultaneous saves take turns so the second sees the first's version.
 */
export async function updateWorker(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateWorkerRequest,
): Promise<TWorker> {
  await db.transaction().execute(async (trx) => {
    const row = await findWorkerRow(trx, id, true);
    if (!row) throw notFound('Worker');
    assertCentreAccess(auth, row.centre_id, 'Worker');
    const before = presentWorker((await loadWorkerBundle(trx, id))!);
    if (row.status === 'merged') {
      throw new AppError('BAD_REQUEST', 'This record was merged into another; edit that one', {
        mergedInto: row.merged_into,
      });
    }
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this record; review their change', {
        current: before,
      });
    }
    if (input.centreId && input.centreId !== row.centre_id) {
      await assertMayTransfer(trx, auth, row.centre_id, input.centreId);
    }
    const merged = { ...before, ...stripUndefined(input) };
    const names = nameColumns(merged);
    const birthTouched =
      input.dateOfBirth !== undefined || input.birthYear !== undefined || input.age !== undefined;
    const birth = birthTouched
      ? birthColumns(input, before.registeredOn)
      : {
          date_of_birth: row.date_of_birth,
          birth_year: row.birth_year,
          birth_precision: row.birth_precision,
        };
    const address = input.addressCode !== undefined ? await addressColumns(trx, input.addressCode) : {};
    const phones = input.phones ? normalisePhones(input.phones) : null;
    const lastStay = input.migrations?.at(-1);
    await trx
      .updateTable('workers')
      .set({
        ...names,
        ...birth,
        ...address,
        centre_id: input.centreId ?? row.centre_id,
        status: input.status ?? row.status,
        sex: merged.sex ?? null,
        national_id: merged.nationalId ?? null,
        passport_no: merged.passportNo ?? null,
        thai_documents: JSON.stringify(merged.thaiDocuments ?? []),
        address_detail: merged.addressDetail ?? null,
        household: merged.household ? JSON.stringify(merged.household) : null,
        disability: merged.disability ? JSON.stringify(merged.disability) : null,
        has_disability: hasDisability(merged.disability),
        education: merged.education ?? null,
        literacy: merged.literacy ? JSON.stringify(merged.literacy) : null,
        languages: merged.languages ?? [],
        return_date: merged.returnDate ?? null,
        return_crossing: merged.returnCrossing ?? null,
        return_reason: merged.returnReason ?? null,
        ...(input.migrations
          ? { last_country: lastStay?.country ?? null, last_sector: lastStay?.sector ?? null }
          : {}),
        preferences: JSON.stringify(merged.preferences ?? {}),
        registration_channel: merged.registrationChannel,
        version: row.version + 1,
        ...FORGET_FEATURES,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (phones) await replacePhones(trx, id, phones);
    await writeChildren(trx, id, input);
    await recordConsents(trx, id, input.consents, before.consents, auth.user.id);
    if (IDENTITY_FIELDS.some((f) => input[f] !== undefined)) {
      const fresh = (await findWorkerRow(trx, id))!;
      const freshPhones = phones ?? before.phones.map((p) => p.e164);
      await recountNames(
        trx,
        prepareRecord(
          personFromWorker(
            row,
            before.phones.map((p) => p.e164),
          ),
        ),
        prepareRecord(personFromWorker(fresh, freshPhones)),
      );
      await reindexWorker(trx, id);
    }
    const after = presentWorker((await loadWorkerBundle(trx, id))!);
    const { version: _b, updatedAt: _bu, ...b } = before;
    const { version: _a, updatedAt: _au, ...a } = after;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'worker',
      entityId: id,
      centreId: after.centreId,
      ...changedFields(b, a),
    });
  });
  return presentWorker((await loadWorkerBundle(db, id))!);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A returnee who moves province moves to that province's centre. Both centres answer for the person, so only an
 * administrator or a manager of both may move them; counsellors ask their manager.
 */
async function assertMayTransfer(conn: Conn, auth: AuthContext, from: string, to: string): Promise<void> {
  const { role } = auth.user;
  const managesBoth = role === 'centre_manager' && canSeeCentre(auth, from) && canSeeCentre(auth, to);
  if (role !== 'admin' && !managesBoth) {
    throw new AppError(
      'FORBIDDEN',
      'Only an administrator or the manager of both centres may move a returnee to another centre',
    );
  }
  const centre = await conn.selectFrom('centres').select('active').where('id', '=', to).executeTakeFirst();
  if (!centre?.active) throw notFound('Centre');
}
