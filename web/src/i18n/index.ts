// i18next set-up: French (Canada) by default, English (Canada) complete. The chosen language
// is remembered in the browser before login and on the user's account after.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from '../../../shared/locale';
import { enCA } from './en-CA';
import { frCA } from './fr-CA';

const STORAGE_KEY = 'passerelle.locale';

export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

export function applyLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = locale;
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

export function initI18n(locale: Locale = storedLocale()) {
  void i18next.use(initReactI18next).init({
    resources: { 'fr-CA': { translation: frCA }, 'en-CA': { translation: enCA } },
    lng: locale,
    fallbackLng: 'fr-CA',
    supportedLngs: ['fr-CA', 'en-CA'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}
