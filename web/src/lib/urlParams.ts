// Schemas of common URL parameters for list views (see urlState.ts): each reads the string of
// one query parameter.
import { z } from 'zod';

/** A positive integer id (`?phase=10`). */
export const urlId = z.coerce.number().int().positive().max(2_147_483_647).optional();

/** One of `values`, or absent. */
export function urlEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional();
}

/** A calendar date YYYY-MM-DD. */
export const urlDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional();

/** Free text (a search), trimmed, at most 100 characters. */
export const urlText = z.string().trim().max(100).optional();

/** A sort direction, descending unless `asc`. */
export function urlDir(fallback: 'asc' | 'desc' = 'desc') {
  return z.enum(['asc', 'desc']).default(fallback);
}

/** A sort key among `keys`, `fallback` when absent or unknown. */
export function urlSort<const T extends readonly [string, ...string[]]>(
  keys: T,
  fallback: T[number],
) {
  return z.enum(keys).default(fallback);
}
