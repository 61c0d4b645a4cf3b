/**
 * Seeded pseudo-random numbers for the demo generator. The same seed must give byte-identical files on every
 * machine and Node version, so nothing here may touch Math.random or floating-point functions whose last bit
 * could differ between engines: only 32-bit integer arithmetic and one division by 2^32.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit state, passes PractRand), seeded
 * through splitmix32 so that nearby seeds (1, 2, 3...) give unrelated streams.
 */

const TWO_POW_32 = 4294967296;

/** splitmix32 step: a well-mixed 32-bit value from a counter, used only to seed and to derive seeds. */
function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a hash of a label, so each part of the data set can have its own stream derived from one seed. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A seed for one independent stream: the workers do not shift when the number of employers changes, and
 * employer number i is the same whichever vacancy asks for it.
 */
export function deriveSeed(seed: number, ...parts: readonly (string | number)[]): number {
  let h = mix32(seed >>> 0);
  for (const part of parts) h = mix32(h ^ (typeof part === 'number' ? part >>> 0 : hashLabel(part)));
  return h;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = mix32(seed);
    this.b = mix32(this.a);
    this.c = mix32(this.b);
    this.d = mix32(this.c);
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Next unsigned 32-bit integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next() / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** Roughly bell-shaped in [min, max] (mean of three uniforms): ages, wages and lags cluster in the middle. */
  bell(min: number, max: number): number {
    return min + ((this.float() + this.float() + this.float()) / 3) * (max - min);
  }
}

/** Picks among values in proportion to their weights (cumulative table, binary search). */
export class Weighted<T> {
  readonly values: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, weight]) => weight > 0);
    if (kept.length === 0) throw new Error('A weighted choice needs at least one positive weight');
    this.values = kept.map(([value]) => value);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(rng: Random): T {
    const target = rng.float() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/** Weighted choice from a record of weights, e.g. `{ plain: 7, spaced: 2 }`; keys left out are never chosen. */
export const weightedKeys = <K extends string>(weights: Readonly<Partial<Record<K, number>>>): Weighted<K> =>
  new Weighted(Object.entries(weights) as [K, number][]);
