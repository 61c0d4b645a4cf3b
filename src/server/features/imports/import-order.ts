/**
 * The order an import takes a list's rows in. A batch reads, from the registry, the workers in the blocks of
 * its rows (batch-reads.ts): in file order a batch of 1,000 rows holds 1,000 unrelated names, and a common
 * name's namesakes are read again in every batch that holds one more of them. So the rows are taken a chunk
 * at a time (CHUNK_ROWS), sorted by name within it: namesakes fall into the same batch, and their block is
 * read once for all of them (docs/benchmarks.md).
 *
 * A killed import resumes from its checkpoint (rows done): whole chunks before it are skipped, and the rows of
 * the chunk it fell in that the job committed are found in the database (committedEntries), so what was done
 * does not depend on the sort coming out the same (an age is read against today's date, which moves). The
 * chunk size is kept with the job, since the chunks' bounds must not move.
 */
import { blockingKeysPrepared, isShapeKey } from '../../../shared/dedup/blocking';
import { encodeFeatures } from '../../../shared/dedup/features';
import { type PreparedRecord, prepareRecord } from '../../../shared/dedup/record';
import type { Db } from '../../db/database';
import { personOf } from '../dedup/candidates';
import type { BatchRow } from './batch-reads';
import type { RawRow } from './row-parser';

/**
 * Rows sorted at a time. On a generated 300,000-row registry, against file order (2.87 million candidate
 * workers read, peak RSS 736 MB): 20,000 rows read 1.07 million (773 MB, the same duplicate quality); 50,000
 * rows read 0.64 million, but the peak grew to 933-966 MB, far more than the chunk's own text (about 15 MB),
 * for a reason not yet found.
 */
export const CHUNK_ROWS = 20_000;
/** A job begun before chunks existed resumes in file order: its checkpoint counts rows in that order. */
export const FILE_ORDER = 1;

/**
 * A row waiting in its chunk: as JSON text (the row as the list wrote it, as parseRow read it, and prepared),
 * a tenth of the size of the same objects held, and taken back when its batch comes.
 */
export interface ChunkEntry {
  rowNumber: number;
  /** The row's source id once read; null for a row that could not be read. */
  sourceId: string | null;
  key: string;
  raw: string;
  /**
   * The row prepared for comparison when it was keyed (shared/dedup/features.ts): its batch decodes it rather
   * than prepare the row a second time. Null for a row not keyed (unread, or a job in file order).
   */
  features: string | null;
  /** The row as parseRow read it (JSON): its batch takes it back instead of parsing the row again. */
  worker: string | null;
}

/**
 * What groups namesakes: the row's first consonant-shape name key (shared by the spellings of a name in both
 * scripts, dedup/blocking.ts), else its first name key, then sex and birth year, which narrow its blocks.
 */
function sortKey(prepared: PreparedRecord): string {
  let shape = '';
  let name = '';
  for (const k of blockingKeysPrepared(prepared)) {
    if (isShapeKey(k)) {
      if (shape === '' || k < shape) shape = k;
    } else if ((k.startsWith('n:') || k.startsWith('k:')) && (name === '' || k < name)) name = k;
  }
  const born = prepared.birth.yearMin ?? '';
  return `${shape || name}\u0001${prepared.sex ?? ''}\u0001${born}`;
}

/** The rows of one chunk, each keyed for the sort as it is read (unless the job keeps file order). */
export class Chunk {
  readonly entries: ChunkEntry[] = [];
  private readonly keyOfSource = new Map<string, string>();

  constructor(private readonly sorted: boolean) {}

  /**
   * A row that could not be read sorts first (it has no name). A source id given twice in one chunk keeps its
   * rows together and in file order (the later row updates the earlier), under the key of its first row.
   */
  add(rowNumber: number, raw: RawRow, row: BatchRow | null): void {
    const sourceId = row?.worker.sourceId ?? null;
    let key = '';
    let features: string | null = null;
    if (row !== null && this.sorted) {
      const prepared = prepareRecord(personOf(row.worker, row.worker.addressCode));
      features = encodeFeatures(prepared);
      let own = this.keyOfSource.get(row.worker.sourceId);
      if (own === undefined) {
        own = sortKey(prepared);
        this.keyOfSource.set(row.worker.sourceId, own);
      }
      key = `${own}\u0002${row.worker.sourceId}`;
    }
    this.entries.push({
      rowNumber,
      sourceId,
      key,
      raw: JSON.stringify(raw),
      features,
      worker: row === null ? null : JSON.stringify(row.worker),
    });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries in import order: by key, then by row number. */
  ordered(): ChunkEntry[] {
    if (this.sorted) {
      this.entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rowNumber - b.rowNumber));
    }
    return this.entries;
  }
}

const sameRaw = (a: RawRow, b: RawRow): boolean => {
  const keys = Object.keys(a) as (keyof RawRow)[];
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * The entries of a chunk that a job committed before it stopped. A row left a trace in the same transaction as
 * the checkpoint: a rejected row its reject (by row number), any other its source record, written or updated
 * by this job with the row's text. Where a source id comes more than once, the rows up to the one whose text
 * the source record holds are done (a later row would have overwritten it).
 */
export async function committedEntries(
  db: Db,
  job: { id: string; source: string },
  entries: readonly ChunkEntry[],
): Promise<Set<ChunkEntry>> {
  const done = new Set<ChunkEntry>();
  if (!entries.length) return done;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const e of entries) {
    first = Math.min(first, e.rowNumber);
    last = Math.max(last, e.rowNumber);
  }
  const rejected = await db
    .selectFrom('import_rejects')
    .select('row_number')
    .where('job_id', '=', job.id)
    .where('row_number', '>=', first)
    .where('row_number', '<=', last)
    .execute();
  // A rejected row is found by its row number: one that could not be read, or one read that had no centre.
  const rejectedRows = new Set(rejected.map((r) => r.row_number));
  const bySource = new Map<string, ChunkEntry[]>();
  for (const e of entries) {
    if (rejectedRows.has(e.rowNumber)) done.add(e);
    else if (e.sourceId !== null) {
      const list = bySource.get(e.sourceId);
      if (list) list.push(e);
      else bySource.set(e.sourceId, [e]);
    }
  }
  const ids = [...bySource.keys()];
  for (let i = 0; i < ids.length; i += 5_000) {
    const stored = await db
      .selectFrom('source_records')
      .select(['source_id', 'data'])
      .where('source', '=', job.source)
      .where('import_job_id', '=', job.id)
      .where('source_id', 'in', ids.slice(i, i + 5_000))
      .execute();
    for (const s of stored) {
      const list = [...bySource.get(s.source_id)!].sort((a, b) => a.rowNumber - b.rowNumber);
      const data = s.data as RawRow;
      let written = -1;
      list.forEach((e, k) => {
        if (sameRaw(JSON.parse(e.raw) as RawRow, data)) written = k;
      });
      for (let k = 0; k <= written; k++) done.add(list[k]!);
    }
  }
  return done;
}
