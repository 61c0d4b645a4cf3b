import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Db } from '../../db/database';
import type { AuditActor } from '../audit/audit.repository';
import { importWorkers } from '../imports/import-workers.service';
import { importGazetteer } from '../reference/gazetteer-import.service';
import { WORKER_SOURCES } from './columns';
import { writeDemoFiles } from './csv-files';
import { DEFAULT_GAZETTEER_DIR } from './reference-files';

export interface SeedSummary {
  gazetteerLoaded: boolean;
  workers: { source: string; rows: number; created: number; linked: number; review: number }[];
  seconds: number;
}

/**
 * Loads a small generated data set through the product's own importers, so a new user sees a living registry:
 * the gazetteer first when only the shipped provinces exist (the generated villages then resolve), then each
 * channel's list with duplicate detection, exactly as real lists would load.
 */
export async function seedDemo(
  db: Db,
  options: {
    workers: number;
    seed: number;
    actor: AuditActor;
    defaultCentreId: string;
    gazetteerDir?: string;
  },
): Promise<SeedSummary> {
  const started = performance.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-seed-'));
  try {
    const gazetteerDir = options.gazetteerDir ?? DEFAULT_GAZETTEER_DIR;
    const districts = await db
      .selectFrom('geo_units')
      .select('code')
      .where('level', '>', 1)
      .limit(1)
      .executeTakeFirst();
    if (!districts) {
      for (const level of ['districts', 'communes', 'villages']) {
        await importGazetteer(db, path.join(gazetteerDir, `cambodia_${level}_pumi.csv`), {
          actor: options.actor,
        });
      }
    }
    await writeDemoFiles({
      out: dir,
      workers: options.workers,
      employers: 0,
      vacancies: 0,
      seed: options.seed,
      gazetteerDir,
    });
    const workers: SeedSummary['workers'] = [];
    for (const source of WORKER_SOURCES) {
      const s = await importWorkers(db, path.join(dir, `workers-${source}.csv`), {
        source: `demo-${source.replace(/_/g, '-')}`,
        actor: options.actor,
        defaultCentreId: options.defaultCentreId,
      });
      workers.push({ source, rows: s.rows, created: s.created, linked: s.linked, review: s.review });
    }
    return {
      gazetteerLoaded: !districts,
      workers,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
