import { EMPLOYER_SIZES, EMPLOYER_TEMPLATE_COLUMNS } from '../../../shared/contracts/employers';
import { normalizePhoneKH } from '../../../shared/phones';
import type { Db } from '../../db/database';
import type { AuditActor } from '../audit/audit.repository';
import { CellError, name, oneOf, place, text, yesNo } from './cells';
import { type Raw, runTableImport, type TableImportSummary } from './table-import';
import { upsertBySource } from './upsert';

export const EMPLOYER_IMPORT_COLUMNS = EMPLOYER_TEMPLATE_COLUMNS;
type Column = (typeof EMPLOYER_IMPORT_COLUMNS)[number];

const UPDATABLE = [
  'name_km',
  'name_latin',
  'sector',
  'size',
  'province_code',
  'district_code',
  'commune_code',
  'nssf_registered',
  'phone',
];

export async function sectorCodes(db: Db): Promise<string[]> {
  return (await db.selectFrom('sectors').select('code').orderBy('sort_order').execute()).map((s) => s.code);
}

export function sectorCell(value: string | undefined, sectors: string[]): string | null {
  const t = text(value)?.toLowerCase();
  if (!t) return null;
  if (!sectors.includes(t)) throw new CellError(`sector "${t}" is not one of ${sectors.join(', ')}`);
  return t;
}

export interface JobImportOptions {
  source: string;
  actor: AuditActor;
  fileName?: string;
  onProgress?(processedRows: number, totalRows: number | null): void;
}

/** Employers from a CSV or XLSX file; re-importing the same source updates them. */
export async function importEmployers(
  db: Db,
  filePath: string,
  options: JobImportOptions,
): Promise<TableImportSummary & { jobId: string }> {
  const sectors = await sectorCodes(db);
  return runTableImport(db, filePath, {
    ...options,
    kind: 'employers',
    columns: EMPLOYER_IMPORT_COLUMNS,
    parse(raw: Raw<Column>) {
      const nameKm = name(raw.name_km);
      const nameLatin = name(raw.name_latin);
      if (!nameKm && !nameLatin) throw new CellError('no name in name_km or name_latin');
      const phoneText = text(raw.phone);
      const phone = phoneText ? normalizePhoneKH(phoneText) : null;
      if (phoneText && !phone) throw new CellError(`phone "${phoneText}" is not a Cambodian phone number`);
      return {
        source: options.source,
        source_id: text(raw.source_id),
        name_km: nameKm,
        name_latin: nameLatin,
        sector: sectorCell(raw.sector, sectors),
        size: oneOf('size', raw.size, EMPLOYER_SIZES),
        ...place(raw),
        nssf_registered: yesNo('nssf_registered', raw.nssf_registered),
        phone,
      };
    },
    async write(trx, rows) {
      const result = await upsertBySource(
        trx,
        'employers',
        rows.map((r) => r.value),
        UPDATABLE,
      );
      return { ...result, rejects: [] };
    },
  });
}
