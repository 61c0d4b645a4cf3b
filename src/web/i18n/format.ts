import type { Language } from './i18n';

/**
 * Khmer month names, written out here because many browsers ship without Khmer locale data and would show
 * "Nov 25, 2026" in the middle of Khmer text.
 */
const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
];

const two = (n: number) => String(n).padStart(2, '0');

const khmerDate = (d: Date) => `${d.getDate()} ${KHMER_MONTHS[d.getMonth()]} ${d.getFullYear()}`;

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (language === 'km') return khmerDate(d);
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(d);
}

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const d = new Date(iso);
  // Offices in Cambodia write times on the 24-hour clock.
  if (language === 'km') return `${khmerDate(d)} ម៉ោង ${two(d.getHours())}:${two(d.getMinutes())}`;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/** Grouped digits (12,345) in both languages: staff read and type Western digits in figures and codes. */
export function formatNumber(value: number, _language: Language): string {
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(value);
}

/** Centres, places and occupations carry a Khmer and a Latin/English name; show the one for the chosen language. */
export function localName(
  item: { nameKm: string; nameEn?: string; nameLatin?: string },
  language: Language,
): string {
  return language === 'km' ? item.nameKm : (item.nameEn ?? item.nameLatin ?? item.nameKm);
}
