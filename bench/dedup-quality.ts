/**
 * Precision, recall and review-queue size of the registry's duplicate detection against a generator truth file:
 *   node --import tsx bench/dedup-quality.ts TRUTH.csv PAIRS.csv
 * where PAIRS.csv is `homeward dedup pairs --format csv` after importing the generated files.
 *
 * What the targets mean, measured here:
 * - automatic links at least 99 % precise: of the source-record pairs the registry holds as one worker
 *   (`linked` rows), the share that are one person;
 * - linked plus review find at least 95 % of true duplicate pairs: a true pair counts when its two records are
 *   one worker or their two workers are a pair in the review queue;
 * - the review queue holds at most 5 % of records: the queue's items are pairs of WORKERS (a person answers
 *   "is worker X the same as worker Y", once), so its size is the number of distinct worker pairs among the
 *   `review` rows, over the number of records. The CSV lists every pair of source records behind an item (a
 *   worker of three records against one of two is six rows), so rows would overstate the queue; workers are
 *   rebuilt from the `linked` rows, which list every pair of records held by one worker.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** Union-find over string ids. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let cur = x; cur !== root; ) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra, rb);
  }
}

export function dedupQuality(truthCsv: string, pairsCsv: string) {
  const truth = parse(truthCsv, { columns: true }) as {
    source: string;
    source_id: string;
    person_id: string;
  }[];
  const person = new Map(truth.map((t) => [`${t.source}|${t.source_id}`, t.person_id]));
  const perPerson = new Map<string, number>();
  for (const t of truth) perPerson.set(t.person_id, (perPerson.get(t.person_id) ?? 0) + 1);
  let truePairs = 0;
  for (const n of perPerson.values()) truePairs += (n * (n - 1)) / 2;
  const pairs = parse(pairsCsv, { columns: true }) as Record<string, string>[];

  const workers = new Groups();
  let linked = 0;
  let linkedTrue = 0;
  let reviewRows = 0;
  const found = new Set<string>();
  const review: [string, string][] = [];
  for (const p of pairs) {
    const a = `${p.source_a}|${p.source_id_a}`;
    const b = `${p.source_b}|${p.source_id_b}`;
    const same = person.get(a) !== undefined && person.get(a) === person.get(b);
    if (p.decision === 'linked') {
      linked++;
      if (same) linkedTrue++;
      workers.union(a, b);
    } else {
      reviewRows++;
      review.push([a, b]);
    }
    if (same) found.add(a < b ? `${a}#${b}` : `${b}#${a}`);
  }

  // Review items: distinct pairs of workers; groups: workers joined by review items, for a reviewer who looks
  // at all the look-alikes of one person at once.
  const items = new Map<string, { worker: string; same: boolean }>();
  const reviewRecords = new Set<string>();
  const groups = new Groups();
  for (const [a, b] of review) {
    const wa = workers.find(a);
    const wb = workers.find(b);
    const key = wa < wb ? `${wa}#${wb}` : `${wb}#${wa}`;
    const same = person.get(a) !== undefined && person.get(a) === person.get(b);
    items.set(key, { worker: wa, same: (items.get(key)?.same ?? false) || same });
    reviewRecords.add(a);
    reviewRecords.add(b);
    groups.union(wa, wb);
  }
  const reviewGroups = new Set([...items.values()].map((i) => groups.find(i.worker))).size;
  const reviewItemsTrue = [...items.values()].filter((i) => i.same).length;

  return {
    records: truth.length,
    truePairs,
    /** Source-record pairs held by one worker. */
    linkedPairs: linked,
    /** Source-record pairs behind the review items (CSV rows). */
    reviewPairs: reviewRows,
    linkPrecision: linked ? linkedTrue / linked : 1,
    recall: truePairs ? found.size / truePairs : 1,
    /** Items in the review queue: distinct pairs of workers. */
    reviewItems: items.size,
    /** Review items whose two workers hold one person. */
    reviewItemsTrue,
    /** Sets of workers joined by review items (what a reviewer would look at together). */
    reviewGroups,
    /** The review queue's size against the target: review items per record. */
    reviewShareOfRecords: items.size / truth.length,
    /** Records that appear in some review item. */
    reviewRecordShare: reviewRecords.size / truth.length,
  };
}

if (process.argv[1]?.endsWith('dedup-quality.ts')) {
  const [truth, pairs] = process.argv.slice(2);
  if (!truth || !pairs) {
    console.error('usage: node --import tsx bench/dedup-quality.ts TRUTH.csv PAIRS.csv');
    process.exit(1);
  }
  console.log(
    JSON.stringify(dedupQuality(readFileSync(truth, 'utf8'), readFileSync(pairs, 'utf8')), null, 2),
  );
}
