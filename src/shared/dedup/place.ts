/**
 * Addresses as NCDD codes: province 2 digits, district 4, commune 6, village 8, each code starting with its
 * parent's. Records know an address at different depths (the hotline asks for a province, an outreach officer
 * picks a village), so two codes are compared down to the depth both know.
 */

/** The depth two codes share and whether they agree there, or where they first differ. */
export type PlaceLevel =
  | 'village'
  | 'commune'
  | 'district'
  | 'province'
  | 'otherVillage'
  | 'otherCommune'
  | 'otherDistrict'
  | 'otherProvince'
  | 'missing';

const DEPTHS = [2, 4, 6, 8] as const;
const AGREE: readonly PlaceLevel[] = ['province', 'district', 'commune', 'village'];
const DIFFER: readonly PlaceLevel[] = ['otherProvince', 'otherDistrict', 'otherCommune', 'otherVillage'];

/**
 * An NCDD code as a zero-padded string of 2, 4, 6 or 8 digits, or null. Spreadsheets drop leading zeros
 * (province 1 for 01, village 1020304 for 01020304), so an odd length is padded by one zero.
 */
export function normalizePlaceCode(code: string | number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const digits = String(code).replace(/\D/g, '');
  if (digits === '' || /^0+$/.test(digits) || digits.length > 8) return null;
  return digits.length % 2 === 1 ? `0${digits}` : digits;
}

export function comparePlace(a: string | null, b: string | null): PlaceLevel {
  if (a === null || b === null) return 'missing';
  const common = Math.min(a.length, b.length);
  for (let level = 0; level < DEPTHS.length; level++) {
    const depth = DEPTHS[level]!;
    if (depth > common) return AGREE[level - 1] ?? 'missing';
    if (a.slice(depth - 2, depth) !== b.slice(depth - 2, depth)) return DIFFER[level]!;
  }
  return 'village';
}
