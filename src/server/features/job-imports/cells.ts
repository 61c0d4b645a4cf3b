import { parseDate } from '../../../shared/dedup/birth';
import { hasKhmer, normalizeKhmer } from '../../../shared/khmer';

/** A cell that cannot be read: the row is rejected with this reason. */
export class CellError extends Error {}

const YES = new Set(['yes', 'y', 'true', '1', 'បាទ', 'ចាស', 'មាន']);
const NO = new Set(['no', 'n', 'false', '0', 'ទេ', 'គ្មាន']);

export function text(value: string | undefined): string | null {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

export function name(value: string | undefined): string | null {
  const t = text(value);
  return t && hasKhmer(t) ? normalizeKhmer(t) : t;
}

export function yesNo(column: string, value: string | undefined): boolean | null {
  const t = text(value)?.toLowerCase();
  if (!t) return null;
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  throw new CellError(`${column} "${t}" is not yes/no/true/false/1/0`);
}

export function num(
  column: string,
  value: string | undefined,
  opts: { min?: number; max?: number; integer?: boolean } = {},
): number | null {
  const t = text(value)?.replace(/[$,\s]/g, '');
  if (!t) return null;
  const n = Number(t);
  const { min = 0, max = Number.MAX_SAFE_INTEGER, integer = false } = opts;
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new CellError(
      `${column} "${t}" is not ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`,
    );
  }
  return n;
}

export function oneOf<T extends string>(
  column: string,
  value: string | undefined,
  allowed: readonly T[],
): T | null {
  const t = text(value)?.toLowerCase();
  if (!t) return null;
  if (!(allowed as readonly string[]).includes(t))
    throw new CellError(`${column} "${t}" is not one of ${allowed.join(', ')}`);
  return t as T;
}

export function date(column: string, value: string | undefined): string | null {
  const t = text(value);
  if (!t) return null;
  const d = parseDate(t);
  if (!d) throw new CellError(`${column} "${t}" is not YYYY-MM-DD or DD/MM/YYYY`);
  return d;
}

/** NCDD province (2), district (4) and commune (6) codes, each inside the one before. */
export function place(raw: { province_code?: string; district_code?: string; commune_code?: string }) {
  const code = (column: string, value: string | undefined, width: number) => {
    const t = text(value);
    if (!t) return null;
    if (!/^\d{1,8}$/.test(t) || t.padStart(width, '0').length !== width) {
      throw new CellError(`${column} "${t}" is not a ${width}-digit NCDD code`);
    }
    return t.padStart(width, '0');
  };
  const province = code('province_code', raw.province_code, 2);
  const district = code('district_code', raw.district_code, 4);
  const commune = code('commune_code', raw.commune_code, 6);
  if (district && province && !district.startsWith(province))
    throw new CellError(`district_code ${district} is not in province ${province}`);
  if (commune && district && !commune.startsWith(district))
    throw new CellError(`commune_code ${commune} is not in district ${district}`);
  return {
    province_code: province ?? district?.slice(0, 2) ?? commune?.slice(0, 2) ?? null,
    district_code: district ?? commune?.slice(0, 4) ?? null,
    commune_code: commune,
  };
}
