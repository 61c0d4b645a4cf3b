/**
 * Every shareable worker (the match_workers rows) held in the server process, column by column, so a vacancy's
 * candidates score all of them in memory instead of asking the database to rank them (issue 5's target: top 50
 * among 1,000,000 workers in 200 ms). What a factor reads of a worker is interned (occupation codes, places,
 * sector preferences, skill sets): a search computes each factor once per distinct value, then runs only
 * arithmetic per worker. The change feed on match_worker_changes keeps the index current between searches.
 */
import {
  type WorkerPlace,
  type WorkerSectors,
  workerOccupationCodes,
  workerSkillSet,
} from '../../../shared/matching/factors';
import type { MatchWorker } from '../../../shared/matching/types';
import type { Conn } from '../../db/database';
import { type Change, ChangeFeed } from './change-feed';
import { FollowedIndex, indexPerDatabase } from './followed-index';
import { grown, Interner } from './interner';
import { type FeatureRow, fromFeatures } from './worker-features';

/** Stays kept in the columns per worker; the rare worker with more keeps the rest in a map. */
export const INLINE_STAYS = 4;
const RELOAD_BATCH = 10_000;
/** Priority groups: bit 1 a woman, bit 2 a person with a disability. */
export const WOMAN = 1;
export const DISABILITY = 2;

export interface IndexedStay {
  /** Interned occupation code. */
  code: number;
  /** Start and end as epoch ms; NaN when missing or unreadable, +Infinity for a stay still going on. */
  start: number;
  end: number;
}

export type FeatureRowWithCentre = FeatureRow & { centre_id: string };

export const featureQuery = (db: Conn) => db.selectFrom('match_workers').selectAll();

const dateMs = (iso: string | null): number => (iso ? Date.parse(iso) : Number.NaN);

export class WorkerIndex extends FollowedIndex {
  readonly codes = new Interner<string>();
  readonly occupationSets = new Interner<readonly string[]>();
  readonly places = new Interner<WorkerPlace>();
  readonly sectorSets = new Interner<WorkerSectors>();
  readonly skillSets = new Interner<ReadonlySet<string>>();
  readonly centres = new Interner<string>();
  readonly wages = new Interner<number | null>();
  /** The distinct occupation codes of a worker's stays: most vacancies need none of them, and skip the dates. */
  readonly stayCodeSets = new Interner<readonly number[]>();
  /** Slot → worker id; undefined for a free slot. */
  ids: (string | undefined)[] = [];
  /** 1 for a slot that holds a worker. */
  live = new Uint8Array(0);
  centre = new Int32Array(0);
  occupations = new Int32Array(0);
  place = new Int32Array(0);
  sectors = new Int32Array(0);
  skills = new Int32Array(0);
  /** Interned expected wage (US$ a month, or null when the worker gave none). */
  expectedWage = new Int32Array(0);
  /** Year of birth (from the date when known); 0 when unknown. */
  birthYear = new Int32Array(0);
  /** Month and day of birth as MMDD; -1 when only the year is known. */
  birthDay = new Int32Array(0);
  priorityGroup = new Uint8Array(0);
  stayCount = new Uint8Array(0);
  staySet = new Int32Array(0);
  /** INLINE_STAYS entries per slot. */
  stayCode = new Int32Array(0);
  stayStart = new Float64Array(0);
  stayEnd = new Float64Array(0);
  readonly moreStays = new Map<number, IndexedStay[]>();
  constructor() {
    super(new ChangeFeed('match_worker_changes'));
  }

  protected async loadAll(db: Conn): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await featureQuery(db)
        .where('worker_id', '>', after)
        .orderBy('worker_id')
        .limit(RELOAD_BATCH)
        .execute();
      for (const r of rows) this.put(r);
      if (rows.length < RELOAD_BATCH) break;
      after = rows[rows.length - 1]!.worker_id;
    }
  }

  /** Re-reads the workers named: those still shareable are stored again, the rest dropped. */
  protected async apply(db: Conn, changes: readonly Change[]): Promise<void> {
    const ids = [...new Set(changes.map((c) => c.ref))];
    for (let i = 0; i < ids.length; i += RELOAD_BATCH) {
      const batch = ids.slice(i, i + RELOAD_BATCH);
      const rows = await featureQuery(db).where('worker_id', 'in', batch).execute();
      const present = new Set(rows.map((r) => r.worker_id));
      for (const id of batch) if (!present.has(id)) this.remove(id);
      for (const r of rows) this.put(r);
    }
  }

  protected clear(slot: number): void {
    this.ids[slot] = undefined;
    this.live[slot] = 0;
    this.moreStays.delete(slot);
  }

  protected capacity(): number {
    return this.centre.length;
  }

  private put(row: FeatureRowWithCentre): void {
    const w = fromFeatures(row, { status: 'active', share: true });
    const slot = this.claim(w.id);
    this.ids[slot] = w.id;
    this.live[slot] = 1;
    this.centre[slot] = this.centres.id(row.centre_id, row.centre_id);
    const codes = workerOccupationCodes(w);
    this.occupations[slot] = this.occupationSets.id(codes.join(','), codes);
    this.place[slot] = this.placeId(w);
    this.sectors[slot] = this.sectorId(w);
    const have = workerSkillSet(w);
    this.skills[slot] = this.skillSets.id([...have].sort().join('\u0001'), have);
    this.expectedWage[slot] = this.wages.id(String(w.expectedWageUsd), w.expectedWageUsd);
    const dob = w.dateOfBirth;
    this.birthYear[slot] = dob ? Number(dob.slice(0, 4)) : (w.birthYear ?? 0);
    this.birthDay[slot] = dob ? Number(dob.slice(5, 7)) * 100 + Number(dob.slice(8, 10)) : -1;
    this.priorityGroup[slot] = (w.sex === 'female' ? WOMAN : 0) | (w.hasDisability ? DISABILITY : 0);
    this.putStays(slot, w);
  }

  private placeId(w: MatchWorker): number {
    const { provinceCode, districtCode, communeCode, preferredProvinces, willingToRelocate } = w;
    return this.places.id(
      [provinceCode, districtCode, communeCode, preferredProvinces.join(','), willingToRelocate].join('|'),
      { provinceCode, districtCode, communeCode, preferredProvinces, willingToRelocate },
    );
  }

  /** Whether a sector was worked in matters, not how often: the past sectors are kept as a sorted set. */
  private sectorId(w: MatchWorker): number {
    const past = [...new Set(w.stays.map((s) => s.sector).filter((s): s is string => !!s))].sort();
    return this.sectorSets.id(`${w.preferredSectors.join(',')}|${past.join(',')}`, {
      preferredSectors: w.preferredSectors,
      stays: past.map((sector) => ({ sector })),
    });
  }

  /** Only stays with an occupation count as experience (experienceYears skips the others). */
  private putStays(slot: number, w: MatchWorker): void {
    const stays: IndexedStay[] = w.stays
      .filter((s) => !!s.occupationIsco)
      .map((s) => ({
        code: this.codes.id(s.occupationIsco!, s.occupationIsco!),
        start: dateMs(s.startedOn),
        end: (s.endedOn ?? null) === null ? Number.POSITIVE_INFINITY : dateMs(s.endedOn),
      }));
    const codes = [...new Set(stays.map((s) => s.code))].sort((a, b) => a - b);
    this.staySet[slot] = this.stayCodeSets.id(codes.join(','), codes);
    this.moreStays.delete(slot);
    this.stayCount[slot] = Math.min(stays.length, INLINE_STAYS + 1);
    if (stays.length > INLINE_STAYS) {
      this.moreStays.set(slot, stays);
      return;
    }
    stays.forEach((s, k) => {
      const at = slot * INLINE_STAYS + k;
      this.stayCode[at] = s.code;
      this.stayStart[at] = s.start;
      this.stayEnd[at] = s.end;
    });
  }

  protected grow(capacity: number): void {
    this.live = grown(this.live, capacity);
    this.centre = grown(this.centre, capacity);
    this.occupations = grown(this.occupations, capacity);
    this.place = grown(this.place, capacity);
    this.sectors = grown(this.sectors, capacity);
    this.skills = grown(this.skills, capacity);
    this.expectedWage = grown(this.expectedWage, capacity);
    this.birthYear = grown(this.birthYear, capacity);
    this.birthDay = grown(this.birthDay, capacity);
    this.priorityGroup = grown(this.priorityGroup, capacity);
    this.stayCount = grown(this.stayCount, capacity);
    this.staySet = grown(this.staySet, capacity);
    this.stayCode = grown(this.stayCode, capacity * INLINE_STAYS);
    this.stayStart = grown(this.stayStart, capacity * INLINE_STAYS);
    this.stayEnd = grown(this.stayEnd, capacity * INLINE_STAYS);
  }
}

export const workerIndexFor = indexPerDatabase(() => new WorkerIndex());
