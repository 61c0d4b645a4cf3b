import type { BlockQuery } from './blocks';

/** Birth ranges remembered per block; past it the oldest is dropped. */
const SPANS_PER_BLOCK = 16;
/** Blocks remembered; past it the memory starts over (a few hundred bytes a block). */
const MAX_BLOCKS = 100_000;

/**
 * Blocks an import has found past their limit. An import sorts each chunk by name, so a common name's blocks
 * come back in every chunk, and each time all their index ranges were read up to one past the limit only to
 * learn again that they are too large. Such a block is not read again:
 * - the import only adds key rows, and a block whose rows include another's (the same key, limit, sexes and
 *   provinces, and a birth range holding the other's) holds at least its workers;
 * - each finding keeps the checkpoint of the snapshot it was read from, and serves only batches read from that
 *   snapshot or a later one (snapshots are taken in order, batch-pipeline.ts), so what a batch decides does not
 *   depend on which of the reads running at once finished first.
 * Remembered, a block counts as past its limit where a read might not say so: the read counts the distinct
 * workers among each range's first rows, one past the limit (blocks.ts), and a worker with two rows there
 * counts once. A resumed import starts with nothing remembered and reads such a block again. Staff taking a
 * worker out of a block meanwhile (a merge, an edit, a deletion) is not seen either: the import goes on
 * skipping the block, as batches read before the change would have.
 */
export class OverLimitBlocks {
  /** By block: [bornFrom, bornTo, checkpoint] for each birth range found past the limit. */
  private readonly spans = new Map<string, number[]>();

  /** Whether a block found past its limit, by a snapshot holding no more than `through`, lies within this one. */
  has(q: BlockQuery, through: number): boolean {
    const spans = this.spans.get(blockOf(q));
    if (!spans) return false;
    for (let i = 0; i < spans.length; i += 3) {
      if (spans[i]! >= q.bornFrom && spans[i + 1]! <= q.bornTo && spans[i + 2]! <= through) return true;
    }
    return false;
  }

  /** Remembers a block a snapshot holding batches up to `checkpoint` found past its limit. */
  add(q: BlockQuery, checkpoint: number): void {
    if (this.has(q, checkpoint)) return;
    const block = blockOf(q);
    const old = this.spans.get(block) ?? [];
    // A span holding the new one, found no earlier, says nothing the new one does not.
    const spans: number[] = [];
    for (let i = 0; i < old.length; i += 3) {
      const redundant = old[i]! <= q.bornFrom && old[i + 1]! >= q.bornTo && old[i + 2]! >= checkpoint;
      if (!redundant) spans.push(old[i]!, old[i + 1]!, old[i + 2]!);
    }
    spans.push(q.bornFrom, q.bornTo, checkpoint);
    if (spans.length > 3 * SPANS_PER_BLOCK) spans.splice(0, 3);
    if (!this.spans.has(block) && this.spans.size >= MAX_BLOCKS) this.spans.clear();
    this.spans.set(block, spans);
  }
}

/** A block without its birth range: the key, its limit and the sexes and provinces its rows may have. */
const blockOf = (q: BlockQuery): string =>
  `${q.key}\u0001${q.limit}\u0001${q.sexes.join(',')}\u0001${q.provinces.join(',')}`;
