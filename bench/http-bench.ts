/**
 * Throughput of the real server over loopback: startServer's HTTP listener, a signed-in session, and autocannon
 * (in a child process) for get-a-worker, search, the duplicate check and a worker's matches, each for a bounded
 * number of seconds.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { repoRoot } from './generate-data';
import type { LoadPlan, LoadResult } from './http-load.child';
import type { DuplicateCheckBody } from './queries';
import { signIn } from './session';

export interface HttpResult {
  seconds: number;
  connections: number;
  getWorker: LoadResult;
  search: LoadResult;
  duplicateCheck: LoadResult;
  matches: LoadResult;
}

export interface HttpInputs {
  workerIds: string[];
  /** Names and phones, as the search box sends them. */
  searches: string[];
  checks: DuplicateCheckBody[];
  /** Active workers whose top 20 vacancies are asked for. */
  matchWorkerIds: string[];
}

const run = promisify(execFile);
const child = fileURLToPath(new URL('./http-load.child.ts', import.meta.url));

export async function benchHttp(
  url: string,
  admin: { email: string; password: string },
  inputs: HttpInputs,
  options: { seconds: number; connections: number; workDir: string },
): Promise<HttpResult> {
  const session = await signIn((p, init) => fetch(url + p, init), admin.email, admin.password);
  const plan: LoadPlan = {
    url,
    headers: session.headers,
    seconds: options.seconds,
    connections: options.connections,
    endpoints: [
      { name: 'getWorker', method: 'GET', paths: inputs.workerIds.map((id) => `/api/workers/${id}`) },
      {
        name: 'search',
        method: 'POST',
        paths: ['/api/workers/search'],
        bodies: inputs.searches.map((q) => JSON.stringify({ q })),
      },
      {
        name: 'duplicateCheck',
        method: 'POST',
        paths: ['/api/dedup/check'],
        bodies: inputs.checks.map((b) => JSON.stringify(b)),
      },
      {
        name: 'matches',
        method: 'GET',
        paths: inputs.matchWorkerIds.map((id) => `/api/workers/${id}/matches?limit=20`),
      },
    ],
  };
  const planFile = path.join(options.workDir, 'http-plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, planFile], {
    cwd: repoRoot,
    maxBuffer: 1024 * 1024,
    // Bounded: every endpoint of `seconds` each, plus start-up; a stuck run is ended, never left behind.
    timeout: (plan.endpoints.length * options.seconds + 60) * 1000,
  });
  const results = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, LoadResult>;
  return {
    seconds: options.seconds,
    connections: options.connections,
    getWorker: results.getWorker!,
    search: results.search!,
    duplicateCheck: results.duplicateCheck!,
    matches: results.matches!,
  };
}
