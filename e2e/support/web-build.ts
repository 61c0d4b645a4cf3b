import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, webDist } from './paths';

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/** Everything the browser bundle is built from; the server code it only imports types from is left out. */
const SOURCES = ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'];

/** Builds dist/web when it is missing or older than its sources, so tests always drive the current screens. */
export function ensureWebBuild(): void {
  const index = path.join(webDist, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(path.join(repoRoot, s))));
  if (built > sources) return;
  const started = Date.now();
  execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  console.info(`[e2e] web app built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
