// A list's view (filters and sort) kept in the URL's query string, so a view can be bookmarked,
// shared and restored by reload or the back button. Each parameter is parsed on its own by the
// list's zod schema: an invalid or unknown parameter is ignored (its default applies), never an
// error. Changes replace the history entry (typing in a filter does not stack up entries).
import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import type { z } from 'zod';

/** A shape of URL parameters: each a schema reading a string (or undefined when absent). */
export type UrlShape = Record<string, z.ZodType>;
export type UrlValues<S extends UrlShape> = { [K in keyof S]: z.output<S[K]> };
export type UrlPatch<S extends UrlShape> = { [K in keyof S]?: z.output<S[K]> | undefined };

/** Reads `search` (with or without "?") into values; invalid parameters fall back to defaults. */
export function parseUrlState<S extends UrlShape>(shape: S, search: string): UrlValues<S> {
  const params = new URLSearchParams(search);
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(shape)) {
    const raw = params.get(key);
    const parsed = schema.safeParse(raw === null || raw === '' ? undefined : raw);
    if (parsed.success) {
      out[key] = parsed.data;
    } else {
      const fallback = schema.safeParse(undefined);
      out[key] = fallback.success ? fallback.data : undefined;
    }
  }
  return out as UrlValues<S>;
}

/**
 * Writes values as a query string (without "?"), in the shape's key order; values equal to the
 * default (what an absent parameter parses to) and empty ones are left out.
 */
export function serializeUrlState<S extends UrlShape>(shape: S, values: UrlPatch<S>): string {
  const params = new URLSearchParams();
  for (const [key, schema] of Object.entries(shape)) {
    const value = values[key];
    if (value === undefined || value === null || value === '') continue;
    const fallback = schema.safeParse(undefined);
    if (fallback.success && fallback.data === value) continue;
    params.set(key, String(value));
  }
  return params.toString();
}

/**
 * The view of a list page: `[values, update]`. `update(patch)` merges the patch into the
 * current values and replaces the URL (same path) with the result.
 */
export function useUrlState<S extends UrlShape>(shape: S) {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const values = useMemo(() => parseUrlState(shape, search), [shape, search]);
  const update = useCallback(
    (patch: UrlPatch<S>) => {
      const next = serializeUrlState(shape, { ...values, ...patch });
      navigate(next ? `${location}?${next}` : location, { replace: true });
    },
    [shape, values, location, navigate],
  );
  return [values, update] as const;
}
