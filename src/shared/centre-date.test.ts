import { describe, expect, it } from 'vitest';
import { addDays, centreToday } from './centre-date';

describe('dates at the centres', () => {
  it('counts today in Cambodia’s time, not the server’s', () => {
    expect(centreToday(new Date('2026-11-25T16:59:00Z'))).toBe('2026-11-25');
    expect(centreToday(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
