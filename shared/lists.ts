// Lists: sorting and keyset pagination shared by every list procedure and its page.
// A list's input takes `sort` ({by, dir} among the keys it allows) and a `cursor`: the opaque
// string the previous page returned, which carries the sort key, that row's sort value and its
// id (ties are broken by id, in the same direction), so pages never skip or repeat a row.
import { z } from 'zod';
import { isoDateSchema } from './dates';
import { safeText } from './schemaParts';

export const sortDirections = ['asc', 'desc'] as const;
export type SortDir = (typeof sortDirections)[number];

export interface Sort<K extends string = string> {
  by: K;
  dir: SortDir;
}

/** `sort` input of a list: one of `keys`, ascending or descending; defaults when absent. */
export function sortSchema<const K extends readonly [string, ...string[]]>(
  keys: K,
  fallback: Sort<K[number]>,
) {
  return z
    .object({
      by: z.enum(keys, 'validation.invalid_value'),
      dir: z.enum(sortDirections, 'validation.invalid_value'),
    })
    .default(fallback);
}

export type CursorValue = string | number;
export interface Cursor {
  by: string;
  value: CursorValue;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return JSON.stringify([c.by, c.value, c.id]);
}

export function decodeCursor(raw: string): Cursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [by, value, id] = parsed as unknown[];
  if (typeof by !== 'string' || by.length > 40) return null;
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return null;
  if (typeof value === 'string' && value.length > 300) return null;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) return null;
  return { by, value, id };
}

/** The `cursor` input: a string from a previous page, checked and decoded (field error if not). */
export const cursorSchema = z
  .string()
  .max(400, 'validation.invalid_value')
  .transform((raw, ctx) => {
    const cursor = decodeCursor(raw);
    if (!cursor) {
      ctx.addIssue({ code: 'custom', message: 'validation.invalid_value' });
      return z.NEVER;
    }
    return cursor;
  })
  .optional();

/** The paging part of a list input: cursor and page size. */
export function pagingInput(maxLimit = 100, defaultLimit = 50) {
  return {
    cursor: cursorSchema,
    limit: z.number().int().min(1).max(maxLimit).default(defaultLimit),
  };
}

/** A date filter bound (YYYY-MM-DD) for "from … to …" filters. */
export const listDateSchema = isoDateSchema.optional();

/** Text search: trimmed; empty means no filter. */
export const searchSchema = safeText(100)
  .optional()
  .transform((s) => (s ? s : undefined));
