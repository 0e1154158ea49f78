// An occupation as people read it, « 75101 — Manutentionnaires ». The titles are the whole NOC
// reference list (about 29 KB of the bundle): only the pages that show occupations import this
// module, so it stays out of the first load (the login page and the homes).
import type { Locale } from '../../../shared/locale';
import { nocTitle } from '../../../shared/reference/noc';

export function nocLabel(code: string, locale: Locale): string {
  return `${code} — ${nocTitle(code, locale)}`;
}
