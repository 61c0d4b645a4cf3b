/** The machine a run measured, with its load: a shared machine inflates latencies, so the run says how busy it was. */
import os from 'node:os';
import type { DbKind } from '../src/server/db/create-db';
import type { Db } from '../src/server/db/database';
import { serverSettings, serverVersion } from './bench-database';

const round2 = (v: number) => Math.round(v * 100) / 100;

export const loadAverage = (): number[] => os.loadavg().map(round2);

export async function describeMachine(db: Db, kind: DbKind, loadAtStart: number[]) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    database: kind === 'pglite' ? 'PGlite' : 'PostgreSQL',
    databaseVersion: await serverVersion(db),
    databaseSettings: await serverSettings(db),
    loadAverage: { atStart: loadAtStart, atEnd: loadAverage() },
  };
}
