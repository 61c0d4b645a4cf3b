/**
 * Writes the run's data set with the product's own `homeward demo generate`. It runs in a child process so the
 * generator's memory (hundreds of MB at a million rows) is not counted as the server's peak memory.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { DemoFilesSummary } from '../src/server/features/demo/index';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const run = promisify(execFile);

export async function generateData(out: string, scale: number, seed: number): Promise<DemoFilesSummary> {
  // Employers and vacancies in the README's proportions, so the same files serve matching once it is built.
  const args = [
    path.join(repoRoot, 'bin/homeward.mjs'),
    'demo',
    'generate',
    '--workers',
    String(scale),
    '--vacancies',
    String(Math.max(1, Math.round(scale / 10))),
    '--employers',
    String(Math.max(1, Math.round(scale / 50))),
    '--seed',
    String(seed),
    '--out',
    out,
  ];
  const { stdout } = await run(process.execPath, args, { cwd: repoRoot, maxBuffer: 16 * 1024 * 1024 });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as DemoFilesSummary;
}
