import type { BlockQuery } from './blocks';

/** Birth ranges remembered per key and narrowing; the narrowest are the most useful, and they replace wider ones. */
const SPANS_PER_BLOCK = 16;
/** Keys remembered; past it the memory starts over (about 100 bytes a key). */
const MAX_BLOCKS = 100_000;

/**
 * Blocks an import has found past their limit. An import sorts each chunk by name, so a common name's blocks
 * come back in every chunk, and each time all their index ranges were read up to one past the limit only to
 * learn again that they are too large. A block past its limit stays past it while the import runs: the import
 * only adds key rows, and a block whose rows hold those of another (the same key and narrowing, a birth range
 * that holds the other's) holds at least its workers. So such a block is not read again. A merge by staff in
 * the meantime can take a worker out of a block; the import then still skips it, as it would have had the
 * merge come after.
 */
export class OverLimitBlocks {
  private readonly spans = new Map<string, number[]>();

  /** Whether a block already found past its limit lies within this one. */
  has(q: BlockQuery): boolean {
    const spans = this.spans.get(blockOf(q));
    if (!spans) return false;
    for (let i = 0; i < spans.length; i += 2) {
      if (spans[i]! >= q.bornFrom && spans[i + 1]! <= q.bornTo) return true;
    }
    return false;
  }

  add(q: BlockQuery): void {
    if (this.has(q)) return;
    const block = blockOf(q);
    const old = this.spans.get(block) ?? [];
    // A remembered span holding the new one says nothing the new one does not.
    const spans: number[] = [];
    for (let i = 0; i < old.length; i += 2) {
      if (!(old[i]! <= q.bornFrom && old[i + 1]! >= q.bornTo)) spans.push(old[i]!, old[i + 1]!);
    }
    spans.push(q.bornFrom, q.bornTo);
    if (spans.length > 2 * SPANS_PER_BLOCK) spans.splice(0, 2);
    if (!this.spans.has(block) && this.spans.size >= MAX_BLOCKS) this.spans.clear();
    this.spans.set(block, spans);
  }
}

/** A block without its birth range: the key, its limit and the sexes and provinces its rows may have. */
const blockOf = (q: BlockQuery): string =>
  `${q.key}\u0001${q.limit}\u0001${q.sexes.join(',')}\u0001${q.provinces.join(',')}`;
