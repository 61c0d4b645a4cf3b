import type { Language } from './i18n';

const locale = (language: Language) => (language === 'km' ? 'km-KH' : 'en-GB');

export function formatDateTime(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language)).format(value);
}

/** Centres, places and occupations carry a Khmer and a Latin/English name; show the one for the chosen language. */
export function localName(
  item: { nameKm: string; nameEn?: string; nameLatin?: string },
  language: Language,
): string {
  return language === 'km' ? item.nameKm : (item.nameEn ?? item.nameLatin ?? item.nameKm);
}
