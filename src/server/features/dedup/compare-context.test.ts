import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../db/create-db';
import { createTestDb } from '../../testing/test-db';
import { loadNameFrequencies } from './compare-context';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe('name frequencies', () => {
  it('loads once for requests arriving together, and again when forced', async () => {
    const together = await Promise.all(Array.from({ length: 5 }, () => loadNameFrequencies(handle.db)));
    for (const f of together) expect(f).toBe(together[0]);
    expect(await loadNameFrequencies(handle.db)).toBe(together[0]);
    const forced = await loadNameFrequencies(handle.db, true);
    expect(forced).not.toBe(together[0]);
    expect(forced.total).toBe(together[0]!.total);
    expect(await loadNameFrequencies(handle.db)).toBe(forced);
  });
});
