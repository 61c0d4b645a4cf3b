/**
 * Child process of the HTTP phase: node --import tsx http-load.child.ts PLAN.json
 * Runs autocannon against each endpoint of the plan in turn and prints one JSON line of results. It is a
 * separate process so the load generator neither shares the server's event loop nor counts in its memory.
 */
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface LoadEndpoint {
  name: string;
  method: 'GET' | 'POST';
  /** Requests rotate through these paths (and bodies, when given), so caches see a realistic spread. */
  paths: string[];
  bodies?: string[];
}

export interface LoadPlan {
  url: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  endpoints: LoadEndpoint[];
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function load(plan: LoadPlan, endpoint: LoadEndpoint): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    headers: plan.headers,
    method: endpoint.method,
    requests: [
      {
        setupRequest: (request) => {
          const i = next++;
          const body = endpoint.bodies?.[i % endpoint.bodies.length];
          return {
            ...request,
            path: endpoint.paths[i % endpoint.paths.length]!,
            ...(body === undefined ? {} : { body }),
          };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const planFile = process.argv[2];
if (!planFile) {
  console.error('usage: http-load.child.ts PLAN.json');
  process.exit(1);
}
const plan = JSON.parse(readFileSync(planFile, 'utf8')) as LoadPlan;
const results: Record<string, LoadResult> = {};
for (const endpoint of plan.endpoints) results[endpoint.name] = await load(plan, endpoint);
console.log(JSON.stringify(results));
