import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { AppError } from '../../server/errors';
import { importWorkers } from '../../server/features/imports/import-workers.service';
import { parseInput } from '../../server/validation';
import { ZColumnMapping, ZSourceName } from '../../shared/contracts/imports';
import { createProgressBar } from '../progress';
import { cliActor, withDb } from '../run';

function readMapping(file: string | undefined) {
  if (!file) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', `The mapping file ${file} is not readable JSON`);
  }
  return parseInput(ZColumnMapping, json);
}

export function registerWorkers(program: Command): void {
  const workers = program.command('workers').description('The returnee registry');
  workers
    .command('import <file>')
    .description('Import a list of registrations (CSV or XLSX) with duplicate detection; re-run to resume')
    .option('--source <name>', 'where the list comes from, e.g. hotline_1297 (default: the file name)')
    .option(
      '--mapping <file>',
      'JSON mapping of template columns to this file’s headers, e.g. {"source_id":"ID"}',
    )
    .option('--centre <code>', 'centre for rows whose province has no centre of its own')
    .option('--rejects <file>', 'where to write rejected rows (default: FILE.rejects.csv)')
    .option('--log-progress', 'print one progress line per committed batch to stderr (for logs and scripts)')
    .action(
      async (
        file: string,
        o: { source?: string; mapping?: string; centre?: string; rejects?: string; logProgress?: boolean },
      ) => {
        const source = parseInput(
          ZSourceName,
          o.source ??
            path
              .basename(file)
              .replace(/\.[^.]+$/, '')
              .toLowerCase()
              .replace(/[^a-z0-9_.-]+/g, '-'),
        );
        const mapping = readMapping(o.mapping);
        await withDb(async ({ db }) => {
          let defaultCentreId: string | null = null;
          if (o.centre) {
            const centre = await db
              .selectFrom('centres')
              .select('id')
              .where('code', '=', o.centre.toUpperCase())
              .executeTakeFirst();
            if (!centre) throw new AppError('VALIDATION_FAILED', `Unknown centre code: ${o.centre}`);
            defaultCentreId = centre.id;
          }
          const bar = createProgressBar('workers');
          try {
            const summary = await importWorkers(db, path.resolve(file), {
              source,
              mapping,
              defaultCentreId,
              actor: cliActor(),
              fileName: path.basename(file),
              onProgress: (p) => {
                bar.update(p.processedRows, p.totalRows);
                if (o.logProgress) console.error(`committed ${p.processedRows} rows`);
              },
            });
            bar.stop();
            const rejects = await db
              .selectFrom('import_rejects')
              .select(['row_number', 'source_id', 'reason', 'reason_code'])
              .where('job_id', '=', summary.jobId)
              .orderBy('row_number')
              .execute();
            if (rejects.length) {
              const out = o.rejects ?? `${file}.rejects.csv`;
              writeFileSync(
                out,
                stringify(rejects, {
                  header: true,
                  columns: ['row_number', 'source_id', 'reason', 'reason_code'],
                }),
              );
              console.error(`${rejects.length} rejected rows written to ${out}`);
            }
            const { jobId: _job, ...line } = summary;
            console.log(JSON.stringify(line));
          } finally {
            bar.stop();
          }
        });
      },
    );
}
