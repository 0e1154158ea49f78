// Supported locales: French (Canada) first, English (Canada) complete.
export const locales = ['fr-CA', 'en-CA'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'fr-CA';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
