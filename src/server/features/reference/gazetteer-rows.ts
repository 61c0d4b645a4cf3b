import type { ImportProblem } from '../../../shared/contracts/import-problems';
import { GEO_CODE_LENGTH } from '../../../shared/contracts/reference';
import { hasKhmer, normalizeKhmer, searchKey } from '../../../shared/khmer';
import { type Rejected, rejected } from './import-failure';

/** A gazetteer unit read from a file and checked on its own (its parent is checked against the database later). */
export interface GeoUnitInput {
  code: string;
  level: number;
  parent_code: string | null;
  province_code: string;
  name_km: string;
  name_latin: string;
  type_km: string | null;
  type_latin: string | null;
  search_key: string;
}

export const LEVEL_NAMES: Record<number, string> = {
  1: 'province',
  2: 'district',
  3: 'commune',
  4: 'village',
};

/** NCDD unit types: Khmer as in the official sheet, the Latin transcription used by the flat files. */
const UNIT_TYPES: ReadonlyArray<{ km: string; latin: string; level: number; aliases: string[] }> = [
  { km: 'ខេត្ត', latin: 'Khaet', level: 1, aliases: ['province'] },
  { km: 'រាជធានី', latin: 'Reach Thani', level: 1, aliases: ['capital'] },
  { km: 'ស្រុក', latin: 'Srok', level: 2, aliases: ['district'] },
  { km: 'ក្រុង', latin: 'Krong', level: 2, aliases: ['municipality', 'city'] },
  { km: 'ខណ្ឌ', latin: 'Khan', level: 2, aliases: ['section'] },
  { km: 'ឃុំ', latin: 'Khum', level: 3, aliases: ['commune'] },
  { km: 'សង្កាត់', latin: 'Sangkat', level: 3, aliases: ['quarter'] },
  { km: 'ភូមិ', latin: 'Phum', level: 4, aliases: ['village'] },
].map((t) => ({ ...t, km: normalizeKhmer(t.km) }));

const typeByKm = new Map(UNIT_TYPES.map((t) => [t.km, t]));
const typeByLatin = new Map(
  UNIT_TYPES.flatMap((t) => [t.latin, ...t.aliases].map((name) => [name.toLowerCase(), t] as const)),
);

/** The columns each supported layout names; `name (khmer)` becomes `name_khmer` after header normalisation. */
const CODE = ['code'];
const NAME_KM = ['name_km', 'name_khmer'];
const NAME_LATIN = ['name_latin', 'name_en'];
const TYPE_KM = ['type_km', 'type'];
const TYPE_LATIN = ['type_latin'];

/** The gazetteer has zero-width spaces inside Latin names too ("Boeng\u200B Khang Cheung"). */
const cleanLatin = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const pick = (values: Record<string, string>, names: readonly string[]): string => {
  for (const n of names) {
    const v = values[n];
    if (v !== undefined && v !== '') return v;
  }
  return '';
};

export const isGazetteerHeader = (names: string[]): boolean =>
  names.includes('code') &&
  NAME_KM.some((n) => names.includes(n)) &&
  NAME_LATIN.some((n) => names.includes(n));

export function describeMissingGazetteerColumns(names: string[]): ImportProblem {
  const missing = [CODE, NAME_KM, NAME_LATIN]
    .filter((group) => !group.some((n) => names.includes(n)))
    .map((group) => group.join(' / '));
  const found = names.filter(Boolean).slice(0, 12).join(', ') || '—';
  return { code: 'JOB_NOT_GAZETTEER', params: { missing: missing.join(', '), found } };
}

/** Level from a `level` column: a number or a level name (the flat NCDD CSV writes `district`, `village`...). */
function declaredLevel(raw: string): number | null | 'bad' {
  if (!raw) return null;
  if (/^[1-4]$/.test(raw)) return Number(raw);
  const named = Object.entries(LEVEL_NAMES).find(([, name]) => name === raw.toLowerCase());
  if (named) return Number(named[0]);
  return typeByLatin.get(raw.toLowerCase())?.level ?? 'bad';
}

export type ParsedGeoRow = { ok: true; unit: GeoUnitInput } | Rejected;

/**
 * Checks and normalises one row. The official sheet drops leading zeros (102 for district 0102), so a code one
 * digit short of its level's length is padded; anything else that does not fit the level is refused.
 */
export function parseGazetteerRow(values: Record<string, string>): ParsedGeoRow {
  const rawCode = pick(values, CODE).replace(/\s+/g, '');
  if (!rawCode) return rejected('REJECT_MISSING_CODE');
  if (!/^\d{1,8}$/.test(rawCode))
    return rejected('REJECT_BAD_PLACE_CODE', { column: 'code', value: rawCode.slice(0, 20) });

  // A lone `type` column is Khmer in the official sheet but may hold the Latin word in a hand-made file.
  const typeAny = normalizeKhmer(pick(values, TYPE_KM));
  const typeKm = typeAny && hasKhmer(typeAny) ? typeAny : null;
  const typeLatinRaw = cleanLatin(pick(values, TYPE_LATIN)) || (typeAny && !typeKm ? typeAny : null);
  const type =
    (typeKm ? typeByKm.get(typeKm) : undefined) ??
    (typeLatinRaw ? typeByLatin.get(typeLatinRaw.toLowerCase()) : undefined);
  const declared = declaredLevel(pick(values, ['level']));
  if (declared === 'bad')
    return rejected('REJECT_UNKNOWN_LEVEL', { value: pick(values, ['level']).slice(0, 20) });
  const fromCode = Math.ceil(rawCode.length / 2);
  const level = declared ?? type?.level ?? fromCode;
  if (type && type.level !== level) {
    return rejected('REJECT_TYPE_LEVEL_MISMATCH', {
      type: type.latin,
      typeLevel: LEVEL_NAMES[type.level]!,
      level: LEVEL_NAMES[level]!,
    });
  }
  const width = GEO_CODE_LENGTH[level]!;
  if (rawCode.length !== width && rawCode.length !== width - 1) {
    return rejected('REJECT_CODE_LEVEL_MISMATCH', {
      code: rawCode,
      level: LEVEL_NAMES[level]!,
      digits: width,
    });
  }
  const code = rawCode.padStart(width, '0');
  if (code.startsWith('00')) return rejected('REJECT_CODE_NO_PROVINCE', { code });
  const parentCode = level > 1 ? code.slice(0, -2) : null;
  const declaredParent = pick(values, ['parent_code']).replace(/\s+/g, '');
  if (declaredParent && parentCode && declaredParent.padStart(parentCode.length, '0') !== parentCode) {
    return rejected('REJECT_PARENT_MISMATCH', { parent: declaredParent.slice(0, 20), code });
  }

  const nameKm = normalizeKhmer(pick(values, NAME_KM));
  const nameLatin = cleanLatin(pick(values, NAME_LATIN));
  // The Khmer name is the official one. A few recent units have no romanisation yet (village 02010508 in the
  // 2024 NCDD sheet): they are kept with an empty Latin name rather than made impossible to record.
  if (!nameKm) return rejected(nameLatin ? 'REJECT_MISSING_KHMER_NAME' : 'REJECT_MISSING_NAME');
  if (nameKm.length > 200 || nameLatin.length > 200) return rejected('REJECT_NAME_TOO_LONG', { max: 200 });

  return {
    ok: true,
    unit: {
      code,
      level,
      parent_code: parentCode,
      province_code: code.slice(0, 2),
      name_km: nameKm,
      name_latin: nameLatin,
      type_km: typeKm ?? type?.km ?? null,
      type_latin: typeLatinRaw ?? type?.latin ?? null,
      search_key: searchKey(nameKm, nameLatin),
    },
  };
}
