import { useTranslation } from 'react-i18next';
import type { Language } from './i18n';

/** The active language; re-renders the caller when the user switches. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'km';
}
