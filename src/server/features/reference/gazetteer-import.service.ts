import path from 'node:path';
import { problem } from '../../../shared/contracts/import-problems';
import type { TImportSummary } from '../../../shared/contracts/reference';
import type { Db } from '../../db/database';
import { recordAudit } from '../audit/audit.repository';
import {
  describeMissingGazetteerColumns,
  type GeoUnitInput,
  isGazetteerHeader,
  parseGazetteerRow,
} from './gazetteer-rows';
import { type ImportOptions, ImportTracker } from './import-progress';
import { readTable } from './table-file';

/** Rows per insert statement: ~5,000 parameters, and short enough that other requests on PGlite's one connection wait little. */
export const GEO_BATCH_SIZE = 500;

type Existing = Omit<GeoUnitInput, 'search_key'> & { search_key: string; retired: boolean };

/**
 * Loads districts, communes and villages (and province names) from the official NCDD sheet or a CSV with
 * `code, name_km, name_latin` columns. Never deletes: a unit the file no longer lists, in a province and level
 * the file covers, is marked retired so records that point at it keep working; a retired unit that reappears
 * comes back. Rows are checked first, then written level by level so parents always exist before children.
 */
export async function importGazetteer(
  db: Db,
  filePath: string,
  options: ImportOptions,
): Promise<TImportSummary> {
  const tracker = new ImportTracker(db, options);
  await tracker.start();
  try {
    const units = await readUnits(filePath, tracker);
    const existing = await loadExisting(db);
    const byLevel = planLevels(units, existing, tracker);
    const accepted = new Set(byLevel.flat().map((u) => u.code));
    if (accepted.size === 0) throw tracker.noValidRow('gazetteer');
    await tracker.beginWriting();
    for (const level of byLevel) {
      for (let i = 0; i < level.length; i += GEO_BATCH_SIZE) {
        await writeBatch(db, level.slice(i, i + GEO_BATCH_SIZE), existing, tracker);
      }
    }
    await retireMissing(db, units, accepted, existing, tracker);
    const summary = tracker.summary();
    await recordAudit(db, options.actor, {
      action: 'import',
      entity: 'reference',
      entityId: options.jobId ?? null,
      after: { kind: 'gazetteer', fileName: options.fileName ?? path.basename(filePath), summary },
    });
    await tracker.succeed();
    return summary;
  } catch (error) {
    await tracker.fail(error);
    throw error;
  }
}

interface ReadUnit {
  unit: GeoUnitInput;
  row: number;
  sheet: string | undefined;
}

/** The whole country is ~16,500 units, so the checked units fit in memory even when the file would not. */
async function readUnits(filePath: string, tracker: ImportTracker): Promise<Map<string, ReadUnit>> {
  const units = new Map<string, ReadUnit>();
  const source = readTable(filePath, {
    isHeader: isGazetteerHeader,
    describeMissing: describeMissingGazetteerColumns,
  });
  for await (const { row, sheet, values } of source) {
    await tracker.rowRead();
    const parsed = parseGazetteerRow(values);
    if (!parsed.ok) {
      tracker.reject(row, sheet, parsed.problem);
      continue;
    }
    const first = units.get(parsed.unit.code);
    if (first) {
      tracker.reject(
        row,
        sheet,
        problem('REJECT_DUPLICATE_CODE', { code: parsed.unit.code, firstRow: first.row }),
      );
      continue;
    }
    units.set(parsed.unit.code, { unit: parsed.unit, row, sheet });
  }
  return units;
}

/**
 * Units grouped by level, parents first, keeping only those whose parent exists already or is accepted from the
 * file; nothing is written before the whole file has been checked.
 */
function planLevels(units: Map<string, ReadUnit>, existing: Map<string, Existing>, tracker: ImportTracker) {
  const accepted = new Set<string>();
  const byLevel: GeoUnitInput[][] = [[], [], [], []];
  for (const level of [1, 2, 3, 4]) {
    for (const { unit, row, sheet } of units.values()) {
      if (unit.level !== level) continue;
      if (unit.parent_code && !accepted.has(unit.parent_code) && !existing.has(unit.parent_code)) {
        tracker.reject(row, sheet, problem('REJECT_PARENT_NOT_IN_GAZETTEER', { parent: unit.parent_code }));
        continue;
      }
      accepted.add(unit.code);
      byLevel[level - 1]!.push(unit);
    }
  }
  return byLevel;
}

async function loadExisting(db: Db): Promise<Map<string, Existing>> {
  const rows = await db
    .selectFrom('geo_units')
    .select([
      'code',
      'level',
      'parent_code',
      'province_code',
      'name_km',
      'name_latin',
      'type_km',
      'type_latin',
      'search_key',
      'retired_at',
    ])
    .execute();
  return new Map(rows.map(({ retired_at, ...r }) => [r.code, { ...r, retired: retired_at !== null }]));
}

const COMPARED = [
  'level',
  'parent_code',
  'name_km',
  'name_latin',
  'type_km',
  'type_latin',
  'search_key',
] as const;

/** Only new and changed units are written, so re-importing the same file touches nothing. */
async function writeBatch(
  db: Db,
  batch: GeoUnitInput[],
  existing: Map<string, Existing>,
  tracker: ImportTracker,
) {
  let inserted = 0;
  let updated = 0;
  const changed: GeoUnitInput[] = [];
  for (const unit of batch) {
    const old = existing.get(unit.code);
    if (!old) inserted += 1;
    else if (old.retired || COMPARED.some((k) => old[k] !== unit[k])) updated += 1;
    else continue;
    changed.push(unit);
  }
  if (changed.length > 0) {
    await db
      .insertInto('geo_units')
      .values(changed)
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          parent_code: eb.ref('excluded.parent_code'),
          province_code: eb.ref('excluded.province_code'),
          name_km: eb.ref('excluded.name_km'),
          name_latin: eb.ref('excluded.name_latin'),
          type_km: eb.ref('excluded.type_km'),
          type_latin: eb.ref('excluded.type_latin'),
          search_key: eb.ref('excluded.search_key'),
          retired_at: null,
          updated_at: new Date(),
        })),
      )
      .execute();
  }
  await tracker.settled({ inserted, updated, unchanged: batch.length - changed.length });
}

/**
 * A file covers the (province, level) pairs it lists units for: a districts-only file says nothing about
 * villages, and a file for one province says nothing about the others. Units of a covered pair that the file
 * does not list (even as a rejected row) are retired.
 */
async function retireMissing(
  db: Db,
  units: Map<string, ReadUnit>,
  accepted: Set<string>,
  existing: Map<string, Existing>,
  tracker: ImportTracker,
) {
  // Only stored units count: a rejected row must not make the file look as if it covered its province.
  const covered = new Set([...accepted].map((code) => `${code.slice(0, 2)}:${code.length / 2}`));
  const gone = [...existing.values()]
    .filter((u) => !u.retired && !units.has(u.code))
    .filter((u) => covered.has(`${u.province_code}:${u.level}`))
    .map((u) => u.code);
  for (let i = 0; i < gone.length; i += GEO_BATCH_SIZE) {
    const codes = gone.slice(i, i + GEO_BATCH_SIZE);
    const result = await db
      .updateTable('geo_units')
      .set({ retired_at: new Date(), updated_at: new Date() })
      .where('code', 'in', codes)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
    await tracker.settled({ retired: Number(result.numUpdatedRows) });
  }
}
