/**
 * A pure function remembered by a key of its input, for what the duplicate check works out once per record
 * read (name keys, birth ranges, phone numbers): a million-row import reads the same names and numbers
 * millions of times. Forgets everything once it holds `limit` keys, which bounds its memory without the cost
 * of tracking use; what is common comes back at once. What it returns is shared: callers must not change it.
 */
export function memoize<A, V>(limit: number, compute: (input: A) => V): (key: string, input: A) => V {
  const remembered = new Map<string, V>();
  return (key: string, input: A): V => {
    let value = remembered.get(key);
    if (value === undefined) {
      value = compute(input);
      if (remembered.size >= limit) remembered.clear();
      remembered.set(key, value);
    }
    return value;
  };
}
