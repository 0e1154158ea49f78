// Ids read from the address (route or query parameters).

/** A positive id from a route or query parameter, or null. */
export function parseId(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,10}$/u.test(value)) return null;
  const n = Number(value);
  return n > 0 && n <= 2 ** 31 ? n : null;
}
