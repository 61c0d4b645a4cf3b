import type {
  TCreateReferralRequest,
  TReferral,
  TUpdateReferralRequest,
} from '../../../shared/contracts/partners';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { canSeeCentre } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { assertNotMerged, day, iso, versionConflict, workerInScope } from './case-access';

function referralQuery(conn: Conn) {
  return conn
    .selectFrom('partner_referrals as r')
    .innerJoin('partners as pa', 'pa.id', 'r.partner_id')
    .innerJoin('workers as w', 'w.id', 'r.worker_id')
    .leftJoin('users as u', 'u.id', 'r.referred_by')
    .selectAll('r')
    .select([
      'pa.kind as partner_kind',
      'pa.name_km as partner_name_km',
      'pa.name_latin as partner_name_latin',
      'u.name as referred_by_name',
      'w.centre_id as worker_centre_id',
    ]);
}
type ReferralJoined = NonNullable<Awaited<ReturnType<ReturnType<typeof referralQuery>['executeTakeFirst']>>>;

const present = (r: ReferralJoined): TReferral => ({
  id: r.id,
  workerId: r.worker_id,
  centreId: r.centre_id,
  partner: {
    id: r.partner_id,
    kind: r.partner_kind as TReferral['partner']['kind'],
    nameKm: r.partner_name_km,
    nameLatin: r.partner_name_latin,
  },
  casePlanId: r.case_plan_id,
  referredOn: day(r.referred_on)!,
  reason: r.reason,
  status: r.status,
  feedback: r.feedback,
  feedbackOn: day(r.feedback_on),
  referredBy: r.referred_by && r.referred_by_name ? { id: r.referred_by, name: r.referred_by_name } : null,
  version: r.version,
  updatedAt: iso(r.updated_at),
});

const one = async (conn: Conn, id: string) =>
  present((await referralQuery(conn).where('r.id', '=', id).executeTakeFirst())!);

export async function listReferrals(db: Db, auth: AuthContext, workerId: string): Promise<TReferral[]> {
  await workerInScope(db, auth, workerId);
  const rows = await referralQuery(db)
    .where('r.worker_id', '=', workerId)
    .orderBy('r.referred_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map(present);
}

/** Filed under the person's case plan in progress, if there is one, so the plan shows its referrals. */
export async function createReferral(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  workerId: string,
  input: TCreateReferralRequest,
): Promise<TReferral> {
  const id = await db.transaction().execute(async (trx) => {
    const worker = await workerInScope(trx, auth, workerId);
    assertNotMerged(worker);
    const partner = await trx
      .selectFrom('partners')
      .select(['id', 'active'])
      .where('id', '=', input.partnerId)
      .executeTakeFirst();
    if (!partner?.active)
      throw new AppError('VALIDATION_FAILED', 'Choose a current partner', [
        { field: 'partnerId', issue: 'unknown_partner', message: 'No current partner with this id' },
      ]);
    const plan = await trx
      .selectFrom('case_plans')
      .select('id')
      .where('worker_id', '=', worker.id)
      .where('status', '<>', 'closed')
      .executeTakeFirst();
    const row = await trx
      .insertInto('partner_referrals')
      .values({
        worker_id: worker.id,
        centre_id: worker.centre_id,
        partner_id: input.partnerId,
        case_plan_id: plan?.id ?? null,
        referred_on: input.referredOn,
        reason: input.reason,
        referred_by: auth.user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'partner_referral',
      entityId: row.id,
      centreId: worker.centre_id,
      after: { ...input, workerId, status: 'sent' },
    });
    return row.id;
  });
  return one(db, id);
}

/** Status moves and the partner's feedback, as the partner reports them to the centre. */
export async function updateReferral(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdateReferralRequest,
): Promise<TReferral> {
  await db.transaction().execute(async (trx) => {
    const r = await referralQuery(trx).where('r.id', '=', id).forUpdate('r').executeTakeFirst();
    if (!r || !canSeeCentre(auth, r.worker_centre_id)) throw notFound('Referral');
    const before = present(r);
    if (r.version !== input.version) throw versionConflict(before);
    await trx
      .updateTable('partner_referrals')
      .set({
        status: input.status ?? r.status,
        reason: input.reason ?? r.reason,
        feedback: input.feedback === undefined ? r.feedback : input.feedback || null,
        feedback_on: input.feedbackOn === undefined ? r.feedback_on : input.feedbackOn,
        version: r.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await one(trx, id);
    const pick = ({ version: _v, updatedAt: _u, ...rest }: TReferral) => rest;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'partner_referral',
      entityId: id,
      centreId: r.centre_id,
      ...changedFields(pick(before), pick(after)),
    });
  });
  return one(db, id);
}
