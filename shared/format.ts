// Locale formatting at the edge: money is integer cents, dates are YYYY-MM-DD, instants ISO.
import type { Locale } from './locale';

const moneyFormatters = new Map<Locale, Intl.NumberFormat>();

export function formatMoney(cents: number, locale: Locale): string {
  let f = moneyFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD' });
    moneyFormatters.set(locale, f);
  }
  return f.format(cents / 100);
}

/** Formats a calendar date (YYYY-MM-DD) without any time-zone shift. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDate;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
  // French writes the first day of a month as an ordinal: « 1er octobre 2026 ».
  return locale === 'fr-CA' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** Formats an instant (ISO-8601) as date and time in Quebec's time zone. */
export function formatInstant(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  }).format(new Date(iso));
}
