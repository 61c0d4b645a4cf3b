import path from 'node:path';
import { problem } from '../../../shared/contracts/import-problems';
import type { TImportSummary } from '../../../shared/contracts/reference';
import type { Db } from '../../db/database';
import { recordAudit } from '../audit/audit.repository';
import { type ImportOptions, ImportTracker } from './import-progress';
import { describeMissingIscoColumns, type IscoGroupInput, isIscoHeader, parseIscoRow } from './isco-rows';
import { readTable } from './table-file';

const ISCO_BATCH_SIZE = 500;

/**
 * Loads the ISCO-08 structure (`code, level, parent_code, title_en`) into isco_groups. Upserts only: groups are
 * never deleted, and Khmer titles written in the product are kept when the English title changes.
 */
export async function importIsco(db: Db, filePath: string, options: ImportOptions): Promise<TImportSummary> {
  const tracker = new ImportTracker(db, options);
  await tracker.start();
  try {
    const groups = new Map<string, { group: IscoGroupInput; row: number; sheet: string | undefined }>();
    for await (const { row, sheet, values } of readTable(filePath, {
      isHeader: isIscoHeader,
      describeMissing: describeMissingIscoColumns,
    })) {
      await tracker.rowRead();
      const parsed = parseIscoRow(values);
      const first = parsed.ok ? groups.get(parsed.group.code) : undefined;
      if (!parsed.ok) tracker.reject(row, sheet, parsed.problem);
      else if (first)
        tracker.reject(
          row,
          sheet,
          problem('REJECT_DUPLICATE_CODE', { code: parsed.group.code, firstRow: first.row }),
        );
      else groups.set(parsed.group.code, { group: parsed.group, row, sheet });
    }
    const existing = new Map(
      (await db.selectFrom('isco_groups').select(['code', 'level', 'parent_code', 'title_en']).execute()).map(
        (g) => [g.code, g],
      ),
    );
    // Parents first, and nothing written before the whole file has been checked.
    const accepted = new Set<string>();
    const byLevel: IscoGroupInput[][] = [[], [], [], []];
    for (const level of [1, 2, 3, 4]) {
      for (const { group, row, sheet } of groups.values()) {
        if (group.level !== level) continue;
        if (group.parent_code && !accepted.has(group.parent_code) && !existing.has(group.parent_code)) {
          tracker.reject(row, sheet, problem('REJECT_PARENT_NOT_IN_FILE', { parent: group.parent_code }));
          continue;
        }
        accepted.add(group.code);
        byLevel[level - 1]!.push(group);
      }
    }
    if (accepted.size === 0) throw tracker.noValidRow('ISCO-08');
    await tracker.beginWriting();
    for (const batch of byLevel) {
      for (let i = 0; i < batch.length; i += ISCO_BATCH_SIZE) {
        await writeBatch(db, batch.slice(i, i + ISCO_BATCH_SIZE), existing, tracker);
      }
    }
    const summary = tracker.summary();
    await recordAudit(db, options.actor, {
      action: 'import',
      entity: 'reference',
      entityId: options.jobId ?? null,
      after: { kind: 'isco', fileName: options.fileName ?? path.basename(filePath), summary },
    });
    await tracker.succeed();
    return summary;
  } catch (error) {
    await tracker.fail(error);
    throw error;
  }
}

async function writeBatch(
  db: Db,
  batch: IscoGroupInput[],
  existing: Map<string, IscoGroupInput>,
  tracker: ImportTracker,
): Promise<void> {
  const fresh = batch.filter((g) => !existing.has(g.code));
  const changed = batch.filter((g) => {
    const old = existing.get(g.code);
    return old && (old.title_en !== g.title_en || old.level !== g.level || old.parent_code !== g.parent_code);
  });
  const toWrite = [...fresh, ...changed];
  if (toWrite.length > 0) {
    await db
      .insertInto('isco_groups')
      .values(toWrite.map((g) => ({ ...g, title_km: null })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          level: eb.ref('excluded.level'),
          parent_code: eb.ref('excluded.parent_code'),
          title_en: eb.ref('excluded.title_en'),
        })),
      )
      .execute();
  }
  await tracker.settled({
    inserted: fresh.length,
    updated: changed.length,
    unchanged: batch.length - toWrite.length,
  });
}
