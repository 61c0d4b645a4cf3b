import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import km from './km.json';

export const LANGUAGES = ['km', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'homeward.language';

function storedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'km' || saved === 'en') return saved;
  } catch {
    // Private browsing can refuse localStorage; Khmer is the default anyway.
  }
  return 'km';
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this page.
  }
  void i18n.changeLanguage(language);
}

export const currentLanguage = (): Language => (i18n.language === 'en' ? 'en' : 'km');

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { km: { translation: km }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'km',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
