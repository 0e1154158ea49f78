// Text normalization shared by the reference-data searches (NOC, regions, ...).
// Runs in the browser and on the server: no Node-only APIs.

const combiningMarks = /\p{M}/gu;
const whitespace = /\s+/gu;

/**
 * Normalizes text for accent- and case-insensitive comparison:
 * NFD decomposition, combining marks removed, the French ligatures œ/æ expanded (NFD does
 * not decompose them), lowercase, whitespace collapsed to single spaces, trimmed.
 *
 * normalizeForSearch('  Caissière   ÉTÉ ') === 'caissiere ete'
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFD')
    .replace(combiningMarks, '')
    .toLowerCase()
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(whitespace, ' ')
    .trim();
}
