// Small zod pieces shared by the feature schemas, each with its translatable message key.
import { z } from 'zod';

export const idSchema = z
  .number('validation.invalid_type')
  .int()
  .positive()
  .max(2 ** 31);

/**
 * Characters no text field accepts: C0 controls (NUL…), DEL and C1 controls, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make
 * a name display as something else (« U+202E » reverses what follows). Multi-line free text
 * (notes, messages, descriptions) may hold line breaks and tabs; single-line text (names, titles,
 * cities, references) may not.
 */
function isForbiddenCodePoint(cp: number): boolean {
  return (
    (cp <= 0x1f && cp !== 0x09 && cp !== 0x0a) ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  );
}
const LINE_BREAK_OR_TAB = /[\t\n]/u;

export interface TextOptions {
  /** Free text over several lines: line breaks and tabs allowed. */
  multiline?: boolean;
}

/** Whether `s` holds a character no text field accepts (line breaks and tabs aside). */
export function hasForbiddenCharacter(s: string): boolean {
  for (const ch of s) {
    if (isForbiddenCodePoint(ch.codePointAt(0) ?? 0)) return true;
  }
  return false;
}

/**
 * THE text schema: every text a person types goes through it (names, titles, notes, messages,
 * reasons…). Trimmed; line endings written \n; refused, with a translated message on the field,
 * when it holds a control or bidirectional-override character, or a line break where one line
 * is expected.
 */
export function safeText(max: number, options: TextOptions = {}) {
  const base = z
    .string('validation.required')
    .trim()
    .overwrite((s) => s.replace(/\r\n?/g, '\n'))
    .max(max, 'validation.too_big_string')
    .refine((s) => !hasForbiddenCharacter(s), 'validation.controlCharacters');
  return options.multiline
    ? base
    : base.refine((s) => !LINE_BREAK_OR_TAB.test(s), 'validation.lineBreak');
}

export function requiredText(max: number, options: TextOptions = {}) {
  return safeText(max, options).refine((s) => s.length > 0, 'validation.required');
}

export function optionalText(max: number, options: TextOptions = {}) {
  return safeText(max, options).default('');
}

// Built once: a schema built inside a refinement would be rebuilt for every value checked.
const emailFormat = z.email();

/** An optional email: empty string when none. */
export const optionalEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'validation.too_big_string')
  .refine((s) => s === '' || emailFormat.safeParse(s).success, 'validation.email')
  .default('');

export const phoneSchema = z
  .string()
  .trim()
  .max(30, 'validation.too_big_string')
  .refine((s) => s === '' || /^[+()\d\s.-]{7,30}$/.test(s), 'validation.phone')
  .default('');

/** NOC 2021 unit group: 5 digits, broad category 0–9 and TEER 0–5 (shared/reference/noc.ts). */
export const nocCodeSchema = z.string('validation.noc').regex(/^\d[0-5]\d{3}$/, 'validation.noc');

export function intInRange(min: number, max: number) {
  return z
    .number('validation.invalid_type')
    .int('validation.integer')
    .min(min, 'validation.too_small_number')
    .max(max, 'validation.too_big_number');
}

/** A list of short labels (skills), trimmed, de-duplicated, empty ones dropped. */
export const labelListSchema = z
  .array(safeText(60))
  .max(30, 'validation.tooMany')
  .transform((list) => [...new Set(list.filter((s) => s !== ''))])
  .default([]);

export const pageInput = {
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).default(50),
};
