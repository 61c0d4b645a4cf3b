import { describe, expect, it } from 'vitest';
import { DEDUP_REVIEWERS as SERVER_REVIEWERS } from '../../server/features/dedup/dedup.routes';
import {
  WORKER_READERS as SERVER_READERS,
  WORKER_WRITERS as SERVER_WRITERS,
} from '../../server/features/workers/workers.routes';
import { DEDUP_REVIEWERS, WORKER_READERS, WORKER_WRITERS } from './access';

describe('web access rules', () => {
  it('offer the registry screens to exactly the roles the server lets in', () => {
    expect([...WORKER_READERS].sort()).toEqual([...SERVER_READERS].sort());
    expect([...WORKER_WRITERS].sort()).toEqual([...SERVER_WRITERS].sort());
    expect([...DEDUP_REVIEWERS].sort()).toEqual([...SERVER_REVIEWERS].sort());
  });
});
