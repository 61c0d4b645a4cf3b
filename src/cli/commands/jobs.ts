import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Db } from '../../server/db/database';
import { importEmployers } from '../../server/features/job-imports/employers-import';
import type { TableImportSummary } from '../../server/features/job-imports/table-import';
import { importVacancies } from '../../server/features/job-imports/vacancies-import';
import { parseInput } from '../../server/validation';
import { ZSourceName } from '../../shared/contracts/imports';
import { VACANCY_ORIGINS } from '../../shared/contracts/vacancies';
import { createProgressBar } from '../progress';
import { cliActor, withDb } from '../run';

/** Imports keyed by this source unless --source names another: vacancies find their employers under it. */
const DEFAULT_SOURCE = 'import';

interface ImportFlags {
  source?: string;
  rejects?: string;
}

/** Progress bar on stderr, rejects with reasons to a CSV beside the file, one JSON summary line on stdout. */
async function runImport(
  label: string,
  file: string,
  o: ImportFlags,
  run: (
    db: Db,
    opts: {
      source: string;
      onProgress: (done: number, total: number | null) => void;
    },
  ) => Promise<TableImportSummary & { jobId: string }>,
): Promise<void> {
  const source = parseInput(ZSourceName, o.source ?? DEFAULT_SOURCE);
  await withDb(async ({ db }) => {
    const bar = createProgressBar(label);
    try {
      const summary = await run(db, { source, onProgress: (done, total) => bar.update(done, total) });
      bar.stop();
      const rejects = await db
        .selectFrom('import_rejects')
        .select(['row_number', 'source_id', 'reason'])
        .where('job_id', '=', summary.jobId)
        .orderBy('row_number')
        .execute();
      if (rejects.length) {
        const out = o.rejects ?? `${file}.rejects.csv`;
        writeFileSync(
          out,
          stringify(rejects, { header: true, columns: ['row_number', 'source_id', 'reason'] }),
        );
        console.error(`${rejects.length} rejected rows written to ${out}`);
      }
      const { jobId: _job, ...line } = summary;
      console.log(JSON.stringify({ source, ...line }));
    } finally {
      bar.stop();
    }
  });
}

export function registerJobs(program: Command): void {
  program
    .command('employers')
    .description('Employers that hire returnees')
    .command('import <file>')
    .description(
      'Import employers (CSV or XLSX: source_id, name_km, name_latin, sector, size, province_code, district_code, commune_code, nssf_registered, phone); re-import updates',
    )
    .option('--source <name>', `where the list comes from (default: ${DEFAULT_SOURCE})`)
    .option('--rejects <file>', 'where to write rejected rows (default: FILE.rejects.csv)')
    .action(async (file: string, o: ImportFlags) =>
      runImport('employers', file, o, (db, opts) =>
        importEmployers(db, path.resolve(file), {
          ...opts,
          actor: cliActor(),
          fileName: path.basename(file),
        }),
      ),
    );
  program
    .command('vacancies')
    .description('Vacancies employers post')
    .command('import <file>')
    .description(
      'Import vacancies (CSV or XLSX in the issue-5 template; employer_source_id names an imported employer); re-import updates',
    )
    .option('--source <name>', `where the list comes from (default: ${DEFAULT_SOURCE})`)
    .option('--employer-source <name>', 'the source the employers were imported under (default: --source)')
    .option(
      '--origin <origin>',
      `how the vacancies reached the centre: ${VACANCY_ORIGINS.join(', ')}`,
      'employer_request',
    )
    .option('--rejects <file>', 'where to write rejected rows (default: FILE.rejects.csv)')
    .action(async (file: string, o: ImportFlags & { employerSource?: string; origin: string }) => {
      const origin = parseInput(z.enum(VACANCY_ORIGINS), o.origin);
      return runImport('vacancies', file, o, (db, opts) =>
        importVacancies(db, path.resolve(file), {
          ...opts,
          employerSource: o.employerSource ? parseInput(ZSourceName, o.employerSource) : undefined,
          origin,
          actor: cliActor(),
          fileName: path.basename(file),
        }),
      );
    });
}
