import {
  FOLLOW_UP_DAYS,
  FOLLOW_UP_STAGES,
  type TCreatePlacement,
  type TFollowUpStage,
  type TPlacement,
  type TRecordFollowUp,
  type TUpdatePlacement,
} from '../../../shared/contracts/placements';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { assertCentreAccess } from '../../http/scope';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { findEmployerRow } from '../employers/employers.repository';
import { getJobSettings } from '../job-settings/job-settings.repository';
import { findWorkerRow } from '../workers/workers.repository';
import { evaluateDecentWork } from './decent-work';
import { findPlacementRow, loadPlacement } from './placements.repository';
import type { PlacementsTable } from './placements.table';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Fields = Partial<Omit<TCreatePlacement, 'workerId'>> & {
  endedOn?: string | null;
  endReason?: string | null;
};

const FIELD_COLUMNS: [keyof Fields, keyof PlacementsTable][] = [
  ['kind', 'kind'],
  ['employerId', 'employer_id'],
  ['employerName', 'employer_name'],
  ['sector', 'sector'],
  ['occupationIsco', 'occupation_isco'],
  ['title', 'title'],
  ['provinceCode', 'province_code'],
  ['districtCode', 'district_code'],
  ['communeCode', 'commune_code'],
  ['startedOn', 'started_on'],
  ['endedOn', 'ended_on'],
  ['endReason', 'end_reason'],
  ['wageAmount', 'wage_amount'],
  ['wageCurrency', 'wage_currency'],
  ['wagePer', 'wage_per'],
  ['contractWritten', 'contract_written'],
  ['hoursPerWeek', 'hours_per_week'],
  ['nssfRegistered', 'nssf_registered'],
  ['baselineIncomeUsd', 'baseline_income_usd'],
];

export function placementColumns(input: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of FIELD_COLUMNS) if (input[field] !== undefined) out[column] = input[field];
  return out;
}

/** A placement and its four follow-ups (at placement, 30, 90 and 180 days), in the caller's transaction. */
export async function insertPlacement(
  trx: Conn,
  actor: AuditActor,
  values: Record<string, unknown> & { worker_id: string; centre_id: string; started_on: string },
): Promise<string> {
  const row = await trx
    .insertInto('placements')
    .values({ ...values, created_by: actor.userId } as never)
    .returning(['id', 'started_on'])
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('placement_follow_ups')
    .values(
      FOLLOW_UP_STAGES.map((stage) => ({
        placement_id: row.id,
        stage,
        due_on: addDays(values.started_on, FOLLOW_UP_DAYS[stage]),
      })),
    )
    .execute();
  await recordAudit(trx, actor, {
    action: 'create',
    entity: 'placement',
    entityId: row.id,
    centreId: values.centre_id,
    after: { workerId: values.worker_id, ...values },
  });
  return row.id;
}

/** A job the worker found on their own, or self-employment. */
export async function createPlacement(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  input: TCreatePlacement,
): Promise<TPlacement> {
  const id = await db.transaction().execute(async (trx) => {
    const worker = await findWorkerRow(trx, input.workerId);
    if (!worker) throw notFound('Worker');
    assertCentreAccess(auth, worker.centre_id, 'Worker');
    if (input.employerId && !(await findEmployerRow(trx, input.employerId))) throw notFound('Employer');
    const { workerId, ...fields } = input;
    return insertPlacement(trx, actor, {
      ...placementColumns(fields),
      worker_id: workerId,
      centre_id: worker.centre_id,
      found_by: 'worker',
      started_on: input.startedOn,
    });
  });
  return loadPlacement(db, id);
}

export async function updatePlacement(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  id: string,
  input: TUpdatePlacement,
): Promise<TPlacement> {
  await db.transaction().execute(async (trx) => {
    const row = await findPlacementRow(trx, id, true);
    if (!row) throw notFound('Placement');
    assertCentreAccess(auth, row.centre_id, 'Placement');
    const before = await loadPlacement(trx, id);
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this placement; review their change', {
        current: before,
      });
    }
    const { version: _v, ...fields } = input;
    if (input.employerId && !(await findEmployerRow(trx, input.employerId))) throw notFound('Employer');
    await trx
      .updateTable('placements')
      .set({
        ...placementColumns(fields as Fields),
        version: row.version + 1,
        updated_at: new Date(),
      } as never)
      .where('id', '=', id)
      .execute();
    if (input.startedOn && input.startedOn !== row.started_on) {
      for (const stage of FOLLOW_UP_STAGES) {
        await trx
          .updateTable('placement_follow_ups')
          .set({ due_on: addDays(input.startedOn, FOLLOW_UP_DAYS[stage]) })
          .where('placement_id', '=', id)
          .where('stage', '=', stage)
          .where('done_on', 'is', null)
          .execute();
      }
    }
    const { version: _b, followUps: _bf, ...b } = before;
    const { version: _a, followUps: _af, ...a } = await loadPlacement(trx, id);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'placement',
      entityId: id,
      centreId: row.centre_id,
      ...changedFields(b, a),
    });
  });
  return loadPlacement(db, id);
}

/** Records one follow-up: the checklist as found, evaluated against the decent rule and minimum wages in force. */
export async function recordFollowUp(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  placementId: string,
  stage: TFollowUpStage,
  input: TRecordFollowUp,
): Promise<TPlacement> {
  await db.transaction().execute(async (trx) => {
    const placement = await findPlacementRow(trx, placementId);
    if (!placement) throw notFound('Placement');
    assertCentreAccess(auth, placement.centre_id, 'Placement');
    const followUp = await trx
      .selectFrom('placement_follow_ups')
      .selectAll()
      .where('placement_id', '=', placementId)
      .where('stage', '=', stage)
      .forUpdate()
      .executeTakeFirst();
    if (!followUp) throw notFound('Follow-up');
    if (followUp.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else recorded this follow-up; review their entry', {
        current: await loadPlacement(trx, placementId),
      });
    }
    const num = (v: string | null) => (v === null ? null : Number(v));
    const wageAmount = input.wageAmount !== undefined ? input.wageAmount : num(placement.wage_amount);
    const hours = input.hoursPerWeek !== undefined ? input.hoursPerWeek : num(placement.hours_per_week);
    const evaluation = evaluateDecentWork(
      {
        kind: placement.kind,
        sector: placement.sector,
        stage,
        on: input.doneOn,
        startedOn: placement.started_on,
        endedOn: placement.ended_on,
        checklist: input.checklist,
        wage: {
          amount: wageAmount,
          currency: input.wageCurrency ?? placement.wage_currency,
          per: input.wagePer ?? placement.wage_per,
        },
        hoursPerWeek: hours,
        contractWritten: placement.contract_written,
        nssfRegistered: placement.nssf_registered,
        incomeUsdMonth: input.incomeUsdMonth ?? null,
        baselineIncomeUsd: num(placement.baseline_income_usd),
      },
      await getJobSettings(trx),
    );
    await trx
      .updateTable('placement_follow_ups')
      .set({
        done_on: input.doneOn,
        checklist: JSON.stringify(input.checklist),
        evaluation: JSON.stringify(evaluation),
        decent: evaluation.decent,
        livelihood_ok: evaluation.livelihood?.ok ?? null,
        income_usd_month: evaluation.livelihood?.incomeUsdMonth ?? input.incomeUsdMonth ?? null,
        note: input.note ?? null,
        recorded_by: auth.user.id,
        version: followUp.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', followUp.id)
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'placement_follow_up',
      entityId: followUp.id,
      centreId: placement.centre_id,
      before: { doneOn: followUp.done_on, decent: followUp.decent },
      after: {
        placementId,
        stage,
        doneOn: input.doneOn,
        decent: evaluation.decent,
        checklist: input.checklist,
      },
    });
  });
  return loadPlacement(db, placementId);
}
