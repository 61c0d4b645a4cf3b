/**
 * Runs the whole matching pipeline over a labelled test set, as the batch run would over the registry:
 * prepare every record, count names and phones, build blocks, compare every candidate pair once, and score
 * the decisions against the labels. Recall counts every true pair, including those blocking never proposed.
 */
import { blockingKeysPrepared, MAX_BLOCK_SIZE } from '../blocking';
import { resolveClusters, type ScoredPair } from '../clusters';
import {
  type CompareContext,
  type Comparison,
  comparePrepared,
  type Decision,
  estimateDuplicatesPerRecord,
} from '../compare';
import { buildNameFrequencies } from '../frequencies';
import { frequencyKeys, type PreparedRecord, prepareRecord } from '../record';
import type { TestPerson, TestSet } from './generate';

export type Relation = 'same' | 'twin' | 'sibling' | 'spouse' | 'parentChild' | 'sameName' | 'other';

export interface Tally {
  pairs: number;
  link: number;
  review: number;
  distinct: number;
}

export interface Evaluation {
  records: number;
  persons: number;
  truePairs: number;
  candidatePairs: number;
  /** True pairs that share at least one block. */
  blockingRecall: number;
  /** Correct automatic links / all automatic links. */
  linkPrecision: number;
  /** True pairs linked or sent to review / all true pairs. */
  recall: number;
  /** True pairs linked automatically / all true pairs. */
  linkRecall: number;
  /** Pairs sent to review / records. */
  reviewShare: number;
  /** Records that appear in at least one review pair / records (one review task per record). */
  reviewRecordShare: number;
  /** Review pairs that are true duplicates. */
  reviewPrecision: number;
  keysPerRecord: number;
  /** The duplicate rate the first pass estimated, used by the second. */
  duplicatesPerRecord: number;
  largestBlock: number;
  skippedBlocks: number;
  byRelation: Record<Relation, Tally>;
  /** The same after resolveClusters: links merged transitively, one review item per pair of clusters. */
  clusters: {
    /** Record pairs in one cluster that are one person / all record pairs in one cluster. */
    precision: number;
    /** True pairs in one cluster or in a review item / all true pairs. */
    recall: number;
    /** True pairs in one cluster / all true pairs. */
    linkRecall: number;
    /** Review items / records. */
    reviewShare: number;
    /** Review items joining clusters of one person / review items. */
    reviewPrecision: number;
    refusedLinks: number;
    settledReviews: number;
    /** Record pairs put in one cluster, by relation (twins, siblings... should stay at zero). */
    mergedByRelation: Record<Relation, number>;
  };
  /** A few wrong automatic links and missed pairs, for reading when a figure moves. */
  falseLinks: { a: string; b: string; relation: Relation; comparison: Comparison }[];
  missed: { a: string; b: string; comparison: Comparison | null }[];
}

function relation(a: TestPerson, b: TestPerson): Relation {
  if (a.id === b.id) return 'same';
  if (a.householdId === b.householdId) {
    if (a.twinOf === b.id) return 'twin';
    if (a.role === 'child' && b.role === 'child') return 'sibling';
    if (a.role !== 'child' && b.role !== 'child') return 'spouse';
    return 'parentChild';
  }
  if (a.family === b.family && a.given === b.given) return 'sameName';
  return 'other';
}

const emptyTally = (): Tally => ({ pairs: 0, link: 0, review: 0, distinct: 0 });
const RELATIONS = ['same', 'twin', 'sibling', 'spouse', 'parentChild', 'sameName', 'other'] as const;

export function evaluate(set: TestSet): Evaluation {
  const { records, persons } = set;
  const prepared: PreparedRecord[] = records.map((r) => prepareRecord(r));
  const names = buildNameFrequencies(prepared.map(frequencyKeys));
  const phoneHolders = new Map<string, number>();
  for (const p of prepared)
    for (const phone of p.phones) phoneHolders.set(phone, (phoneHolders.get(phone) ?? 0) + 1);
  const base = {
    names,
    phoneHolders: (e164: string) => phoneHolders.get(e164) ?? 1,
    registrySize: records.length,
  };

  const blocks = new Map<string, number[]>();
  let keyCount = 0;
  prepared.forEach((p, i) => {
    for (const key of blockingKeysPrepared(p)) {
      keyCount++;
      const block = blocks.get(key);
      if (block) block.push(i);
      else blocks.set(key, [i]);
    }
  });

  let largestBlock = 0;
  let skippedBlocks = 0;
  const n = records.length;
  const candidates = new Set<number>();
  for (const block of blocks.values()) {
    largestBlock = Math.max(largestBlock, block.length);
    if (block.length > MAX_BLOCK_SIZE) {
      skippedBlocks++;
      continue;
    }
    for (let x = 0; x < block.length; x++) {
      for (let y = x + 1; y < block.length; y++) {
        candidates.add(Math.min(block[x]!, block[y]!) * n + Math.max(block[x]!, block[y]!));
      }
    }
  }
  // Two passes, as the batch run should do it: the first with the default duplicate rate, the second with the
  // rate the first one found (its expected number of true pairs). No label is used.
  const run = (ctx: CompareContext): Map<number, Comparison> => {
    const out = new Map<number, Comparison>();
    for (const id of candidates)
      out.set(id, comparePrepared(prepared[Math.floor(id / n)]!, prepared[id % n]!, ctx));
    return out;
  };
  let expectedPairs = 0;
  for (const c of run(base).values()) expectedPairs += c.probability;
  const duplicatesPerRecord = estimateDuplicatesPerRecord(expectedPairs, n);
  const compared = run({ ...base, duplicatesPerRecord });

  const byRelation = {} as Record<Relation, Tally>;
  for (const rel of RELATIONS) byRelation[rel] = emptyTally();
  const falseLinks: Evaluation['falseLinks'] = [];
  const count = { link: 0, review: 0, linkTrue: 0, reviewTrue: 0 };
  const inReview = new Set<number>();
  for (const [id, comparison] of compared) {
    const i = Math.floor(id / n);
    const j = id % n;
    const rel = relation(persons[records[i]!.personId]!, persons[records[j]!.personId]!);
    const tally = byRelation[rel];
    tally.pairs++;
    tally[comparison.decision]++;
    if (comparison.decision === 'link') {
      count.link++;
      if (rel === 'same') count.linkTrue++;
      else if (falseLinks.length < 10)
        falseLinks.push({ a: records[i]!.recordId, b: records[j]!.recordId, relation: rel, comparison });
    } else if (comparison.decision === 'review') {
      count.review++;
      inReview.add(i);
      inReview.add(j);
      if (rel === 'same') count.reviewTrue++;
    }
  }

  const clusters = clusterFigures(set, prepared, compared, { ...base, duplicatesPerRecord });

  // Every true pair, whether blocking proposed it or not.
  const byPerson = new Map<number, number[]>();
  records.forEach((r, i) => {
    const list = byPerson.get(r.personId);
    if (list) list.push(i);
    else byPerson.set(r.personId, [i]);
  });
  let truePairs = 0;
  let proposed = 0;
  const missed: Evaluation['missed'] = [];
  for (const idx of byPerson.values()) {
    for (let x = 0; x < idx.length; x++) {
      for (let y = x + 1; y < idx.length; y++) {
        truePairs++;
        const comparison = compared.get(idx[x]! * n + idx[y]!) ?? null;
        if (comparison !== null) proposed++;
        const found: Decision | null = comparison?.decision ?? null;
        if ((found === null || found === 'distinct') && missed.length < 10) {
          missed.push({ a: records[idx[x]!]!.recordId, b: records[idx[y]!]!.recordId, comparison });
        }
      }
    }
  }

  return {
    records: n,
    persons: persons.length,
    truePairs,
    candidatePairs: compared.size,
    blockingRecall: proposed / truePairs,
    linkPrecision: count.link === 0 ? 1 : count.linkTrue / count.link,
    recall: (count.linkTrue + count.reviewTrue) / truePairs,
    linkRecall: count.linkTrue / truePairs,
    reviewShare: count.review / n,
    reviewRecordShare: inReview.size / n,
    reviewPrecision: count.review === 0 ? 1 : count.reviewTrue / count.review,
    keysPerRecord: keyCount / n,
    duplicatesPerRecord,
    largestBlock,
    skippedBlocks,
    byRelation,
    clusters,
    falseLinks,
    missed,
  };
}

function clusterFigures(
  set: TestSet,
  prepared: readonly PreparedRecord[],
  compared: ReadonlyMap<number, Comparison>,
  ctx: CompareContext,
): Evaluation['clusters'] {
  const { records, persons } = set;
  const n = records.length;
  const pairs: ScoredPair[] = [];
  for (const [id, comparison] of compared) {
    if (comparison.decision !== 'distinct') pairs.push({ a: Math.floor(id / n), b: id % n, comparison });
  }
  const cache = new Map(compared);
  const compare = (a: number, b: number): Comparison => {
    const id = Math.min(a, b) * n + Math.max(a, b);
    let c = cache.get(id);
    if (c === undefined) {
      c = comparePrepared(prepared[Math.min(a, b)]!, prepared[Math.max(a, b)]!, ctx);
      cache.set(id, c);
    }
    return c;
  };
  const r = resolveClusters(n, pairs, compare);
  const person = (i: number): number => records[i]!.personId;

  const groups = new Map<number, number[]>();
  r.cluster.forEach((c, i) => {
    const g = groups.get(c);
    if (g) g.push(i);
    else groups.set(c, [i]);
  });
  const mergedByRelation = {} as Record<Relation, number>;
  for (const rel of RELATIONS) mergedByRelation[rel] = 0;
  let inCluster = 0;
  let inClusterTrue = 0;
  for (const g of groups.values()) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) {
        inCluster++;
        const rel = relation(persons[person(g[x]!)]!, persons[person(g[y]!)]!);
        mergedByRelation[rel]++;
        if (rel === 'same') inClusterTrue++;
      }
    }
  }
  const reviewKeys = new Set(r.reviews.map((v) => clusterKey(r.cluster[v.a]!, r.cluster[v.b]!)));
  let reviewTrue = 0;
  for (const v of r.reviews) {
    const ga = groups.get(r.cluster[v.a]!)!;
    const gb = groups.get(r.cluster[v.b]!)!;
    if (ga.some((x) => gb.some((y) => person(x) === person(y)))) reviewTrue++;
  }
  let truePairs = 0;
  let linked = 0;
  let found = 0;
  const byPerson = new Map<number, number[]>();
  records.forEach((rec, i) => {
    const list = byPerson.get(rec.personId);
    if (list) list.push(i);
    else byPerson.set(rec.personId, [i]);
  });
  for (const idx of byPerson.values()) {
    for (let x = 0; x < idx.length; x++) {
      for (let y = x + 1; y < idx.length; y++) {
        truePairs++;
        const ca = r.cluster[idx[x]!]!;
        const cb = r.cluster[idx[y]!]!;
        if (ca === cb) {
          linked++;
          found++;
        } else if (reviewKeys.has(clusterKey(ca, cb))) found++;
      }
    }
  }
  return {
    precision: inCluster === 0 ? 1 : inClusterTrue / inCluster,
    recall: found / truePairs,
    linkRecall: linked / truePairs,
    reviewShare: r.reviews.length / n,
    reviewPrecision: r.reviews.length === 0 ? 1 : reviewTrue / r.reviews.length,
    refusedLinks: r.refusedLinks,
    settledReviews: r.settledReviews,
    mergedByRelation,
  };
}

const clusterKey = (a: number, b: number): string => (a < b ? `${a}:${b}` : `${b}:${a}`);
