/**
 * Pure functions remembered by a key of their input, for what the duplicate check works out once per record
 * read (name keys, birth ranges, phone numbers): a million-row import reads the same names and numbers
 * millions of times. Each forgets everything once it holds `limit` keys, which bounds its memory without the
 * cost of tracking use; what is common comes back at once. What it returns is shared: callers must not change it.
 */
export function memoizeBy<A, V>(
  limit: number,
  keyOf: (input: A) => string,
  compute: (input: A) => V,
): (input: A) => V {
  const remembered = new Map<string, V>();
  return (input: A): V => {
    const key = keyOf(input);
    let value = remembered.get(key);
    if (value === undefined) {
      value = compute(input);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(key, value);
    }
    return value;
  };
}

/** A function of one string, remembered by it. */
export const memoize = <V>(limit: number, compute: (text: string) => V): ((text: string) => V) =>
  memoizeBy(limit, (text: string) => text, compute);
