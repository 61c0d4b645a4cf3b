/**
 * The pieces the in-memory indexes share: codes interned to small integers, typed columns that grow, and
 * factor values computed once per distinct code in a search.
 */

/** Distinct values numbered in order of first sight; `values[i]` gives one back. */
export class Interner<T> {
  readonly values: T[] = [];
  private readonly ids = new Map<string, number>();
  id(key: string, value: T): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(key, id);
      this.values.push(value);
    }
    return id;
  }
}

type Column = Int32Array | Float64Array | Uint8Array;

/** A copy of a column with room for `capacity` entries, the new ones zero. */
export function grown<T extends Column>(column: T, capacity: number): T {
  const next = new (column.constructor as new (n: number) => T)(capacity);
  next.set(column);
  return next;
}

/** A factor computed once per distinct value of an interned code: a search's loop reads an array, not a closure. */
export function table(size: number, compute: (id: number) => number): Float64Array {
  const values = new Float64Array(size);
  for (let id = 0; id < size; id++) values[id] = compute(id);
  return values;
}
