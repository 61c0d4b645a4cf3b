import { type Command, InvalidArgumentError } from 'commander';
import { AppError } from '../../server/errors';
import {
  DEFAULT_DEMO_OPTIONS,
  DEFAULT_GAZETTEER_DIR,
  DEFAULT_NAMES_DIR,
  writeDemoFiles,
} from '../../server/features/demo/index';
import { seedDemo } from '../../server/features/demo/seed';
import { createProgressBar } from '../progress';
import { cliActor, withDb } from '../run';

function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

function seedNumber(value: string): number {
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    throw new InvalidArgumentError('expected a whole number');
  }
  return Number(value);
}

function share(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !(n >= 0 && n <= 1))
    throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

interface GenerateFlags {
  workers: number;
  vacancies: number;
  employers: number;
  seed: number;
  out: string;
  namesDir: string;
  gazetteerDir: string;
  asOf: string;
  duplicateShare: number;
  womenShare: number;
}

export function registerDemo(program: Command): void {
  const demo = program.command('demo').description('Synthetic data for demonstrations, tests and benchmarks');
  demo
    .command('seed')
    .description(
      'Load a small generated data set (gazetteer, workers from every channel) so a new user sees a living app',
    )
    .option('--workers <n>', 'worker rows across all channels', wholeNumber, 2000)
    .option('--seed <n>', 'random seed', seedNumber, 1)
    .option('--centre <code>', 'centre for rows whose province has no centre', 'PST')
    .action(async (o: { workers: number; seed: number; centre: string }) => {
      await withDb(async ({ db }) => {
        const centre = await db
          .selectFrom('centres')
          .select('id')
          .where('code', '=', o.centre.toUpperCase())
          .executeTakeFirst();
        if (!centre) throw new AppError('VALIDATION_FAILED', `Unknown centre code: ${o.centre}`);
        const summary = await seedDemo(db, {
          workers: o.workers,
          seed: o.seed,
          actor: cliActor(),
          defaultCentreId: centre.id,
        });
        console.log(JSON.stringify(summary));
      });
    });
  const d = DEFAULT_DEMO_OPTIONS;
  demo
    .command('generate')
    .description(
      'Write workers (one CSV per channel), employers and vacancies in the import templates, and truth.csv ' +
        '(which rows are the same person). Same seed, same files.',
    )
    .option('--workers <n>', 'worker rows, across all channels', wholeNumber, d.workers)
    .option('--vacancies <n>', 'vacancies', wholeNumber, d.vacancies)
    .option('--employers <n>', 'employers', wholeNumber, d.employers)
    .option('--seed <n>', 'random seed', seedNumber, d.seed)
    .option('--out <dir>', 'directory to write the files into', 'data/demo')
    .option('--names-dir <dir>', 'shared Khmer name files', DEFAULT_NAMES_DIR)
    .option('--gazetteer-dir <dir>', 'shared NCDD gazetteer files', DEFAULT_GAZETTEER_DIR)
    .option(
      '--as-of <date>',
      'the day the data is as of (YYYY-MM-DD): last registration, vacancy status',
      d.asOf,
    )
    .option('--duplicate-share <share>', 'share of people registered more than once', share, d.duplicateShare)
    .option('--women-share <share>', 'share of women among returnees', share, d.womenShare)
    .action(async (flags: GenerateFlags) => {
      const bar = createProgressBar('demo');
      let summary: Awaited<ReturnType<typeof writeDemoFiles>>;
      try {
        summary = await writeDemoFiles(flags, (done, total) => bar.update(done, total));
      } finally {
        bar.stop();
      }
      // One JSON line, so scripts (and the benchmark) can read what was written.
      console.log(JSON.stringify(summary));
    });
}
