import {
  REASON_STATUSES,
  REFERRAL_TRANSITIONS,
  type TChangeReferral,
  type TCreateReferral,
  type TReferralContactInput,
  type TReferralDetail,
  type TReferralStatus,
} from '../../../shared/contracts/referrals';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess } from '../../http/scope';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { insertPlacement } from '../placements/placements.service';
import { findVacancyRow } from '../vacancies/vacancies.repository';
import type { VacancyRow } from '../vacancies/vacancies.table';
import { findWorkerRow } from '../workers/workers.repository';
import { loadReferral, sharesWithEmployers } from './referrals.repository';

const today = () => new Date().toISOString().slice(0, 10);

async function assertConsent(conn: Conn, workerId: string): Promise<void> {
  if (!(await sharesWithEmployers(conn, workerId))) {
    throw new AppError(
      'CONSENT_REQUIRED',
      'The worker has not consented to share their profile with employers',
      { consent: 'share_with_employers' },
    );
  }
}

function assertVacancyOpen(vacancy: VacancyRow): void {
  if (vacancy.status !== 'open' || (vacancy.closes_on !== null && vacancy.closes_on < today())) {
    throw new AppError('VACANCY_NOT_OPEN', 'The vacancy is not open', {
      status: vacancy.status,
      closesOn: vacancy.closes_on,
    });
  }
}

async function logEvent(
  trx: Conn,
  referralId: string,
  from: TReferralStatus | null,
  to: TReferralStatus,
  by: string,
  reason: string | null,
  note: string | null,
) {
  await trx
    .insertInto('job_referral_events')
    .values({ referral_id: referralId, from_status: from, to_status: to, reason, note, by_user: by })
    .execute();
}

/** Refers a worker to a vacancy (or records a suggestion). Referring shares the profile, so it needs consent. */
export async function createReferral(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  input: TCreateReferral,
): Promise<TReferralDetail> {
  const status = input.status ?? 'referred';
  const id = await db.transaction().execute(async (trx) => {
    const worker = await findWorkerRow(trx, input.workerId);
    if (!worker || worker.status === 'merged') throw notFound('Worker');
    assertCentreAccess(auth, worker.centre_id, 'Worker');
    const vacancy = await findVacancyRow(trx, input.vacancyId);
    if (!vacancy) throw notFound('Vacancy');
    assertVacancyOpen(vacancy);
    if (status !== 'suggested') await assertConsent(trx, worker.id);
    const existing = await trx
      .selectFrom('job_referrals')
      .select(['id', 'status'])
      .where('worker_id', '=', worker.id)
      .where('vacancy_id', '=', vacancy.id)
      .executeTakeFirst();
    if (existing) {
      throw new AppError('ALREADY_EXISTS', 'This worker already has a referral for this vacancy', {
        referralId: existing.id,
        status: existing.status,
      });
    }
    const row = await trx
      .insertInto('job_referrals')
      .values({
        worker_id: worker.id,
        vacancy_id: vacancy.id,
        centre_id: worker.centre_id,
        status,
        match_score: input.matchScore ?? null,
        created_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await logEvent(trx, row.id, null, status, auth.user.id, null, input.note ?? null);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'job_referral',
      entityId: row.id,
      centreId: worker.centre_id,
      after: { workerId: worker.id, vacancyId: vacancy.id, status },
    });
    return row.id;
  });
  return loadReferral(db, id);
}

/**
 * Moves a referral along the pipeline. Only the transitions of REFERRAL_TRANSITIONS are allowed; not hired and
 * declined need a reason; hiring fills a position (the vacancy becomes `filled` at the last one) and creates
 * the placement with its follow-ups.
 */
export async function changeReferral(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TChangeReferral,
): Promise<TReferralDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('job_referrals')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Referral');
    assertCentreAccess(auth, row.centre_id, 'Referral');
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else moved this referral; review their change', {
        current: await loadReferral(trx, id),
      });
    }
    if (!REFERRAL_TRANSITIONS[row.status].includes(input.status)) {
      throw new AppError('INVALID_TRANSITION', `A referral cannot go from ${row.status} to ${input.status}`, {
        from: row.status,
        to: input.status,
        allowed: REFERRAL_TRANSITIONS[row.status],
      });
    }
    const reason = input.reason?.trim() || null;
    if (REASON_STATUSES.includes(input.status) && !reason) {
      throw new AppError('VALIDATION_FAILED', 'Say why', [
        { field: 'reason', issue: 'required', message: 'A reason is required for this outcome' },
      ]);
    }
    if (row.status === 'suggested' && input.status === 'referred') {
      await assertConsent(trx, row.worker_id);
      const vacancy = await findVacancyRow(trx, row.vacancy_id);
      assertVacancyOpen(vacancy!);
    }
    if (input.status === 'hired') await hire(trx, actor, row, input.startedOn ?? today());
    await trx
      .updateTable('job_referrals')
      .set({ status: input.status, reason, version: row.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await logEvent(trx, id, row.status, input.status, auth.user.id, reason, input.note?.trim() || null);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'job_referral',
      entityId: id,
      centreId: row.centre_id,
      before: { status: row.status, reason: row.reason },
      after: { status: input.status, reason },
    });
  });
  return loadReferral(db, id);
}

async function hire(
  trx: Conn,
  actor: AuditActor,
  referral: { id: string; worker_id: string; vacancy_id: string; centre_id: string },
  startedOn: string,
): Promise<void> {
  const vacancy = await findVacancyRow(trx, referral.vacancy_id, true);
  if (!vacancy) throw notFound('Vacancy');
  if (vacancy.positions_filled >= vacancy.positions) {
    throw new AppError('NO_POSITIONS_LEFT', 'Every position of this vacancy is filled', {
      positions: vacancy.positions,
    });
  }
  const filled = vacancy.positions_filled + 1;
  const status = filled >= vacancy.positions ? 'filled' : vacancy.status;
  await trx
    .updateTable('vacancies')
    .set({ positions_filled: filled, status, version: vacancy.version + 1, updated_at: new Date() })
    .where('id', '=', vacancy.id)
    .execute();
  await recordAudit(trx, actor, {
    action: 'update',
    entity: 'vacancy',
    entityId: vacancy.id,
    before: { positionsFilled: vacancy.positions_filled, status: vacancy.status },
    after: { positionsFilled: filled, status },
  });
  await insertPlacement(trx, actor, {
    worker_id: referral.worker_id,
    centre_id: referral.centre_id,
    referral_id: referral.id,
    vacancy_id: vacancy.id,
    employer_id: vacancy.employer_id,
    kind: 'wage',
    found_by: 'referral',
    sector: vacancy.sector,
    occupation_isco: vacancy.occupation_isco,
    title: vacancy.title,
    province_code: vacancy.province_code,
    district_code: vacancy.district_code,
    commune_code: vacancy.commune_code,
    started_on: startedOn,
    wage_amount: vacancy.wage_min,
    wage_currency: vacancy.wage_currency,
    wage_per: vacancy.wage_per,
    contract_written: vacancy.contract_written,
    hours_per_week: vacancy.hours_per_week,
    nssf_registered: vacancy.nssf,
  });
}

export async function addReferralContact(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TReferralContactInput,
): Promise<TReferralDetail> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('job_referrals')
      .select(['id', 'centre_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound('Referral');
    assertCentreAccess(auth, row.centre_id, 'Referral');
    const contact = await trx
      .insertInto('job_referral_contacts')
      .values({
        referral_id: id,
        occurred_on: input.occurredOn,
        channel: input.channel,
        summary: input.summary,
        recorded_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'job_referral_contact',
      entityId: contact.id,
      centreId: row.centre_id,
      after: { referralId: id, occurredOn: input.occurredOn, channel: input.channel },
    });
  });
  return loadReferral(db, id);
}
