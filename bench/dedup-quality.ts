/**
 * Precision and recall of the registry's duplicate detection against a generator truth file:
 *   node --import tsx bench/dedup-quality.ts TRUTH.csv PAIRS.csv
 * where PAIRS.csv is `homeward dedup pairs --format csv` after importing the generated files.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

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
  let linked = 0;
  let linkedTrue = 0;
  const found = new Set<string>();
  const reviewRecords = new Set<string>();
  let review = 0;
  for (const p of pairs) {
    const a = `${p.source_a}|${p.source_id_a}`;
    const b = `${p.source_b}|${p.source_id_b}`;
    const same = person.get(a) !== undefined && person.get(a) === person.get(b);
    if (p.decision === 'linked') {
      linked++;
      if (same) linkedTrue++;
    } else {
      review++;
      reviewRecords.add(a);
      reviewRecords.add(b);
    }
    if (same) found.add(a < b ? `${a}#${b}` : `${b}#${a}`);
  }
  return {
    records: truth.length,
    truePairs,
    linkedPairs: linked,
    reviewPairs: review,
    linkPrecision: linked ? linkedTrue / linked : 1,
    recall: truePairs ? found.size / truePairs : 1,
    reviewShareOfRecords: reviewRecords.size / truth.length,
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
