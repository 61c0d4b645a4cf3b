import { VACANCY_STATUSES, VACANCY_TEMPLATE_COLUMNS } from '../../../shared/contracts/vacancies';
import type { Db } from '../../db/database';
import { CellError, date, num, oneOf, place, text, yesNo } from './cells';
import { type JobImportOptions, sectorCell, sectorCodes } from './employers-import';
import { type Raw, type Reject, runTableImport, type TableImportSummary } from './table-import';
import { upsertBySource } from './upsert';

export const VACANCY_IMPORT_COLUMNS = VACANCY_TEMPLATE_COLUMNS;
type Column = (typeof VACANCY_IMPORT_COLUMNS)[number];

const UPDATABLE = [
  'employer_id',
  'title',
  'occupation_isco',
  'sector',
  'positions',
  'positions_filled',
  'wage_min',
  'wage_max',
  'wage_currency',
  'wage_per',
  'province_code',
  'district_code',
  'commune_code',
  'contract_written',
  'contract_duration',
  'hours_per_week',
  'nssf',
  'accommodation',
  'transport',
  'min_age',
  'skills_required',
  'opens_on',
  'closes_on',
  'status',
];

export interface VacancyImportOptions extends JobImportOptions {
  /** The import source the employers were loaded under (default: the same source). */
  employerSource?: string;
  origin?: 'employer_request' | 'job_fair' | 'nea';
}

function parseVacancy(raw: Raw<Column>, sectors: string[]) {
  const employerSourceId = text(raw.employer_source_id);
  if (!employerSourceId) throw new CellError('employer_source_id is empty');
  const title = text(raw.title);
  if (!title) throw new CellError('title is empty');
  const isco = text(raw.occupation_isco);
  if (isco && !/^\d{1,4}$/.test(isco))
    throw new CellError(`occupation_isco "${isco}" is not an ISCO-08 code`);
  const positions = num('positions', raw.positions, { min: 1, max: 100_000, integer: true });
  if (positions === null) throw new CellError('positions is empty');
  const filled = num('positions_filled', raw.positions_filled, { max: 100_000, integer: true }) ?? 0;
  if (filled > positions)
    throw new CellError(`positions_filled ${filled} is more than positions ${positions}`);
  const wageMin = num('wage_min_usd', raw.wage_min_usd, { max: 100_000 });
  const wageMax = num('wage_max_usd', raw.wage_max_usd, { max: 100_000 });
  if (wageMin !== null && wageMax !== null && wageMax < wageMin)
    throw new CellError(`wage_max_usd ${wageMax} is below wage_min_usd ${wageMin}`);
  const opensOn = date('opens_on', raw.opens_on);
  const closesOn = date('closes_on', raw.closes_on);
  if (opensOn && closesOn && closesOn < opensOn)
    throw new CellError(`closes_on ${closesOn} is before opens_on ${opensOn}`);
  const skills = [
    ...new Set(
      (text(raw.skills) ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  return {
    employerSourceId,
    row: {
      source_id: text(raw.source_id),
      title,
      occupation_isco: isco,
      sector: sectorCell(raw.sector, sectors),
      positions,
      positions_filled: filled,
      wage_min: wageMin,
      wage_max: wageMax,
      wage_currency: 'USD',
      wage_per: 'month',
      ...place(raw),
      contract_written: yesNo('contract_written', raw.contract_written),
      contract_duration: oneOf('contract_duration', raw.contract_duration, [
        'fixed',
        'undetermined',
      ] as const),
      hours_per_week: num('hours_per_week', raw.hours_per_week, { min: 1, max: 112 }),
      nssf: yesNo('nssf', raw.nssf) ?? false,
      accommodation: yesNo('accommodation', raw.accommodation) ?? false,
      transport: yesNo('transport', raw.transport) ?? false,
      min_age: num('min_age', raw.min_age, { min: 15, max: 65, integer: true }) ?? 18,
      skills_required: skills,
      opens_on: opensOn,
      closes_on: closesOn,
      status: oneOf('status', raw.status, VACANCY_STATUSES) ?? 'open',
    },
  };
}

/** Vacancies from a CSV or XLSX file; each names its employer by the employer's source id. */
export async function importVacancies(
  db: Db,
  filePath: string,
  options: VacancyImportOptions,
): Promise<TableImportSummary & { jobId: string }> {
  const sectors = await sectorCodes(db);
  const employerSource = options.employerSource ?? options.source;
  return runTableImport(db, filePath, {
    ...options,
    kind: 'vacancies',
    columns: VACANCY_IMPORT_COLUMNS,
    parse: (raw: Raw<Column>) => parseVacancy(raw, sectors),
    async write(trx, rows) {
      const employers = await trx
        .selectFrom('employers')
        .select(['id', 'source_id'])
        .where('source', '=', employerSource)
        .where('source_id', 'in', [...new Set(rows.map((r) => r.value.employerSourceId))])
        .execute();
      const byId = new Map(employers.map((e) => [e.source_id, e.id]));
      const rejects: Reject[] = [];
      const values: Record<string, unknown>[] = [];
      for (const r of rows) {
        const employerId = byId.get(r.value.employerSourceId);
        if (!employerId) {
          rejects.push({
            rowNumber: r.rowNumber,
            sourceId: r.sourceId,
            reason: `employer_source_id ${r.value.employerSourceId} is not an employer imported from ${employerSource}`,
            raw: r.raw,
          });
        } else {
          values.push({
            ...r.value.row,
            source: options.source,
            employer_id: employerId,
            origin: options.origin ?? 'employer_request',
          });
        }
      }
      const result = await upsertBySource(trx, 'vacancies', values, UPDATABLE);
      return { ...result, rejects };
    },
  });
}
