// i18next set-up: French (Canada) by default, English (Canada) complete. The chosen language
// is remembered in the browser before login and on the user's account after. The first part of
// the French catalogue ships with the app (the login, the frame, the errors); its sections for
// the signed-in screens are their own chunk, fetched at start while people sign in; the English
// catalogue is its own chunk, fetched only by people who use English.
import i18next from 'i18next';
import { useSyncExternalStore } from 'react';
import { initReactI18next } from 'react-i18next';
import { defaultLocale, isLocale, type Locale } from '../../../shared/locale';
import { frCACore } from './fr-CA';

const catalogs: Record<Locale, () => Promise<object>> = {
  'fr-CA': async () => frCACore,
  'en-CA': async () => (await import('./en-CA')).enCA,
};

let sectionsIn = false;
let sections: Promise<void> | null = null;
const waiting = new Set<() => void>();

/** Fetches the French sections of the signed-in screens once; resolves when i18next has them. */
export function loadSections(): Promise<void> {
  sections ??= import('./fr-CA-sections').then(({ frCASections }) => {
    i18next.addResourceBundle('fr-CA', 'translation', frCASections, true, true);
    sectionsIn = true;
    for (const notify of waiting) notify();
  });
  return sections;
}

/** Whether the whole catalogue is there (the login page alone renders before). */
export function useSectionsLoaded(): boolean {
  return useSyncExternalStore(
    (notify) => {
      waiting.add(notify);
      return () => waiting.delete(notify);
    },
    () => sectionsIn,
  );
}

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
    resources: { 'fr-CA': { translation: frCACore } },
    lng: defaultLocale,
    fallbackLng: 'fr-CA',
    supportedLngs: ['fr-CA', 'en-CA'],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  wanted = locale;
  // Not awaited: the first paint (the login) does not need them.
  void loadSections();
  await loadLocale(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
  return i18next;
}
