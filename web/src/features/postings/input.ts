// What employers type, turned into what the API takes: dollars into integer cents (no
// floating point: the text is split on its decimal separator), whole numbers, and back.
import type { Locale } from '../../../../shared/locale';

/**
 * « 18,50 », « 18.50 », « 18 », « 18,5 $ », « 1 000,00 » → cents; anything else → null.
 * A comma or a point is the decimal separator (at most 2 decimals); a « $ » before or after and
 * spaces between thousands are allowed.
 */
export function parseDollarsToCents(text: string): number | null {
  let s = text
    .replace(/[\u00a0\u202f]/gu, ' ')
    .trim()
    .replace(/^\$\s*/u, '')
    .replace(/\s*\$$/u, '');
  // Spaces only as thousands separators (« 1 000,00 »), never inside an amount (« 18 50 »).
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d{0,2})?$/u.test(s)) s = s.replace(/ /gu, '');
  const m = /^(\d{1,7})(?:[.,](\d{0,2}))?$/u.exec(s);
  if (!m) return null;
  const dollars = Number(m[1]);
  const cents = Number((m[2] ?? '').padEnd(2, '0'));
  return dollars * 100 + cents;
}

/** Integer cents as the wage field shows them: « 18,50 » in French, « 18.50 » in English. */
export function centsToInput(cents: number, locale: Locale): string {
  const dollars = Math.trunc(cents / 100);
  const rest = String(Math.abs(cents % 100)).padStart(2, '0');
  return `${dollars}${locale === 'fr-CA' ? ',' : '.'}${rest}`;
}

/** « 35 » → 35; '' → undefined (missing); anything not a whole number → null. */
export function parseWholeNumber(text: string): number | null | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (s === '') return undefined;
  if (!/^\d{1,9}$/u.test(s)) return null;
  return Number(s);
}

/**
 * Hours as typed: « 75 », « 37,5 », « 37.25 » → a number with at most 2 decimals; '' → undefined
 * (missing); anything else → null.
 */
export function parseHours(text: string): number | null | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/gu, '').replace(/h$/iu, '');
  if (s === '') return undefined;
  const m = /^(\d{1,5})(?:[.,](\d{1,2}))?$/u.exec(s);
  if (!m) return null;
  return (Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))) / 100;
}

/** 37.5 → « 37,5 » in French, "37.5" in English (the hours field shows them back). */
export function hoursToInput(hours: number, locale: Locale): string {
  const text = String(Math.round(hours * 100) / 100);
  return locale === 'fr-CA' ? text.replace('.', ',') : text;
}
