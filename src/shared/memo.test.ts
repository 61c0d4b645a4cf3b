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
});
