/**
 * The whole data set as one lazy stream of rows: employers, then vacancies, then worker rows each followed by
 * its truth row. Nothing is kept per row, so a million workers cost the same memory as a thousand; the caller
 * pulls rows as fast as it can write them (which is the backpressure).
 *
 * A person's second and later registrations are held back a random number of rows before they are written,
 * as happens when the same person registers again weeks later: otherwise they would sit next to the first one
 * and any order-dependent duplicate check would find them for the wrong reason.
 */
import { type Row, T, TRUTH_COLUMNS, W, WORKER_SOURCES, type WorkerSource } from './columns';
import { dayOf } from './dates';
import { EmployerFactory } from './employers';
import { type Gazetteer, PlaceSampler } from './gazetteer';
import type { NamePools } from './name-pool';
import type { DemoOptions } from './options';
import { type Person, PersonFactory } from './persons';
import { deriveSeed, Random, Weighted } from './random';
import { SOURCE_PROFILES } from './sources';
import { VacancyFactory } from './vacancies';
import { WorkerRenderer } from './worker-row';

/** Names and places the generator draws from: read once from the shared files (see reference-files.ts). */
export interface DemoReference {
  readonly names: NamePools;
  readonly gazetteer: Gazetteer;
}

export type DemoRecord =
  | { readonly file: 'employers'; readonly row: Row }
  | { readonly file: 'vacancies'; readonly row: Row }
  | { readonly file: 'workers'; readonly source: WorkerSource; readonly row: Row }
  | { readonly file: 'truth'; readonly row: Row };

export interface DemoStats {
  persons: number;
  lookalikeGroups: number;
}

/** How far (in worker rows) a later registration of the same person is pushed back, at most. */
const MAX_DELAY_ROWS = 50_000;

interface Pending {
  due: number;
  order: number;
  source: WorkerSource;
  row: Row;
  truth: Row;
}

/** Min-heap of held-back rows by due position, ties in insertion order (so output stays deterministic). */
class PendingRows {
  private readonly heap: Pending[] = [];

  get size(): number {
    return this.heap.length;
  }

  private before(a: Pending, b: Pending): boolean {
    return a.due < b.due || (a.due === b.due && a.order < b.order);
  }

  push(item: Pending): void {
    const heap = this.heap;
    heap.push(item);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  peek(): Pending | undefined {
    return this.heap[0];
  }

  pop(): Pending | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && this.before(heap[left]!, heap[smallest]!)) smallest = left;
        if (right < heap.length && this.before(heap[right]!, heap[smallest]!)) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
        i = smallest;
      }
    }
    return top;
  }
}

/** How many rows a person has: one, or two to four for the share registered more than once. */
function rowsFor(rng: Random, duplicateShare: number): number {
  if (!rng.chance(duplicateShare)) return 1;
  const r = rng.float();
  return r < 0.6 ? 2 : r < 0.88 ? 3 : 4;
}

const SOURCE_SHARE = new Weighted(WORKER_SOURCES.map((s) => [s, SOURCE_PROFILES[s].share] as const));

/** The channels of one person's rows: mostly different ones; one in seven repeats a channel (called twice). */
function sourcesFor(rng: Random, count: number): WorkerSource[] {
  const sources: WorkerSource[] = [];
  while (sources.length < count) {
    let source = SOURCE_SHARE.pick(rng);
    if (sources.length > 0 && !rng.chance(0.15)) {
      for (let attempt = 0; attempt < 10 && sources.includes(source); attempt++)
        source = SOURCE_SHARE.pick(rng);
    }
    sources.push(source);
  }
  return sources;
}

function truthRow(source: WorkerSource, person: Person, variants: readonly string[]): Row {
  const row: Row = new Array<string>(TRUTH_COLUMNS.length).fill('');
  row[T.source] = source;
  row[T.person_id] = person.id;
  row[T.variants] = variants.join(';');
  row[T.lookalike_group] = person.group?.id ?? '';
  row[T.lookalike_kind] = person.group?.kind ?? '';
  return row;
}

export interface DemoGenerator {
  readonly records: Iterable<DemoRecord>;
  /** Filled in as the records are pulled; complete once they are all read. */
  readonly stats: DemoStats;
}

export function createDemoGenerator(reference: DemoReference, options: DemoOptions): DemoGenerator {
  const stats: DemoStats = { persons: 0, lookalikeGroups: 0 };
  return { records: records(reference, options, stats), stats };
}

function* records(reference: DemoReference, options: DemoOptions, stats: DemoStats): Generator<DemoRecord> {
  const asOf = dayOf(options.asOf);
  const places = new PlaceSampler(reference.gazetteer);
  const employers = new EmployerFactory(options.seed, reference.names, places);

  for (let i = 0; i < options.employers; i++) {
    const rng = new Random(deriveSeed(options.seed, 'employer-row', i));
    yield { file: 'employers', row: employers.row(employers.at(i), rng) };
  }

  const vacancies = new VacancyFactory(employers, options.employers, places, asOf);
  const vacancyRng = new Random(deriveSeed(options.seed, 'vacancies'));
  for (let i = 0; i < options.vacancies; i++) yield { file: 'vacancies', row: vacancies.row(i, vacancyRng) };

  yield* workerRecords(reference, options, stats, places, asOf);
}

function* workerRecords(
  reference: DemoReference,
  options: DemoOptions,
  stats: DemoStats,
  places: PlaceSampler,
  asOf: number,
): Generator<DemoRecord> {
  const rng = new Random(deriveSeed(options.seed, 'workers'));
  const people = new PersonFactory({ names: reference.names, places, womenShare: options.womenShare, asOf });
  const renderer = new WorkerRenderer(places, asOf);
  const sequence = Object.fromEntries(WORKER_SOURCES.map((s) => [s, 0])) as Record<WorkerSource, number>;
  const pending = new PendingRows();
  const maxDelay = Math.max(1, Math.min(MAX_DELAY_ROWS, options.workers));
  let planned = 0;
  let emitted = 0;
  let order = 0;

  /** Source ids are numbered in file order, as a channel's own list would be. */
  const emit = (item: Pending): [DemoRecord, DemoRecord] => {
    sequence[item.source]++;
    const sourceId = SOURCE_PROFILES[item.source].idPrefix + String(sequence[item.source]).padStart(7, '0');
    item.row[W.source_id] = sourceId;
    item.truth[T.source_id] = sourceId;
    emitted++;
    return [
      { file: 'workers', source: item.source, row: item.row },
      { file: 'truth', row: item.truth },
    ];
  };

  while (planned < options.workers) {
    const group = people.nextGroup(rng);
    if (group.length > 1) stats.lookalikeGroups++;
    for (const person of group) {
      if (planned >= options.workers) break;
      const count = Math.min(rowsFor(rng, options.duplicateShare), options.workers - planned);
      const sources = sourcesFor(rng, count);
      stats.persons++;
      planned += count;
      sources.forEach((source, i) => {
        const { row, variants } = renderer.render(rng, person, SOURCE_PROFILES[source]);
        const truth = truthRow(source, person, variants);
        if (i === 0) pending.push({ due: emitted, order: order++, source, row, truth });
        else pending.push({ due: emitted + 1 + rng.int(maxDelay), order: order++, source, row, truth });
      });
    }
    for (let next = pending.peek(); next !== undefined && next.due <= emitted; next = pending.peek()) {
      pending.pop();
      const [worker, truth] = emit(next);
      yield worker;
      yield truth;
    }
  }
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [worker, truth] = emit(next);
    yield worker;
    yield truth;
  }
}
