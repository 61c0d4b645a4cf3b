/**
 * What the two in-memory indexes (open vacancies, shareable workers) share: a slot per row, slots reused after
 * a removal, and a change feed that brings the index up to date before each search, one refresh at a time.
 */
import type { Conn } from '../../db/database';
import type { Change, ChangeFeed } from './change-feed';

export abstract class FollowedIndex {
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  private loaded = false;
  private refreshing: Promise<void> = Promise.resolve();

  constructor(private readonly feed: ChangeFeed) {}

  get size(): number {
    return this.slots.size;
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** Brings the index up to date with the database; concurrent callers share one refresh. */
  refresh(db: Conn): Promise<void> {
    const next = this.refreshing.then(() => this.catchUp(db));
    // A failed refresh must not wedge every later search: the next one tries again.
    this.refreshing = next.catch(() => undefined);
    return next;
  }

  /** Every row the index holds, read afresh (the feed has just been started). */
  protected abstract loadAll(db: Conn): Promise<void>;
  /** Re-reads what the changes name: rows still wanted are stored again, the rest removed. */
  protected abstract apply(db: Conn, changes: readonly Change[]): Promise<void>;
  /** Slots the columns have room for, and making room for more. */
  protected abstract capacity(): number;
  protected abstract grow(capacity: number): void;
  /** Forgets what a freed slot held. */
  protected abstract clear(slot: number): void;

  /** The slot of a row, a new one (reused or at the end) for a row not yet held. */
  protected claim(id: string): number {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.slots.size;
      this.slots.set(id, slot);
      if (slot >= this.capacity()) this.grow(Math.max(1024, slot * 2));
    }
    return slot;
  }

  protected remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.clear(slot);
    this.free.push(slot);
  }

  private async catchUp(db: Conn): Promise<void> {
    if (this.loaded) {
      const poll = await this.feed.poll(db);
      if (!poll.reload) {
        await this.apply(db, poll.changes);
        return;
      }
    }
    await this.feed.start(db);
    for (const id of [...this.slots.keys()]) this.remove(id);
    await this.loadAll(db);
    this.loaded = true;
  }
}

/**
 * The index of one kind for a database handle, made on first use and brought up to date on every call: one per
 * handle, so a test's database never sees another's rows.
 */
export function indexPerDatabase<T extends FollowedIndex>(create: () => T): (db: Conn) => Promise<T> {
  const indexes = new WeakMap<object, T>();
  return async (db) => {
    let index = indexes.get(db);
    if (!index) {
      index = create();
      indexes.set(db, index);
    }
    await index.refresh(db);
    return index;
  };
}
