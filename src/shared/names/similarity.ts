/**
 * String similarity for name keys. Jaro-Winkler suits short names: it forgives a transposed or mistyped letter
 * and rewards a shared beginning, where romanised variants agree most. Written without allocation per call
 * beyond two small flag arrays, since the comparator calls it for every candidate pair.
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Jaro similarity in [0, 1]. */
export function jaro(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const ca = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ca) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3;
}

/** Jaro-Winkler similarity in [0, 1]: Jaro plus a bonus for a common prefix of up to four characters. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  return j < 0.7 ? j : winkler(a, b, j);
}

function winkler(a: string, b: string, j: number): number {
  let prefix = 0;
  const max = Math.min(4, a.length, b.length);
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/**
 * jaroWinkler(a, b) >= threshold, skipping the computation when the lengths alone rule it out (the usual case
 * for two different names): Jaro cannot exceed (s/la + s/lb + 1) / 3 with s the shorter length.
 */
export function jaroWinklerAtLeast(a: string, b: string, threshold: number): boolean {
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return false;
  const s = Math.min(la, lb);
  const bound = (s / la + s / lb + 1) / 3;
  if (bound + 0.4 * (1 - bound) < threshold) return false;
  return jaroWinkler(a, b) >= threshold;
}

/** True when b can be made from a by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
