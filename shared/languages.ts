// Languages a job seeker speaks and a posting requires: the codes stored (ISO 639-1, plus 'ht'
// for Haitian Creole) and their names in the UI's two locales. The list covers French and
// English plus the languages most spoken by the immigrant job seekers the network serves.
import type { Locale } from './locale';

export const languageCodes = [
  'fr',
  'en',
  'es',
  'ar',
  'zh',
  'pt',
  'ht',
  'vi',
  'ru',
  'fa',
  'tl',
  'it',
  'uk',
  'ro',
  'de',
] as const;

export type LanguageCode = (typeof languageCodes)[number];

const languageNames: Readonly<Record<LanguageCode, { readonly fr: string; readonly en: string }>> =
  {
    fr: { fr: 'Français', en: 'French' },
    en: { fr: 'Anglais', en: 'English' },
    es: { fr: 'Espagnol', en: 'Spanish' },
    ar: { fr: 'Arabe', en: 'Arabic' },
    zh: { fr: 'Chinois', en: 'Chinese' },
    pt: { fr: 'Portugais', en: 'Portuguese' },
    ht: { fr: 'Créole haïtien', en: 'Haitian Creole' },
    vi: { fr: 'Vietnamien', en: 'Vietnamese' },
    ru: { fr: 'Russe', en: 'Russian' },
    fa: { fr: 'Persan', en: 'Persian' },
    tl: { fr: 'Tagalog', en: 'Tagalog' },
    it: { fr: 'Italien', en: 'Italian' },
    uk: { fr: 'Ukrainien', en: 'Ukrainian' },
    ro: { fr: 'Roumain', en: 'Romanian' },
    de: { fr: 'Allemand', en: 'German' },
  };

export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && Object.hasOwn(languageNames, value);
}

/** Name of a language in the given locale; an unknown code (older data) is returned as is. */
export function languageName(code: string, locale: Locale): string {
  if (!isLanguageCode(code)) return code;
  const names = languageNames[code];
  return locale === 'fr-CA' ? names.fr : names.en;
}
