import type {
  TCreatePartnerRequest,
  TPartner,
  TUpdatePartnerRequest,
} from '../../../shared/contracts/partners';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { versionConflict } from './case-access';
import type { PartnerRow } from './cases.table';

const present = (r: PartnerRow): TPartner => ({
  id: r.id,
  kind: r.kind as TPartner['kind'],
  nameKm: r.name_km,
  nameLatin: r.name_latin,
  provinceCode: r.province_code,
  contact: r.contact,
  active: r.active,
  version: r.version,
});

export async function listPartners(
  db: Db,
  query: { kind?: TPartner['kind']; includeInactive?: 'true' | 'false' },
): Promise<TPartner[]> {
  let q = db.selectFrom('partners').selectAll().orderBy('kind').orderBy('name_latin');
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.includeInactive !== 'true') q = q.where('active', '=', true);
  return (await q.execute()).map(present);
}

async function assertNameFree(db: Db, nameLatin: string, exceptId: string | null) {
  let q = db
    .selectFrom('partners')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_latin']), '=', nameLatin.toLowerCase()));
  if (exceptId) q = q.where('id', '<>', exceptId);
  if (await q.executeTakeFirst())
    throw new AppError('ALREADY_EXISTS', 'A partner with this name exists', [
      { field: 'nameLatin', issue: 'taken', message: 'A partner with this name exists' },
    ]);
}

export async function createPartner(db: Db, actor: AuditActor, input: TCreatePartnerRequest) {
  await assertNameFree(db, input.nameLatin, null);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('partners')
      .values({
        kind: input.kind,
        name_km: input.nameKm,
        name_latin: input.nameLatin,
        province_code: input.provinceCode ?? null,
        contact: input.contact || null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, { action: 'create', entity: 'partner', entityId: row.id, after: input });
    return present(row);
  });
}

export async function updatePartner(db: Db, actor: AuditActor, id: string, input: TUpdatePartnerRequest) {
  if (input.nameLatin) await assertNameFree(db, input.nameLatin, id);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('partners')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Partner');
    const before = present(row);
    if (row.version !== input.version) throw versionConflict(before);
    const updated = await trx
      .updateTable('partners')
      .set({
        kind: input.kind ?? row.kind,
        name_km: input.nameKm ?? row.name_km,
        name_latin: input.nameLatin ?? row.name_latin,
        province_code: input.provinceCode === undefined ? row.province_code : input.provinceCode,
        contact: input.contact === undefined ? row.contact : input.contact || null,
        active: input.active ?? row.active,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = present(updated);
    const { version: _b, ...b } = before;
    const { version: _a, ...a } = after;
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'partner',
      entityId: id,
      ...changedFields(b, a),
    });
    return after;
  });
}
