// What people type in number fields, turned into what the API takes, exactly (the text is split
// on its decimal separator, never multiplied as a float): dollars into integer cents, hours,
// whole numbers, percentages into basis points; and back, as a field shows them.
import type { Locale } from '../../../shared/locale';

/**
 * « 18,50 », « 18.50 », « 18 », « 18,5 $ », « 1 000,00 », « 450 000 » → cents; '' → undefined
 * (missing); anything else → null. A comma or a point is the decimal separator (at most 2
 * decimals); a « $ » before or after and spaces between thousands are allowed; up to a billion
 * dollars (program envelopes), the schema of each field saying its own range.
 */
export function parseMoney(text: string): number | null | undefined {
  let s = text
    .replace(/[\u00a0\u202f]/gu, ' ')
    .trim()
    .replace(/^\$\s*/u, '')
    .replace(/\s*\$$/u, '');
  if (s === '') return undefined;
  // Spaces only as thousands separators (« 1 000,00 »), never inside an amount (« 18 50 »).
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d{0,2})?$/u.test(s)) s = s.replace(/ /gu, '');
  const m = /^(\d{1,10})(?:[.,](\d{0,2}))?$/u.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** parseMoney, with a missing amount counted as not an amount. */
export function parseDollarsToCents(text: string): number | null {
  return parseMoney(text) ?? null;
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

function clean(text: string): string {
  return text.replace(/[\u00a0\u202f]/gu, ' ').trim();
}

/**
 * « 50 », « 33,33 », « 12.5 % » → basis points (5000, 3333, 1250); '' → undefined; anything
 * else (more than 2 decimals, letters, a minus sign) → null. Ranges are the schema's business.
 */
export function parsePercentToBp(text: string): number | null | undefined {
  const s = clean(text).replace(/\s*%$/u, '');
  if (s === '') return undefined;
  const m = /^(\d{1,5})(?:[.,](\d{0,2}))?$/u.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Basis points as the form shows them: 5000 → « 50 », 3333 → « 33,33 » (« 33.33 » in English). */
export function bpToInput(bp: number, locale: Locale): string {
  const whole = Math.trunc(bp / 100);
  const rest = Math.abs(bp % 100);
  if (rest === 0) return String(whole);
  const decimals = String(rest).padStart(2, '0').replace(/0$/u, '');
  return `${whole}${locale === 'fr-CA' ? ',' : '.'}${decimals}`;
}

/** The same parser: envelopes and wages are read alike. */
export const parseAmountToCents = parseMoney;

/**
 * Cents as an amount field shows them: whole dollars without decimals (« 450 000 »), otherwise
 * with two (« 1 500,50 »); thousands separated by a space in French, a comma-free form in English
 * so that the parser reads it back.
 */
export function centsToAmountInput(cents: number, locale: Locale): string {
  const dollars = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const grouped =
    locale === 'fr-CA' ? String(dollars).replace(/\B(?=(\d{3})+(?!\d))/gu, ' ') : String(dollars);
  if (rest === 0) return grouped;
  return `${grouped}${locale === 'fr-CA' ? ',' : '.'}${String(rest).padStart(2, '0')}`;
}
