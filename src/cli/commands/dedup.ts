import { type Command, Option } from 'commander';
import { stringify } from 'csv-stringify';
import { dedupRun } from '../../server/features/dedup/dedup-run.service';
import { sourcePairs } from '../../server/features/dedup/pairs-export';
import { cliActor, withDb } from '../run';

const PAIR_COLUMNS = ['source_a', 'source_id_a', 'source_b', 'source_id_b', 'score', 'decision'];

export function registerDedup(program: Command): void {
  const dedup = program.command('dedup').description('Duplicate detection across the registry');
  dedup
    .command('run')
    .description('Compare every block of similar records: link sure matches (undoable), queue possible ones')
    .action(async () => {
      await withDb(async ({ db }) => {
        const summary = await dedupRun(db, cliActor(), (p) => {
          if (process.stderr.isTTY)
            process.stderr.write(`\rblocks ${p.blocks}, linked ${p.linked}, review ${p.review}`);
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.log(JSON.stringify(summary));
      });
    });
  dedup
    .command('pairs')
    .description(
      'Print every pair of source records judged the same person (linked) or possibly the same (review)',
    )
    .addOption(new Option('--format <format>', 'output format').choices(['csv', 'jsonl']).default('csv'))
    .action(async (o: { format: 'csv' | 'jsonl' }) => {
      await withDb(async ({ db }) => {
        const write = (line: string) =>
          new Promise<void>((resolve) =>
            process.stdout.write(line) ? resolve() : process.stdout.once('drain', resolve),
          );
        if (o.format === 'jsonl') {
          for await (const pair of sourcePairs(db)) await write(`${JSON.stringify(pair)}\n`);
          return;
        }
        const csv = stringify({ header: true, columns: PAIR_COLUMNS });
        csv.on('data', (chunk: Buffer) => process.stdout.write(chunk));
        for await (const pair of sourcePairs(db)) {
          if (!csv.write(pair)) await new Promise((r) => csv.once('drain', r));
        }
        await new Promise<void>((resolve) => csv.end(resolve));
        if (!csv.readableEnded) await new Promise((r) => csv.once('end', r));
      });
    });
}
