import path from 'node:path';
import type { Command } from 'commander';
import { importGazetteer } from '../../server/features/reference/gazetteer-import.service';
import type { ImportOptions } from '../../server/features/reference/import-progress';
import { importIsco } from '../../server/features/reference/isco-import.service';
import { createProgressBar } from '../progress';
import { cliActor, withDb } from '../run';

type Importer = typeof importGazetteer;

function importCommand(parent: Command, name: string, description: string, importer: Importer) {
  parent
    .command(`${name} <file>`)
    .description(description)
    .action(async (file: string) => {
      await withDb(async ({ db }) => {
        const bar = createProgressBar(name);
        const options: ImportOptions = {
          actor: cliActor(),
          fileName: path.basename(file),
          onProgress: (p) => bar.update(p.processedRows, p.totalRows),
        };
        try {
          const summary = await importer(db, path.resolve(file), options);
          bar.stop();
          // One JSON line, so scripts can read the outcome.
          console.log(JSON.stringify(summary));
        } finally {
          bar.stop();
        }
      });
    });
}

export function registerReference(program: Command): void {
  const reference = program.command('reference').description('Reference data: geography and occupations');
  const imports = reference.command('import').description('Load reference data from a file');
  importCommand(
    imports,
    'gazetteer',
    'Districts, communes and villages from the NCDD spreadsheet (.xlsx) or a CSV with code, name_km, name_latin',
    importGazetteer,
  );
  importCommand(
    imports,
    'isco',
    'ISCO-08 groups from a CSV with code, level, parent_code, title_en',
    importIsco,
  );
}
