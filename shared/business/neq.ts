// Quebec enterprise number (NEQ, « numéro d'entreprise du Québec »): how an employer's NEQ is
// normalized, checked and validated in forms and procedures.
//
// The Registraire des entreprises does not publish a check-digit algorithm, so this is a format
// check only: 10 digits whose first two are one of the families the Registraire assigns.
// Whether the business exists is a question for the registry, not for this module.
import { z } from 'zod';

export const NEQ_LENGTH = 10;

/**
 * First two digits of the NEQ families in use (11, 22, 33, 88). Kept as data so that a family
 * the Registraire adds later is a one-line change.
 */
export const neqPrefixes = ['11', '22', '33', '88'] as const;

// Hyphens and the Unicode dashes that copy-pasting from PDFs and word processors brings in.
const separators = /[\s\-\u2010\u2011\u2012\u2013\u2014]/gu;
const neqPattern = /^[0-9]{10}$/u;
const prefixes: ReadonlySet<string> = new Set(neqPrefixes);

/** Removes spaces and dashes: « 1 234-567 890 » → « 1234567890 ». */
export function normalizeNeq(s: string): string {
  return s.replace(separators, '');
}

export function isValidNeq(s: string): boolean {
  const neq = normalizeNeq(s);
  return neqPattern.test(neq) && prefixes.has(neq.slice(0, 2));
}

/** Accepts what people type (spaces, dashes) and outputs the 10 digits to store. */
export const neqSchema = z
  .string()
  .trim()
  .transform(normalizeNeq)
  .refine(isValidNeq, 'validation.neq');
