import { describe, expect, it } from 'vitest';
import { uuidv7 } from './uuid-v7';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('gives version 7 ids that carry the millisecond', () => {
    const ms = Date.UTC(2026, 11, 8, 1, 2, 3, 456);
    const id = uuidv7(ms + 1_000_000);
    expect(id).toMatch(UUID_V7);
    expect(Number.parseInt(id.replace('-', '').slice(0, 12), 16)).toBe(ms + 1_000_000);
  });

  it('gives distinct ids in increasing order, within one millisecond and when the clock goes back', () => {
    const ms = Date.now() + 2_000_000;
    const ids = [
      ...Array.from({ length: 5_000 }, () => uuidv7(ms)),
      ...Array.from({ length: 100 }, () => uuidv7(ms - 60_000)),
      ...Array.from({ length: 100 }, (_, i) => uuidv7(ms + 10 + i)),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
  });
});
