import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, webDistDir } from '../server/start';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** True when dist/web is missing or older than any source of the web app. */
export function webBuildIsStale(): boolean {
  const index = path.join(webDistDir, 'index.html');
  if (!existsSync(index)) return true;
  const sources = path.join(repoRoot, 'src/web');
  return existsSync(sources) && newestMtime(sources) > statSync(index).mtimeMs;
}

export async function buildWebIfNeeded(): Promise<void> {
  if (!webBuildIsStale()) return;
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    if (existsSync(path.join(webDistDir, 'index.html'))) return;
    console.error(
      'homeward: the web app is not built and Vite is not installed (run npm install); serving the API only',
    );
    return;
  }
  console.log('Building the web app (first start or changed sources)...');
  await vite.build({ configFile: path.join(repoRoot, 'vite.config.ts'), logLevel: 'warn' });
}
