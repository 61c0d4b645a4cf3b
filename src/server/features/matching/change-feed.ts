/**
 * Follows one change log of migration 0011 (match_changes or match_worker_changes) for one in-memory index. Sequence numbers are handed out when a row is
 * written, not when its transaction commits, so a late commit can show a number below one already read: the
 * feed remembers the numbers it skipped and asks for them again until they appear or are old enough to be a
 * rolled-back transaction's.
 */
import { sql } from 'kysely';
import type { Conn } from '../../db/database';

export interface Change {
  kind: 'vacancy' | 'employer' | 'worker';
  ref: string;
}

/** How long a skipped number may still turn up (a transaction that long is an import's batch at most). */
const GAP_TIMEOUT_MS = 10 * 60_000;
/** Skipped numbers followed at most; beyond that the index reloads whole. */
const MAX_GAPS = 10_000;
const PAGE = 20_000;
/** Rows are kept a day; a feed idle half that long reloads rather than trust what is left. */
const RETENTION_HOURS = 24;
const IDLE_RELOAD_MS = (RETENTION_HOURS / 2) * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;

export type Poll = { reload: true } | { reload: false; changes: Change[] };

/** Both logs have the same columns; the typed name keeps Kysely's row types. */
type Log = 'match_changes';

export class ChangeFeed {
  private readonly log: Log;
  private maxSeen = 0;
  private readonly gaps = new Map<number, number>();
  private lastPoll = 0;
  private lastPrune = 0;

  constructor(log: 'match_changes' | 'match_worker_changes') {
    this.log = log as Log;
  }

  /** Call before a full load: what commits from now on is reported by the next poll. */
  async start(db: Conn): Promise<void> {
    const recent = await db
      .selectFrom(this.log)
      .select('seq')
      .where('at', '>', sql<Date>`now() - make_interval(secs => ${GAP_TIMEOUT_MS / 1000})`)
      .orderBy('seq')
      .execute();
    const top = await db
      .selectFrom(this.log)
      .select((eb) => eb.fn.max('seq').as('max'))
      .executeTakeFirst();
    this.gaps.clear();
    this.maxSeen = Number(top?.max ?? 0);
    // Numbers missing among the recent ones may belong to transactions still open: the load cannot see them.
    const now = Date.now();
    for (let i = 1; i < recent.length; i++)
      for (let s = Number(recent[i - 1]!.seq) + 1; s < Number(recent[i]!.seq); s++) this.gaps.set(s, now);
    this.lastPoll = now;
  }

  async poll(db: Conn): Promise<Poll> {
    const now = Date.now();
    if (now - this.lastPoll > IDLE_RELOAD_MS) return { reload: true };
    this.lastPoll = now;
    const changes: Change[] = [];
    for (;;) {
      const rows = await db
        .selectFrom(this.log)
        .select(['seq', 'kind', 'ref'])
        .where('seq', '>', String(this.maxSeen))
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      for (const r of rows) {
        const seq = Number(r.seq);
        for (let s = this.maxSeen + 1; s < seq; s++) this.gaps.set(s, now);
        this.maxSeen = Math.max(this.maxSeen, seq);
        changes.push({ kind: r.kind, ref: r.ref });
      }
      if (rows.length < PAGE) break;
    }
    if (this.gaps.size > MAX_GAPS) return { reload: true };
    if (this.gaps.size) {
      const late = await db
        .selectFrom(this.log)
        .select(['seq', 'kind', 'ref'])
        .where('seq', '=', sql<string>`any(${[...this.gaps.keys()].map(String)}::bigint[])`)
        .execute();
      for (const r of late) {
        this.gaps.delete(Number(r.seq));
        changes.push({ kind: r.kind, ref: r.ref });
      }
      for (const [seq, since] of this.gaps) if (now - since > GAP_TIMEOUT_MS) this.gaps.delete(seq);
    }
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      await db
        .deleteFrom(this.log)
        .where('at', '<', sql<Date>`now() - make_interval(hours => ${RETENTION_HOURS})`)
        .execute();
    }
    return { reload: false, changes };
  }
}
