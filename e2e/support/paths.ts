import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const webDist = path.join(repoRoot, 'dist/web');
/** Shared reference files live beside the repository and are never copied into it. */
export const sharedData = path.resolve(repoRoot, '../shared/data');
/** Screenshots are for people to look at, not for the repository. */
export const screenshotDir = '/tmp/homeward-e2e-screens';
