// Small zod pieces shared by the feature schemas, each with its translatable message key.
import { z } from 'zod';

export const idSchema = z
  .number('validation.invalid_type')
  .int()
  .positive()
  .max(2 ** 31);

export function requiredText(max: number) {
  return z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .max(max, 'validation.too_big_string');
}

export function optionalText(max: number) {
  return z.string().trim().max(max, 'validation.too_big_string').default('');
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
  .array(z.string().trim().max(60, 'validation.too_big_string'))
  .max(30, 'validation.tooMany')
  .transform((list) => [...new Set(list.filter((s) => s !== ''))])
  .default([]);

export const pageInput = {
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(100).default(50),
};
