// Quebec's 17 administrative regions (régions administratives), with their official codes.
// The Government of Québec uses the French names in English too (quebec.ca, English pages),
// so `en` repeats `fr`; the en dash in 02 and 11 is part of the official names.
import type { Locale } from '../locale';

export const quebecRegions = [
  { code: '01', fr: 'Bas-Saint-Laurent', en: 'Bas-Saint-Laurent' },
  { code: '02', fr: 'Saguenay–Lac-Saint-Jean', en: 'Saguenay–Lac-Saint-Jean' },
  { code: '03', fr: 'Capitale-Nationale', en: 'Capitale-Nationale' },
  { code: '04', fr: 'Mauricie', en: 'Mauricie' },
  { code: '05', fr: 'Estrie', en: 'Estrie' },
  { code: '06', fr: 'Montréal', en: 'Montréal' },
  { code: '07', fr: 'Outaouais', en: 'Outaouais' },
  { code: '08', fr: 'Abitibi-Témiscamingue', en: 'Abitibi-Témiscamingue' },
  { code: '09', fr: 'Côte-Nord', en: 'Côte-Nord' },
  { code: '10', fr: 'Nord-du-Québec', en: 'Nord-du-Québec' },
  { code: '11', fr: 'Gaspésie–Îles-de-la-Madeleine', en: 'Gaspésie–Îles-de-la-Madeleine' },
  { code: '12', fr: 'Chaudière-Appalaches', en: 'Chaudière-Appalaches' },
  { code: '13', fr: 'Laval', en: 'Laval' },
  { code: '14', fr: 'Lanaudière', en: 'Lanaudière' },
  { code: '15', fr: 'Laurentides', en: 'Laurentides' },
  { code: '16', fr: 'Montérégie', en: 'Montérégie' },
  { code: '17', fr: 'Centre-du-Québec', en: 'Centre-du-Québec' },
] as const;

export type QuebecRegion = (typeof quebecRegions)[number];
export type RegionCode = QuebecRegion['code'];

/** The 17 codes in order, as a non-empty tuple usable with zod: `z.enum(regionCodes)`. */
export const regionCodes = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
] as const satisfies readonly [RegionCode, ...RegionCode[]];

const regionsByCode: ReadonlyMap<string, QuebecRegion> = new Map(
  quebecRegions.map((region) => [region.code, region]),
);

export function isRegionCode(s: unknown): s is RegionCode {
  return typeof s === 'string' && regionsByCode.has(s);
}

/** Name of a region in the given locale; an unknown code is returned as is. */
export function regionName(code: string, locale: Locale): string {
  const region = regionsByCode.get(code);
  if (region === undefined) return code;
  return locale === 'fr-CA' ? region.fr : region.en;
}
