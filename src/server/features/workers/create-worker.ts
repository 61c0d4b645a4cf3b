import type { TCreateWorkerRequest, TWorker } from '../../../shared/contracts/workers';
import { prepareRecord } from '../../../shared/dedup/record';
import type { Db } from '../../db/database';
import { AppError } from '../../errors';
import type { AuthContext } from '../../http/context';
import { centreScope, resolveCentre } from '../../http/scope';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { type Candidate, findCandidates } from '../dedup/candidates';
import { presentCandidate } from '../dedup/dedup.presenter';
import { recordReviewPairs } from '../dedup/pairs.repository';
import { indexWorker } from '../dedup/worker-index';
import { recordConsents, writeChildren } from './worker-children';
import {
  addressColumns,
  birthColumns,
  hasDisability,
  nameColumns,
  normalisePhones,
  personFromColumns,
} from './worker-values';
import { presentWorker } from './workers.presenter';
import { loadWorkerBundle, nextRegNo, replacePhones } from './workers.repository';

const today = () => new Date().toISOString().slice(0, 10);

/** The source every worker registered in the app itself is recorded under; its id is the registration number. */
export const INTAKE_SOURCE = 'homeward';

/**
 * Registers a returnee. Likely duplicates (within the user's centres) stop the creation with 409 and the
 * candidates, unless the user has seen them and chosen to go on; those pairs then wait in the review queue.
 */
export async function createWorker(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  input: TCreateWorkerRequest,
): Promise<TWorker> {
  const centreId = resolveCentre(auth, input.centreId);
  const centre = await db
    .selectFrom('centres')
    .select(['code', 'active'])
    .where('id', '=', centreId)
    .executeTakeFirst();
  if (!centre)
    throw new AppError('VALIDATION_FAILED', 'Unknown centre', [
      { field: 'centreId', issue: 'unknown', message: 'No such centre' },
    ]);
  const registeredOn = input.registeredOn ?? today();
  const names = nameColumns(input);
  const birth = birthColumns(input, registeredOn);
  const address = await addressColumns(db, input.addressCode);
  const phones = normalisePhones(input.phones);
  const lastStay = input.migrations?.at(-1);
  const prepared = prepareRecord(
    personFromColumns(
      { ...names, ...birth, address_code: address.address_code },
      {
        sex: input.sex,
        phones,
        nationalId: input.nationalId,
        passportNo: input.passportNo,
        registeredOn,
        age: input.age,
        otherIds: (input.thaiDocuments ?? []).map((d) => d.number ?? '').filter(Boolean),
        work: {
          returnDate: input.returnDate,
          lastSector: lastStay?.sector,
          wantedSectors: input.preferences?.sectors,
          expectedWageUsd: input.preferences?.expectedWageUsd,
        },
      },
    ),
  );
  const candidates = await findCandidates(db, db, prepared, { centreIds: centreScope(auth), limit: 10 });
  if (candidates.length && !input.acknowledgedDuplicates) {
    throw new AppError('POSSIBLE_DUPLICATES', 'This person may already be registered', {
      candidates: candidates.map(presentCandidate),
    });
  }
  const id = await db.transaction().execute(async (trx) => {
    const regNo = await nextRegNo(trx, centreId, centre.code, Number(registeredOn.slice(0, 4)));
    const { id } = await trx
      .insertInto('workers')
      .values({
        reg_no: regNo,
        centre_id: centreId,
        ...names,
        ...birth,
        ...address,
        sex: input.sex ?? null,
        national_id: input.nationalId ?? null,
        passport_no: input.passportNo ?? null,
        thai_documents: JSON.stringify(input.thaiDocuments ?? []),
        address_detail: input.addressDetail ?? null,
        household: input.household ? JSON.stringify(input.household) : null,
        disability: input.disability ? JSON.stringify(input.disability) : null,
        has_disability: hasDisability(input.disability),
        education: input.education ?? null,
        literacy: input.literacy ? JSON.stringify(input.literacy) : null,
        languages: input.languages ?? [],
        return_date: input.returnDate ?? null,
        return_crossing: input.returnCrossing ?? null,
        return_reason: input.returnReason ?? null,
        last_country: lastStay?.country ?? null,
        last_sector: lastStay?.sector ?? null,
        preferences: JSON.stringify(input.preferences ?? {}),
        registration_channel: input.registrationChannel ?? 'walk_in',
        registered_on: registeredOn,
        flags: [],
        created_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await replacePhones(trx, id, phones);
    await writeChildren(trx, id, input);
    await recordConsents(trx, id, input.consents, [], auth.user.id);
    await trx
      .insertInto('source_records')
      .values({
        source: INTAKE_SOURCE,
        source_id: regNo,
        worker_id: id,
        data: JSON.stringify({ channel: 'intake' }),
      })
      .execute();
    await indexWorker(trx, id, prepared);
    await recordReviewPairs(trx, id, candidates);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'worker',
      entityId: id,
      centreId,
      after: { regNo, acknowledgedDuplicates: candidates.map((c: Candidate) => c.row.reg_no) },
    });
    return id;
  });
  return presentWorker((await loadWorkerBundle(db, id))!);
}
