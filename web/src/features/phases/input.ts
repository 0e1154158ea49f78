// What coordinators type, turned into what the API takes: percentages into basis points and
// program-sized dollar amounts into cents, exactly (the text is split, never multiplied as a
// float). Hourly and per-pairing amounts use the employer's parser (features/employer/input.ts),
// whose 7 digits suit them; envelopes need more.
import type { Locale } from '../../../../shared/locale';

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

/**
 * Envelopes and allocations: like the wage parser (comma or point for the decimals, « $ » and
 * spaces between thousands allowed) but up to 1 billion dollars, which program budgets may
 * reach when the program grows. '' → undefined; not an amount → null.
 */
export function parseAmountToCents(text: string): number | null | undefined {
  let s = clean(text)
    .replace(/^\$\s*/u, '')
    .replace(/\s*\$$/u, '');
  if (s === '') return undefined;
  if (/^\d{1,3}(?: \d{3})+(?:[.,]\d{0,2})?$/u.test(s)) s = s.replace(/ /gu, '');
  const m = /^(\d{1,10})(?:[.,](\d{0,2}))?$/u.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

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
