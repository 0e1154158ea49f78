// Locale-aware formatting for components (money, dates, region names).
import { useTranslation } from 'react-i18next';
import { formatDate, formatInstant, formatMoney } from '../../../shared/format';
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
    instant: (iso: string) => formatInstant(iso, locale),
    region: (code: string) => regionName(code, locale),
    noc: (code: string) => `${code} — ${nocTitle(code, locale)}`,
    language: (code: string) => languageName(code, locale),
    /** Hourly wage etc.: integer cents. */
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
  };
}
