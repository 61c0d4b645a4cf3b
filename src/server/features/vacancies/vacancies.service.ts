import type { TCreateVacancy, TUpdateVacancy, TVacancy } from '../../../shared/contracts/vacancies';
import type { Db } from '../../db/database';
import { AppError, notFound } from '../../errors';
import { type AuditActor, changedFields, recordAudit } from '../audit/audit.repository';
import { findEmployerRow } from '../employers/employers.repository';
import { findVacancyRow, loadVacancy } from './vacancies.repository';
import type { VacanciesTable } from './vacancies.table';

type Input = Partial<Omit<TCreateVacancy, 'employerId'>>;

const FIELD_COLUMNS: [keyof Input, keyof VacanciesTable][] = [
  ['origin', 'origin'],
  ['title', 'title'],
  ['occupationIsco', 'occupation_isco'],
  ['sector', 'sector'],
  ['positions', 'positions'],
  ['positionsFilled', 'positions_filled'],
  ['provinceCode', 'province_code'],
  ['districtCode', 'district_code'],
  ['communeCode', 'commune_code'],
  ['wageMin', 'wage_min'],
  ['wageMax', 'wage_max'],
  ['wageCurrency', 'wage_currency'],
  ['wagePer', 'wage_per'],
  ['contractWritten', 'contract_written'],
  ['contractDuration', 'contract_duration'],
  ['hoursPerWeek', 'hours_per_week'],
  ['nssf', 'nssf'],
  ['accommodation', 'accommodation'],
  ['transport', 'transport'],
  ['meals', 'meals'],
  ['skillsRequired', 'skills_required'],
  ['skillsOptional', 'skills_optional'],
  ['minExperienceYears', 'min_experience_years'],
  ['minAge', 'min_age'],
  ['hazardous', 'hazardous'],
  ['literacyRequired', 'literacy_required'],
  ['opensOn', 'opens_on'],
  ['closesOn', 'closes_on'],
  ['status', 'status'],
  ['description', 'description'],
];

function columns(input: Input): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, column] of FIELD_COLUMNS) if (input[field] !== undefined) out[column] = input[field];
  return out;
}

function checkPositions(positions: number, filled: number): void {
  if (filled > positions) {
    throw new AppError('VALIDATION_FAILED', 'More positions filled than offered', [
      {
        field: 'positionsFilled',
        issue: 'too_big',
        message: 'Cannot exceed positions',
        origin: 'number',
        maximum: positions,
      },
    ]);
  }
}

export async function createVacancy(db: Db, actor: AuditActor, input: TCreateVacancy): Promise<TVacancy> {
  const { employerId, ...fields } = input;
  checkPositions(input.positions, input.positionsFilled ?? 0);
  const id = await db.transaction().execute(async (trx) => {
    if (!(await findEmployerRow(trx, employerId))) throw notFound('Employer');
    const row = await trx
      .insertInto('vacancies')
      .values({ ...columns(fields), employer_id: employerId, created_by: actor.userId } as never)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'vacancy',
      entityId: row.id,
      after: await loadVacancy(trx, row.id),
    });
    return row.id;
  });
  return loadVacancy(db, id);
}

/** Changes a vacancy; the version the client read must be current (409 with the current record otherwise). */
export async function updateVacancy(
  db: Db,
  actor: AuditActor,
  id: string,
  input: TUpdateVacancy,
): Promise<TVacancy> {
  await db.transaction().execute(async (trx) => {
    const row = await findVacancyRow(trx, id, true);
    if (!row) throw notFound('Vacancy');
    const before = await loadVacancy(trx, id);
    if (row.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', 'Someone else changed this vacancy; review their change', {
        current: before,
      });
    }
    const { version: _v, ...fields } = input;
    checkPositions(fields.positions ?? row.positions, fields.positionsFilled ?? row.positions_filled);
    if ((fields.hazardous ?? row.hazardous) && (fields.minAge ?? row.min_age) < 18) {
      throw new AppError('VALIDATION_FAILED', 'Hazardous work is for adults only', [
        {
          field: 'minAge',
          issue: 'too_small',
          message: 'Hazardous work needs a minimum age of 18',
          origin: 'number',
          minimum: 18,
        },
      ]);
    }
    await trx
      .updateTable('vacancies')
      .set({ ...columns(fields), version: row.version + 1, updated_at: new Date() } as never)
      .where('id', '=', id)
      .execute();
    const { version: _b, updatedAt: _bu, ...b } = before;
    const { version: _a, updatedAt: _au, ...a } = await loadVacancy(trx, id);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'vacancy',
      entityId: id,
      ...changedFields(b, a),
    });
  });
  return loadVacancy(db, id);
}
