import { describe, expect, it } from 'vitest';
import {
  JOB_READERS as SERVER_READERS,
  JOB_WRITERS as SERVER_WRITERS,
} from '../../../server/features/employers/job-access';
import { JOB_READERS, JOB_WRITERS } from './job-roles';

describe('jobs access rules in the web app', () => {
  it('offer the jobs screens to exactly the roles the server lets in', () => {
    expect([...JOB_READERS].sort()).toEqual([...SERVER_READERS].sort());
    expect([...JOB_WRITERS].sort()).toEqual([...SERVER_WRITERS].sort());
  });
});
