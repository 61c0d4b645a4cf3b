import { createHash, randomUUID } from 'node:crypto';
import { access, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Two levels of hash prefix keep any one directory small with many thousands of files. */
export const contentPath = (filesDir: string, sha256: string) =>
  path.join(filesDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);

/**
 * Stores bytes under their SHA-256 and returns the hash. The same content uploaded twice is one file; a
 * temporary name then rename means a reader never sees half a file.
 */
export async function storeContent(filesDir: string, bytes: Uint8Array): Promise<string> {
  const sha256 = sha256Hex(bytes);
  const target = contentPath(filesDir, sha256);
  if (await exists(target)) return sha256;
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomUUID()}.part`;
  try {
    await writeFile(temp, bytes, { mode: 0o600 });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return sha256;
}

export const readContent = (filesDir: string, sha256: string) => readFile(contentPath(filesDir, sha256));

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}
