/**
 * Phone numbers returnees give, and every way lists write them. Only ranges that Cambodian operators issue
 * are used (libphonenumber's KH mobile patterns, ../shared/data/phone): an invalid number would be rejected by
 * the importer and test nothing. Some returnees still give the Thai SIM they used in Thailand.
 */
import { type Random, Weighted } from './random';

export interface Phone {
  /** Country calling code: 855 Cambodia, 66 Thailand. */
  readonly cc: '855' | '66';
  /** National significant number: no trunk 0, no country code (12345678, 971234567). */
  readonly nsn: string;
}

/**
 * [prefix after the trunk 0, digits of the national number, relative share]. Smart, Cellcard and Metfone
 * split the market; 8-digit numbers are the older ranges (012 345 678), 9-digit the newer (097 123 4567).
 */
const KH_MOBILE_RANGES: readonly (readonly [prefix: string, length: 8 | 9, weight: number])[] = [
  ['10', 8, 4],
  ['11', 8, 2],
  ['12', 8, 6],
  ['12', 9, 1],
  ['14', 8, 1],
  ['15', 8, 3],
  ['16', 8, 4],
  ['17', 8, 3],
  ['18', 9, 0.5],
  ['31', 9, 2],
  ['38', 9, 0.5],
  ['60', 8, 2],
  ['61', 8, 2],
  ['66', 8, 2],
  ['67', 8, 2],
  ['68', 8, 2],
  ['69', 8, 4],
  ['70', 8, 4],
  ['71', 9, 2],
  ['76', 9, 2],
  ['77', 8, 3],
  ['78', 8, 2],
  ['81', 8, 3],
  ['85', 8, 2],
  ['86', 8, 3],
  ['87', 8, 2],
  ['88', 9, 5],
  ['89', 8, 2],
  ['90', 8, 3],
  ['92', 8, 3],
  ['93', 8, 3],
  ['95', 8, 2],
  ['96', 9, 4],
  ['97', 9, 5],
  ['98', 8, 4],
  ['99', 8, 2],
];
const kh = new Weighted(
  KH_MOBILE_RANGES.map(([prefix, length, weight]) => [[prefix, length] as const, weight]),
);

/** Thai mobile ranges 06, 08, 09 with 9-digit national numbers. */
const THAI_PREFIXES = [
  '61',
  '62',
  '63',
  '64',
  '80',
  '81',
  '82',
  '83',
  '84',
  '86',
  '87',
  '89',
  '91',
  '92',
  '93',
  '95',
];

function digits(rng: Random, count: number): string {
  // The first subscriber digit is never 0: numbers such as 012 045 678 exist but look like typing errors.
  let out = String(rng.between(1, 9));
  for (let i = 1; i < count; i++) out += String(rng.int(10));
  return out;
}

export function cambodianMobile(rng: Random): Phone {
  const [prefix, length] = kh.pick(rng);
  return { cc: '855', nsn: prefix + digits(rng, length - prefix.length) };
}

export function thaiMobile(rng: Random): Phone {
  return { cc: '66', nsn: rng.pick(THAI_PREFIXES) + digits(rng, 7) };
}

/** Phnom Penh fixed line (023 2xx xxx), as an employer's office gives it. */
export function phnomPenhLandline(rng: Random): Phone {
  return { cc: '855', nsn: `23${rng.pick(['2', '3', '6', '7', '8', '9'])}${digits(rng, 5)}` };
}

/** How a number can be written in a list; `plain` (national digits, 012345678) is what variants are measured against. */
export const PHONE_FORMS = [
  'plain',
  'spaced',
  'dashed',
  'dotted',
  'e164',
  'e164_spaced',
  'intl_no_plus',
  'intl_trunk',
  'intl_00',
  'trunk_dropped',
  'khmer_digits',
] as const;
export type PhoneForm = (typeof PHONE_FORMS)[number];

const KHMER_ZERO = 0x17e0;
const toKhmerDigits = (text: string): string =>
  text.replace(/\d/g, (d) => String.fromCharCode(KHMER_ZERO + Number(d)));

/** Groups a Cambodian national number as people write it: 012 345 678, 097 123 4567. */
function groups(nsn: string): [string, string, string] {
  return [nsn.slice(0, 2), nsn.slice(2, 5), nsn.slice(5)];
}

/**
 * The number written in one form. Thai numbers are always written with their country code (+66...): a bare
 * 08x number is read as Cambodian, as a Cambodian clerk would, so a list that drops it would be wrong anyway.
 */
export function writePhone(phone: Phone, form: PhoneForm): string {
  if (phone.cc === '66') {
    return form === 'intl_no_plus'
      ? `66${phone.nsn}`
      : form === 'e164'
        ? `+66${phone.nsn}`
        : thaiSpaced(phone.nsn);
  }
  const [a, b, c] = groups(phone.nsn);
  switch (form) {
    case 'plain':
      return `0${phone.nsn}`;
    case 'spaced':
      return `0${a} ${b} ${c}`;
    case 'dashed':
      return `0${a}-${b}-${c}`;
    case 'dotted':
      return `0${a}.${b}.${c}`;
    case 'e164':
      return `+855${phone.nsn}`;
    case 'e164_spaced':
      return `+855 ${a} ${b} ${c}`;
    case 'intl_no_plus':
      return `855${phone.nsn}`;
    case 'intl_trunk':
      return `+855 0${a} ${b} ${c}`;
    case 'intl_00':
      return `00855${phone.nsn}`;
    case 'trunk_dropped':
      return phone.nsn;
    case 'khmer_digits':
      return toKhmerDigits(`0${a} ${b} ${c}`);
  }
}

const thaiSpaced = (nsn: string): string => `+66 ${nsn.slice(0, 2)} ${nsn.slice(2, 5)} ${nsn.slice(5)}`;

export const e164Of = (phone: Phone): string => `+${phone.cc}${phone.nsn}`;
