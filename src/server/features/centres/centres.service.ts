import type { z } from 'zod';
import type { TCentre, ZCreateCentreRequest, ZUpdateCentreRequest } from '../../../shared/contracts/centres';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import type { CentreRow } from './centres.table';

export function presentCentre(r: CentreRow): TCentre {
  return {
    id: r.id,
    code: r.code,
    nameKm: r.name_km,
    nameEn: r.name_en,
    provinceCode: r.province_code,
    address: r.address,
    phone: r.phone,
    active: r.active,
    version: r.version,
  };
}

export const listCentres = (conn: Conn) => conn.selectFrom('centres').selectAll().orderBy('code').execute();

export const findCentre = (conn: Conn, id: string) =>
  conn.selectFrom('centres').selectAll().where('id', '=', id).executeTakeFirst();

async function assertProvince(conn: Conn, code: string): Promise<void> {
  const found = await conn
    .selectFrom('geo_units')
    .select('code')
    .where('code', '=', code)
    .where('level', '=', 1)
    .executeTakeFirst();
  if (!found) {
    throw new AppError('VALIDATION_FAILED', 'Unknown province', [
      { field: 'provinceCode', issue: 'unknown_province', message: 'Not an NCDD province code' },
    ]);
  }
}

export async function createCentre(db: Db, actor: AuditActor, input: z.infer<typeof ZCreateCentreRequest>) {
  await assertProvince(db, input.provinceCode);
  return db.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('centres')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (clash) {
      throw new AppError('ALREADY_EXISTS', 'A centre with this code already exists', [
        { field: 'code', issue: 'taken', message: 'This code is already used' },
      ]);
    }
    const row = await trx
      .insertInto('centres')
      .values({
        code: input.code,
        name_km: input.nameKm,
        name_en: input.nameEn,
        province_code: input.provinceCode,
        address: input.address ?? null,
        phone: input.phone ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const centre = presentCentre(row);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'centre',
      entityId: row.id,
      centreId: row.id,
      after: centre,
    });
    return centre;
  });
}

export async function updateCentre(
  db: Db,
  actor: AuditActor,
  id: string,
  input: z.infer<typeof ZUpdateCentreRequest>,
) {
  if (input.provinceCode) await assertProvince(db, input.provinceCode);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('centres')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Centre');
    const current = presentCentre(row);
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this centre; review their change', {
        current,
      });
    }
    const updated = await trx
      .updateTable('centres')
      .set({
        name_km: input.nameKm ?? row.name_km,
        name_en: input.nameEn ?? row.name_en,
        province_code: input.provinceCode ?? row.province_code,
        address: input.address === undefined ? row.address : input.address,
        phone: input.phone === undefined ? row.phone : input.phone,
        active: input.active ?? row.active,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const centre = presentCentre(updated);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'centre',
      entityId: id,
      centreId: id,
      ...changedFields(current, centre),
    });
    return centre;
  });
}
