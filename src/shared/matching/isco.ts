/**
 * How close two ISCO-08 unit groups are, for matching. The hierarchy does most of the work (unit group 4
 * digits, minor group 3, sub-major 2, major 1); on top of it a hand-made table of adjacent occupations names
 * moves a counsellor would suggest although the codes sit apart: a building-site labourer to farm or factory
 * work, a seafood processor to a food factory, a domestic worker to cleaning or care (domain.md, "Suggest
 * adjacent occupations on purpose").
 */
export type OccupationLevel = 'unit' | 'minor' | 'adjacent' | 'submajor' | 'major' | 'none';

/** Levels from the closest to the farthest: the order cells are searched in. */
export const OCCUPATION_LEVELS: readonly OccupationLevel[] = [
  'unit',
  'minor',
  'adjacent',
  'submajor',
  'major',
  'none',
];

/** The occupation-fit factor each level earns (0-1). */
export const OCCUPATION_FIT: Readonly<Record<OccupationLevel, number>> = {
  unit: 1,
  minor: 0.75,
  adjacent: 0.6,
  submajor: 0.5,
  major: 0.25,
  none: 0,
};

const ADJACENT_PAIRS: readonly (readonly [string, string, ...string[]])[] = [
  // Building-site labourers: other labouring work, farms, factories, and the first trades on site.
  ['9313', '9211', '9329', '9333', '9629', '8181', '7112', '7114', '8153'],
  ['9312', '9211', '9329', '9629'],
  // Farm work: own-account growing and livestock, food factories near the farms.
  ['9211', '6111', '6112', '6113', '6130', '9212', '8160'],
  ['9212', '6121', '6122', '6130'],
  ['6111', '6130', '6112'],
  // Garment and factory lines.
  ['8153', '7531', '7532', '9121', '8156', '7543', '9329'],
  ['9329', '9321', '8219', '8160', '8212', '8156'],
  ['8219', '8212', '8156'],
  // Fishing and seafood.
  ['7511', '8160', '9216', '9329'],
  ['6223', '6222', '9216', '6221'],
  // Households, cleaning, care and kitchens.
  ['9111', '9112', '5311', '5322', '9412'],
  ['9412', '5120', '5131', '9112'],
  ['5120', '5212'],
  ['5223', '5211', '5131', '5221'],
  // Driving and warehouses.
  ['8332', '8322', '8331', '8344', '8341'],
  ['9333', '8344', '9321'],
  // Trades that share tools.
  ['7212', '7214', '7233'],
  ['7112', '7114', '7123', '7122'],
  ['7115', '7119', '7121'],
  ['7231', '7233'],
  ['7411', '7127'],
  ['8111', '9311', '9313'],
];

const adjacency = new Map<string, Set<string>>();
for (const [first, ...rest] of ADJACENT_PAIRS) {
  for (const other of rest) {
    for (const [a, b] of [
      [first, other],
      [other, first],
    ] as const) {
      const set = adjacency.get(a) ?? new Set<string>();
      set.add(b);
      adjacency.set(a, set);
    }
  }
}

/** The unit groups listed as adjacent to this one (not counting the hierarchy). */
export function adjacentOccupations(code: string): readonly string[] {
  return [...(adjacency.get(code) ?? [])].sort();
}

export function occupationLevel(workerCode: string, vacancyCode: string): OccupationLevel {
  if (!workerCode || !vacancyCode) return 'none';
  if (workerCode === vacancyCode) return 'unit';
  if (workerCode.length >= 3 && vacancyCode.length >= 3 && workerCode.slice(0, 3) === vacancyCode.slice(0, 3))
    return 'minor';
  if (adjacency.get(workerCode)?.has(vacancyCode)) return 'adjacent';
  if (workerCode.slice(0, 2) === vacancyCode.slice(0, 2) && workerCode.length >= 2) return 'submajor';
  if (workerCode[0] === vacancyCode[0]) return 'major';
  return 'none';
}

const rank = (level: OccupationLevel) => OCCUPATION_LEVELS.indexOf(level);

/** The closest level between any of the worker's codes and the vacancy's code, and the code that earns it. */
export function bestOccupationLevel(
  workerCodes: readonly string[],
  vacancyCode: string | null,
): { level: OccupationLevel; code: string | null } {
  let best: { level: OccupationLevel; code: string | null } = { level: 'none', code: null };
  if (!vacancyCode) return best;
  for (const code of workerCodes) {
    const level = occupationLevel(code, vacancyCode);
    if (rank(level) < rank(best.level)) best = { level, code };
  }
  return best;
}
