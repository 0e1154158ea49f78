// i18next set-up: French (Canada) by default, English (Canada) complete. The chosen language
// is remembered in the browser before login and on the user's account after. French ships with
// the app; the English catalog is its own chunk, fetched only by people who use English.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from '../../../shared/locale';
import { frCA } from './fr-CA';

const catalogs: Record<Locale, () => Promise<object>> = {
  'fr-CA': async () => frCA,
  'en-CA': async () => (await import('./en-CA')).enCA,
};

/** Makes sure the catalog of `locale` is loaded (a no-op for French and once loaded). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18next.hasResourceBundle(locale, 'translation')) return;
  i18next.addResourceBundle(locale, 'translation', await catalogs[locale]());
}

const STORAGE_KEY = 'passerelle.locale';
/** The language last asked for (a catalog may still be loading). */
let wanted: Locale = defaultLocale;

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
  wanted = locale;
  void loadLocale(locale).then(() => {
    // A later choice made while this catalog was loading wins.
    if (wanted === locale && i18next.language !== locale) void i18next.changeLanguage(locale);
  });
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : defaultLocale;
}

/** Sets i18next up in `locale`; resolves once that language's catalog is there. */
export async function initI18n(locale: Locale = storedLocale()) {
  await i18next.use(initReactI18next).init({
    resources: { 'fr-CA': { translation: frCA } },
    lng: defaultLocale,
    fallbackLng: 'fr-CA',
    supportedLngs: ['fr-CA', 'en-CA'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  wanted = locale;
  await loadLocale(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  return i18next;
}
