import { type Command, InvalidArgumentError } from 'commander';
import type { Conn } from '../../server/db/database';
import { AppError } from '../../server/errors';
import { vacancyCandidates, workerMatches } from '../../server/features/matching/matching.service';
import type { TMatchReason } from '../../shared/contracts/matching';
import { withDb } from '../run';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const limitNumber = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100)
    throw new InvalidArgumentError('a whole number from 1 to 100');
  return n;
};

/** A worker by id, or by the source id one of its imported rows carries (it must name one worker). */
async function resolveWorker(db: Conn, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref;
  const rows = await db
    .selectFrom('source_records')
    .select('worker_id')
    .distinct()
    .where('source_id', '=', ref)
    .execute();
  if (rows.length === 1) return rows[0]!.worker_id;
  throw new AppError(
    'NOT_FOUND',
    rows.length
      ? `Source id ${ref} names ${rows.length} workers: use the worker id`
      : `No worker with id or source id ${ref}`,
  );
}

async function resolveVacancy(db: Conn, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref;
  const rows = await db.selectFrom('vacancies').select('id').where('source_id', '=', ref).execute();
  if (rows.length === 1) return rows[0]!.id;
  throw new AppError(
    'NOT_FOUND',
    rows.length
      ? `Source id ${ref} names ${rows.length} vacancies: use the vacancy id`
      : `No vacancy with id or source id ${ref}`,
  );
}

const strip = ({ vacancyId, workerId, sourceId, score, reasons, ...rest }: Record<string, unknown>) => ({
  ...(vacancyId ? { vacancyId } : { workerId }),
  sourceId,
  score,
  reasons,
  ...rest,
});

function printTable(
  rows: { id: string; sourceId: string | null; score: number; label: string; reasons: TMatchReason[] }[],
) {
  for (const [i, r] of rows.entries()) {
    console.log(
      `${String(i + 1).padStart(3)}. ${r.score.toFixed(1).padStart(5)}  ${r.sourceId ?? r.id}  ${r.label}`,
    );
    for (const reason of r.reasons.filter((x) => x.kind === 'factor'))
      console.log(`        ${reason.text.en}`);
  }
}

export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('Rank open vacancies for a worker, or consenting candidates for a vacancy, with the reasons')
    .option('--worker <id>', 'worker id or the source id it was imported with')
    .option('--vacancy <id>', 'vacancy id or the source id it was imported with')
    .option('--limit <n>', 'how many results (1-100)', limitNumber, 20)
    .option('--json', 'print one JSON document: results in rank order with id, sourceId, score and reasons')
    .action(async (o: { worker?: string; vacancy?: string; limit: number; json?: boolean }) => {
      if (!o.worker === !o.vacancy)
        throw new AppError('BAD_REQUEST', 'Give exactly one of --worker and --vacancy');
      await withDb(async ({ db }) => {
        if (o.worker) {
          const found = await workerMatches(db, null, await resolveWorker(db, o.worker), o.limit);
          if (o.json) return console.log(JSON.stringify({ ...found, results: found.results.map(strip) }));
          printTable(
            found.results.map((r) => ({
              id: r.vacancyId,
              sourceId: r.sourceId,
              score: r.score,
              label: r.title,
              reasons: r.reasons,
            })),
          );
        } else {
          const found = await vacancyCandidates(db, null, await resolveVacancy(db, o.vacancy!), o.limit);
          if (o.json) return console.log(JSON.stringify({ ...found, results: found.results.map(strip) }));
          printTable(
            found.results.map((r) => ({
              id: r.workerId,
              sourceId: r.sourceId,
              score: r.score,
              label: r.regNo,
              reasons: r.reasons,
            })),
          );
        }
      });
    });
}
