// Calendar dates travel as YYYY-MM-DD strings; "today" is Quebec's today.
import { z } from 'zod';

function isRealDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDateSchema = z
  .string('validation.date')
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
  .refine(isRealDate, 'validation.date')
  .refine((s) => s >= '1900-01-01' && s <= '2200-12-31', 'validation.date');

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it, and
// every use case that checks a date against today calls quebecToday.
let quebecDateFormat: Intl.DateTimeFormat | undefined;

/** Today's date in Quebec (America/Toronto), as YYYY-MM-DD. */
export function quebecToday(now: Date): string {
  quebecDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return quebecDateFormat.format(now);
}

/**
 * The instant (ISO, UTC) at which a Quebec calendar day begins: 04:00Z in summer (EDT, UTC-4),
 * 05:00Z in winter (EST, UTC-5). Clocks change at 2 a.m., so midnight always has one offset.
 */
export function quebecDayStart(isoDate: string): string {
  const summer = `${isoDate}T04:00:00.000Z`;
  return quebecToday(new Date(summer)) === isoDate ? summer : `${isoDate}T05:00:00.000Z`;
}

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (YYYY-MM-DD): 0 the same day, negative when `to` comes first. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
