// Locale-aware formatting for components (money, dates, region names).
import { useTranslation } from 'react-i18next';
import { formatDate, formatInstant, formatMoney, type InstantStyle } from '../../../shared/format';
import { languageName } from '../../../shared/languages';
import { isLocale, type Locale } from '../../../shared/locale';
import { nocTitle } from '../../../shared/reference/noc';
import { regionName } from '../../../shared/reference/regions';

export function useLocaleFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : 'fr-CA';
  return {
    locale,
    money: (cents: number) => formatMoney(cents, locale),
    date: (iso: string) => formatDate(iso, locale),
    /** Every timestamp shown goes through here: Quebec time, with its date or alone. */
    instant: (iso: string, style?: InstantStyle) => formatInstant(iso, locale, style),
    region: (code: string) => regionName(code, locale),
    noc: (code: string) => `${code} — ${nocTitle(code, locale)}`,
    language: (code: string) => languageName(code, locale),
    /** Hourly wage etc.: integer cents. */
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
  };
}
