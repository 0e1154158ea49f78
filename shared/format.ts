// Locale formatting at the edge: money is integer cents, dates are YYYY-MM-DD, instants ISO.
// Instants (timestamps) are shown through ONE function, formatInstant, always in Quebec's time
// zone: a proposal made on the 5th at 23 h in Montréal is « 5 décembre », never the UTC 6th.
import { quebecToday } from './dates';
import type { Locale } from './locale';

/** Quebec's time zone (Eastern time, with its daylight saving changes). */
export const QUEBEC_TIME_ZONE = 'America/Toronto';

const moneyFormatters = new Map<Locale, Intl.NumberFormat>();

export function formatMoney(cents: number, locale: Locale): string {
  let f = moneyFormatters.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CAD' });
    moneyFormatters.set(locale, f);
  }
  return f.format(cents / 100);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let f = dateFormatters.get(key);
  if (!f) {
    f = make();
    dateFormatters.set(key, f);
  }
  return f;
}

/**
 * Formats a calendar date (YYYY-MM-DD) without any time-zone shift: « 5 décembre 2026 »
 * (`long`), « 5 déc. 2026 » (`medium`, for tables and cards).
 */
export function formatDate(isoDate: string, locale: Locale, style: 'long' | 'medium' = 'long') {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const text = cachedFormat(
    `date ${locale} ${style}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(y, m - 1, d)));
  // French writes the first day of a month as an ordinal: « 1er octobre 2026 ».
  return locale === 'fr-CA' && d === 1 && style === 'long' ? text.replace(/^1 /, '1er ') : text;
}

/**
 * How an instant is shown: date and time (`dateTime`, the default), or only the Quebec
 * calendar day it fell on, written out (`date`) or short (`shortDate`).
 */
export type InstantStyle = 'dateTime' | 'date' | 'shortDate';

/** The one formatter of instants (ISO-8601 timestamps), always in Quebec's time zone. */
export function formatInstant(iso: string, locale: Locale, style: InstantStyle = 'dateTime') {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  if (style === 'dateTime') {
    return cachedFormat(
      `instant ${locale}`,
      () =>
        new Intl.DateTimeFormat(locale, {
          dateStyle: 'medium',
          timeStyle: 'short',
          timeZone: QUEBEC_TIME_ZONE,
        }),
    ).format(instant);
  }
  return formatDate(quebecToday(instant), locale, style === 'date' ? 'long' : 'medium');
}

/**
 * A pay period, short: « 27 oct. – 9 nov. 2026 » / "Oct. 27 – Nov. 9, 2026" (the year once when
 * both ends share it). Calendar dates, so no time-zone shift.
 */
export function formatPeriod(start: string, end: string, locale: string): string {
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  };
  return cachedFormat(
    `period ${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  ).formatRange(day(start), day(end));
}
