import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Reference files are read where they are shared, never copied into the repository. */
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const sharedData = (...parts: string[]) => path.resolve(repoRoot, '../shared/data', ...parts);

export const PUMI = {
  provinces: sharedData('gazetteer/cambodia_provinces_pumi.csv'),
  districts: sharedData('gazetteer/cambodia_districts_pumi.csv'),
  communes: sharedData('gazetteer/cambodia_communes_pumi.csv'),
  villages: sharedData('gazetteer/cambodia_villages_pumi.csv'),
};
export const NCDD_XLSX = sharedData('gazetteer/ncdd_2024-10-14/NCDD_gazetteer_2024.10.14.xlsx');
export const NCDD_FLAT_CSV = sharedData('gazetteer/ncdd_2024-10-14/ncdd_gazetteer_2024-10-14_flat.csv');
export const ISCO_STRUCTURE = sharedData('isco08/isco08_structure.csv');

/** Writes a scratch file for one test and returns its path. */
export function scratchFile(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'homeward-ref-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** A CSV made of a shared file's header and the lines that pass `keep`. */
export function filteredCsv(source: string, keep: (line: string) => boolean): string {
  const [header, ...lines] = readFileSync(source, 'utf8').split('\n').filter(Boolean);
  return scratchFile(path.basename(source), `${[header, ...lines.filter(keep)].join('\n')}\n`);
}
