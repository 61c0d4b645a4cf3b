import type {
  TCreateEmployer,
  TEmployer,
  TEmployerContact,
  TEmployerContactInput,
  TUpdateEmployer,
} from '../../../shared/contracts/employers';
import { normalizePhoneKH } from '../../../shared/phones';
import type { Conn, Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import type { AuthContext } from '../../http/context';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { presentEmployer, presentEmployerContact } from './employers.presenter';
import { findEmployerRow, listEmployerContacts, openVacancyCounts } from './employers.repository';
import type { EmployersTable } from './employers.table';

type Input = Partial<TCreateEmployer>;

function phoneValue(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const e164 = normalizePhoneKH(phone);
  if (!e164) {
    throw new AppError('VALIDATION_FAILED', 'The phone number is not valid', [
      { field: 'phone', issue: 'invalid_phone', message: 'Not a Cambodian phone number' },
    ]);
  }
  return e164;
}

/** Only the fields the input carries, as columns (undefined = leave as is). */
function columns(input: Input): Partial<Record<keyof EmployersTable, unknown>> {
  const map: [keyof Input, keyof EmployersTable][] = [
    ['nameKm', 'name_km'],
    ['nameLatin', 'name_latin'],
    ['registrationNo', 'registration_no'],
    ['sector', 'sector'],
    ['size', 'size'],
    ['provinceCode', 'province_code'],
    ['districtCode', 'district_code'],
    ['communeCode', 'commune_code'],
    ['addressDetail', 'address_detail'],
    ['nssfRegistered', 'nssf_registered'],
    ['nssfNo', 'nssf_no'],
    ['email', 'email'],
    ['associationMember', 'association_member'],
    ['associationName', 'association_name'],
    ['notes', 'notes'],
  ];
  const out: Partial<Record<keyof EmployersTable, unknown>> = {};
  for (const [field, column] of map) {
    const value = input[field];
    if (value !== undefined) out[column] = typeof value === 'string' && !value.trim() ? null : value;
  }
  if (input.phone !== undefined) out.phone = phoneValue(input.phone);
  if (input.contacts !== undefined) out.contacts = JSON.stringify(input.contacts);
  return out;
}

export async function loadEmployer(conn: Conn, id: string): Promise<TEmployer> {
  const row = await findEmployerRow(conn, id);
  if (!row) throw notFound('Employer');
  return presentEmployer(row, (await openVacancyCounts(conn, [id])).get(id) ?? 0);
}

export async function createEmployer(db: Db, actor: AuditActor, input: TCreateEmployer): Promise<TEmployer> {
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('employers')
      .values({
        ...columns(input),
        contacts: JSON.stringify(input.contacts ?? []),
        created_by: actor.userId,
      } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'employer',
      entityId: row.id,
      after: presentEmployer(row),
    });
    return row.id;
  });
  return loadEmployer(db, id);
}

/** Changes an employer; the version the client read must be current (409 with the current record otherwise). */
export async function updateEmployer(
  db: Db,
  actor: AuditActor,
  id: string,
  input: TUpdateEmployer,
): Promise<TEmployer> {
  await db.transaction().execute(async (trx) => {
    const row = await findEmployerRow(trx, id, true);
    if (!row) throw notFound('Employer');
    const before = presentEmployer(row);
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this employer; review their change', {
        current: await loadEmployer(trx, id),
      });
    }
    const { version: _v, ...fields } = input;
    const nameKm = fields.nameKm !== undefined ? fields.nameKm : row.name_km;
    const nameLatin = fields.nameLatin !== undefined ? fields.nameLatin : row.name_latin;
    if (!nameKm?.trim() && !nameLatin?.trim()) {
      throw new AppError('VALIDATION_FAILED', 'Give a Khmer or a Latin name', [
        { field: 'nameKm', issue: 'required', message: 'Give a Khmer or a Latin name' },
      ]);
    }
    const updated = await trx
      .updateTable('employers')
      .set({ ...columns(fields), version: row.version + 1, updated_at: new Date() } as never)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const { version: _b, updatedAt: _bu, ...b } = before;
    const { version: _a, updatedAt: _au, ...a } = presentEmployer(updated);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'employer',
      entityId: id,
      ...changedFields(b, a),
    });
  });
  return loadEmployer(db, id);
}

export async function addEmployerContact(
  db: Db,
  auth: AuthContext,
  actor: AuditActor,
  employerId: string,
  input: TEmployerContactInput,
): Promise<TEmployerContact> {
  return db.transaction().execute(async (trx) => {
    if (!(await findEmployerRow(trx, employerId))) throw notFound('Employer');
    const row = await trx
      .insertInto('employer_contacts')
      .values({
        employer_id: employerId,
        occurred_on: input.occurredOn,
        kind: input.kind,
        summary: input.summary,
        centre_id: auth.user.centreIds[0] ?? null,
        recorded_by: auth.user.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'employer_contact',
      entityId: row.id,
      after: { employerId, occurredOn: input.occurredOn, kind: input.kind },
    });
    return presentEmployerContact({ ...row, email: auth.user.email });
  });
}

export async function employerContacts(db: Db, employerId: string): Promise<TEmployerContact[]> {
  if (!(await findEmployerRow(db, employerId))) throw notFound('Employer');
  return (await listEmployerContacts(db, employerId)).map(presentEmployerContact);
}
