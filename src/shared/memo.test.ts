import { describe, expect, it } from 'vitest';
import { memoize, memoizeBy } from './memo';

describe('memoize', () => {
  it('works a key out once, null included, and again once it has forgotten everything', () => {
    const calls: string[] = [];
    const lengthOf = memoize(2, (text: string): number | null => {
      calls.push(text);
      return text === '' ? null : text.length;
    });
    expect(lengthOf('ab')).toBe(2);
    expect(lengthOf('ab')).toBe(2);
    expect(lengthOf('')).toBeNull();
    expect(lengthOf('')).toBeNull();
    expect(calls).toEqual(['ab', '']);
    // A third key fills it past its limit: it starts again, so 'ab' is worked out anew.
    expect(lengthOf('abc')).toBe(3);
    expect(lengthOf('ab')).toBe(2);
    expect(calls).toEqual(['ab', '', 'abc', 'ab']);
  });

  it('remembers by the key, and works out the input it is given', () => {
    const double = memoizeBy(
      10,
      (x: { name: string; n: number }) => x.name,
      (x) => x.n * 2,
    );
    expect(double({ name: 'seven', n: 7 })).toBe(14);
    expect(double({ name: 'seven', n: 8 })).toBe(14);
    expect(double({ name: 'eight', n: 8 })).toBe(16);
  });
});
