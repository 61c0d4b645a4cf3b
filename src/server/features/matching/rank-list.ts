import { byRank } from '../../../shared/matching/score';

/** The N best items seen so far, in rank order (score, then id), with the score a newcomer must beat. */
export class RankList<T extends { id: string; score: number }> {
  readonly items: T[] = [];
  constructor(private readonly limit: number) {}

  add(item: T): void {
    if (this.limit <= 0) return;
    if (this.items.length >= this.limit && byRank(item, this.items[this.items.length - 1]!) >= 0) return;
    const at = this.items.findIndex((x) => byRank(item, x) < 0);
    this.items.splice(at === -1 ? this.items.length : at, 0, item);
    if (this.items.length > this.limit) this.items.pop();
  }

  /** True when no item with a score at most `bound` can enter the list any more. */
  closedTo(bound: number): boolean {
    return this.items.length >= this.limit && (this.limit === 0 || this.items[this.limit - 1]!.score > bound);
  }
}
