/**
 * The order an import takes a list's rows in. A batch reads, from the registry, the workers in the blocks of
 * its rows (batch-reads.ts): in file order a batch of 1,000 rows holds 1,000 unrelated names, and a common
 * name's namesakes are read again in every batch that holds one more of them. So the rows are taken a chunk
 * at a time (CHUNK_ROWS), sorted by name within it: namesakes fall into the same batch, and their block is
 * read once for all of them (docs/benchmarks.md).
 *
 * The order must be the same when a killed import runs again, so that the job's checkpoint (rows done, in this
 * order) says which rows are done: the chunk size is kept with the job, and the sort depends only on the rows.
 */
import { blockingKeysPrepared, isShapeKey } from '../../../shared/dedup/blocking';
import { prepareRecord } from '../../../shared/dedup/record';
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
 * A row waiting in its chunk: as its raw text (JSON), which is a tenth of the size of the row parsed, and read
 * again when its batch comes.
 */
export interface ChunkEntry {
  rowNumber: number;
  key: string;
  raw: string;
}

/**
 * What groups namesakes: the row's first consonant-shape name key (shared by the spellings of a name in both
 * scripts, dedup/blocking.ts), else its first name key, then sex and birth year, which narrow its blocks.
 */
function sortKey(row: BatchRow): string {
  const prepared = prepareRecord(personOf(row.worker, row.worker.addressCode));
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

/** The rows of one chunk, each keyed for the sort as it is read. */
export class Chunk {
  entries: ChunkEntry[] = [];
  private readonly keyOfSource = new Map<string, string>();

  /**
   * A row that could not be read sorts first (it has no name). A source id given twice in one chunk keeps its
   * rows together and in file order (the later row updates the earlier), under the key of its first row.
   */
  add(rowNumber: number, raw: RawRow, row: BatchRow | null): void {
    let key = '';
    if (row !== null) {
      const id = row.worker.sourceId;
      let own = this.keyOfSource.get(id);
      if (own === undefined) {
        own = sortKey(row);
        this.keyOfSource.set(id, own);
      }
      key = `${own}\u0002${id}`;
    }
    this.entries.push({ rowNumber, key, raw: JSON.stringify(raw) });
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entries in import order; the same rows always give the same order. */
  ordered(sorted: boolean): ChunkEntry[] {
    if (sorted) {
      this.entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.rowNumber - b.rowNumber));
    }
    return this.entries;
  }
}
