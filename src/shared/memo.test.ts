import { describe, expect, it } from 'vitest';
import { memoize } from './memo';

describe('memoize', () => {
  it('works a key out once, null included, and again once it has forgotten everything', () => {
    const calls: string[] = [];
    const lengthOf = memoize(2, (text: string): number | null => {
      calls.push(text);
      return text === '' ? null : text.length;
    });
    expect(lengthOf('ab', 'ab')).toBe(2);
    expect(lengthOf('ab', 'ab')).toBe(2);
    expect(lengthOf('', '')).toBeNull();
    expect(lengthOf('', '')).toBeNull();
    expect(calls).toEqual(['ab', '']);
    // A third key fills it past its limit: it starts again, so 'ab' is worked out anew.
    expect(lengthOf('abc', 'abc')).toBe(3);
    expect(lengthOf('ab', 'ab')).toBe(2);
    expect(calls).toEqual(['ab', '', 'abc', 'ab']);
  });

  it('remembers by the key, and works out the input it is given', () => {
    const double = memoize(10, (n: number) => n * 2);
    expect(double('seven', 7)).toBe(14);
    expect(double('seven', 8)).toBe(14);
    expect(double('eight', 8)).toBe(16);
  });
});
