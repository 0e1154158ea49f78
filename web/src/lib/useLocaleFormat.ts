// Locale-aware formatting for components: money, dates (full and compact), periods, places,
// languages and numbers, in the reader's language (occupations: lib/nocLabel.ts, loaded with
// the pages that show them).
import { useTranslation } from 'react-i18next';
import { formatDate, formatInstant, formatMoney, type InstantStyle } from '../../../shared/format';
import { languageName } from '../../../shared/languages';
import { isLocale, type Locale } from '../../../shared/locale';
import { regionName } from '../../../shared/reference/regions';

export function useLocaleFormat() {
  const { i18n, t } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'fr-CA';
  /** « 22 nov. 2026 »: a calendar date (YYYY-MM-DD), compact, for tables and cards. */
  const shortDate = (iso: string) => formatDate(iso, locale, 'medium');
  const region = (code: string) => regionName(code, locale);
  return {
    locale,
    money: (cents: number) => formatMoney(cents, locale),
    date: (iso: string) => formatDate(iso, locale),
    /** Every timestamp shown goes through here: Quebec time, with its date or alone. */
    instant: (iso: string, style?: InstantStyle) => formatInstant(iso, locale, style),
    shortDate,
    /** « Du 2 nov. 2026 au 15 nov. 2026 ». */
    period: (start: string, end: string) =>
      t('coordinator.common.period', { start: shortDate(start), end: shortDate(end) }),
    /** The same, inside a sentence (« la réclamation de X, du 2 nov. au … »). */
    periodInline: (start: string, end: string) =>
      t('coordinator.common.periodInline', { start: shortDate(start), end: shortDate(end) }),
    region,
    /** « Laval » or « Saint-Jérôme (Laurentides) »: the region only when it adds something. */
    place: (city: string, regionCode: string) => placeText({ region }, city, regionCode),
    language: (code: string) => languageName(code, locale),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
  };
}

/** « Laval » or « Saint-Jérôme (Laurentides) »: the region only when it adds something. */
export function placeText(
  fmt: { region: (code: string) => string },
  city: string,
  regionCode: string,
): string {
  const name = fmt.region(regionCode);
  if (!city) return name;
  return city === name ? city : `${city} (${name})`;
}

export type LocaleFormat = ReturnType<typeof useLocaleFormat>;

/** « Lucía Ramirez » from anything with a first and a last name. */
export function personName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}
