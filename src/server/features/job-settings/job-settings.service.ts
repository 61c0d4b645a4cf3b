import {
  type JobSettings,
  type MinimumWage,
  type MinimumWageInput,
  SETTING_SCHEMAS,
  type SettingKey,
} from '../../../shared/contracts/job-settings';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import { fieldIssues } from '../../http/router';
import { type AuditActor, recordAudit } from '../audit/audit.repository';
import { getJobSettings, presentMinimumWage } from './job-settings.repository';

const isDuplicate = (error: unknown) => (error as { code?: string }).code === '23505';
const duplicateWage = () =>
  new AppError('ALREADY_EXISTS', 'A minimum wage for this sector, date and period already exists');

/** Replaces one setting's value; the version read must be current. */
export async function updateSetting(
  db: Db,
  actor: AuditActor,
  key: SettingKey,
  input: { version: number; value: unknown },
): Promise<JobSettings> {
  const parsed = SETTING_SCHEMAS[key].safeParse(input.value);
  if (!parsed.success) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Some values are not valid',
      fieldIssues(parsed.error).map((i) => ({ ...i, field: `value.${i.field}` })),
    );
  }
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('settings')
      .selectAll()
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    if ((row?.version ?? 0) !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this setting; review their change', {
        current: await getJobSettings(trx),
      });
    }
    const value = JSON.stringify(parsed.data);
    if (row) {
      await trx
        .updateTable('settings')
        .set({ value, version: row.version + 1, updated_by: actor.userId, updated_at: new Date() })
        .where('key', '=', key)
        .execute();
    } else {
      await trx.insertInto('settings').values({ key, value, updated_by: actor.userId }).execute();
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'setting',
      entityId: null,
      before: { key, value: row?.value ?? null },
      after: { key, value: parsed.data },
    });
  });
  return getJobSettings(db);
}

export async function addMinimumWage(
  db: Db,
  actor: AuditActor,
  input: MinimumWageInput,
): Promise<MinimumWage> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('minimum_wages')
        .values({
          sector: input.sector,
          amount: input.amount,
          currency: input.currency,
          per: input.per,
          effective_from: input.effectiveFrom,
          note: input.note ?? null,
          updated_by: actor.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const wage = presentMinimumWage(row);
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'minimum_wage',
        entityId: row.id,
        after: wage,
      });
      return wage;
    });
  } catch (error) {
    throw isDuplicate(error) ? duplicateWage() : error;
  }
}

export async function updateMinimumWage(
  db: Db,
  actor: AuditActor,
  id: string,
  input: MinimumWageInput & { version: number },
): Promise<MinimumWage> {
  try {
    return await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('minimum_wages')
        .selectAll()
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      if (!row) throw notFound('Minimum wage');
      if (row.version !== input.version) {
        throw new AppError('VERSION_CONFLICT', 'Someone else changed this minimum wage', {
          current: presentMinimumWage(row),
        });
      }
      const updated = await trx
        .updateTable('minimum_wages')
        .set({
          sector: input.sector,
          amount: input.amount,
          currency: input.currency,
          per: input.per,
          effective_from: input.effectiveFrom,
          note: input.note ?? null,
          version: row.version + 1,
          updated_by: actor.userId,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = presentMinimumWage(updated);
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'minimum_wage',
        entityId: id,
        before: presentMinimumWage(row),
        after,
      });
      return after;
    });
  } catch (error) {
    throw isDuplicate(error) ? duplicateWage() : error;
  }
}

export async function deleteMinimumWage(db: Db, actor: AuditActor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.deleteFrom('minimum_wages').where('id', '=', id).returningAll().executeTakeFirst();
    if (!row) throw notFound('Minimum wage');
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'minimum_wage',
      entityId: id,
      before: presentMinimumWage(row),
    });
  });
}
