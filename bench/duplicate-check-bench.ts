/**
 * The online duplicate check a counsellor's intake form calls while typing: POST /api/dedup/check through the
 * product's HTTP app in-process (`app.request`), so routing, validation, session and CSRF checks are counted
 * but not the network, which the HTTP phase measures separately.
 */
import type { DbKind } from '../src/server/db/create-db';
import type { Db } from '../src/server/db/database';
import { createApp } from '../src/server/http/app';
import { createLogger } from '../src/server/logger';
import { type Latency, timeEach } from './latency';
import type { DuplicateCheckBody } from './queries';
import { signIn } from './session';

export interface DuplicateCheckResult extends Latency {
  /** Candidates returned per check, on average (link and review outcomes only). */
  meanCandidates: number;
}

export async function benchDuplicateCheck(
  db: Db,
  dbKind: DbKind,
  admin: { email: string; password: string },
  bodies: DuplicateCheckBody[],
  options: { uploadDir: string; budgetSeconds: number },
): Promise<DuplicateCheckResult> {
  const app = createApp({
    db,
    dbKind,
    logger: createLogger('silent'),
    config: { webDir: null, sessionHours: 12, uploadDir: options.uploadDir },
  });
  const fetcher = async (path: string, init: RequestInit) => app.request(path, init);
  const session = await signIn(fetcher, admin.email, admin.password);
  let candidates = 0;
  let checks = 0;
  const latency = await timeEach(
    bodies,
    async (body) => {
      const res = await fetcher('/api/dedup/check', {
        method: 'POST',
        headers: session.headers,
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`duplicate check answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as { candidates: unknown[] };
    },
    {
      budgetSeconds: options.budgetSeconds,
      observe: (result) => {
        candidates += result.candidates.length;
        checks++;
      },
    },
  );
  return { ...latency, meanCandidates: Math.round((candidates / Math.max(1, checks)) * 100) / 100 };
}
