/**
 * Reads the shared reference files the generator draws from. They stay where they are shared (by default
 * `../shared/data` next to the repository) and are never copied into it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DemoReference } from './demo-records';
import { readGazetteer } from './gazetteer';
import { buildNamePools, readSharedNames } from './name-pool';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export const DEFAULT_NAMES_DIR = path.resolve(repoRoot, '../shared/data/names');
export const DEFAULT_GAZETTEER_DIR = path.resolve(repoRoot, '../shared/data/gazetteer');

export interface ReferenceDirs {
  namesDir?: string;
  gazetteerDir?: string;
}

function requireFile(dir: string, file: string, option: string): void {
  if (!existsSync(path.join(dir, file))) {
    throw new Error(`${file} not found in ${dir} (set ${option})`);
  }
}

export function loadDemoReference(dirs: ReferenceDirs = {}): DemoReference {
  const namesDir = path.resolve(dirs.namesDir ?? DEFAULT_NAMES_DIR);
  const gazetteerDir = path.resolve(dirs.gazetteerDir ?? DEFAULT_GAZETTEER_DIR);
  requireFile(namesDir, 'khmer_name_parts_merged.csv', '--names-dir');
  requireFile(gazetteerDir, 'cambodia_villages_pumi.csv', '--gazetteer-dir');
  return { names: buildNamePools(readSharedNames(namesDir)), gazetteer: readGazetteer(gazetteerDir) };
}
