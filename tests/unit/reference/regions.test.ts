import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  isRegionCode,
  quebecRegions,
  regionCodes,
  regionName,
} from '../../../shared/reference/regions';

const expectedCodes = Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, '0'));

describe('quebecRegions', () => {
  it('has the 17 official codes 01 to 17, unique and in order', () => {
    const codes = quebecRegions.map((region) => region.code);
    expect(codes).toEqual(expectedCodes);
    expect(new Set(codes).size).toBe(17);
  });

  it('carries the official French names', () => {
    const byCode = Object.fromEntries(quebecRegions.map((region) => [region.code, region.fr]));
    expect(byCode).toEqual({
      '01': 'Bas-Saint-Laurent',
      '02': 'Saguenay–Lac-Saint-Jean',
      '03': 'Capitale-Nationale',
      '04': 'Mauricie',
      '05': 'Estrie',
      '06': 'Montréal',
      '07': 'Outaouais',
      '08': 'Abitibi-Témiscamingue',
      '09': 'Côte-Nord',
      '10': 'Nord-du-Québec',
      '11': 'Gaspésie–Îles-de-la-Madeleine',
      '12': 'Chaudière-Appalaches',
      '13': 'Laval',
      '14': 'Lanaudière',
      '15': 'Laurentides',
      '16': 'Montérégie',
      '17': 'Centre-du-Québec',
    });
  });

  it('has non-empty, trimmed, unique names in both languages', () => {
    for (const region of quebecRegions) {
      for (const name of [region.fr, region.en]) {
        expect(name.length).toBeGreaterThan(0);
        expect(name.trim()).toBe(name);
      }
    }
    expect(new Set(quebecRegions.map((region) => region.en)).size).toBe(17);
  });
});

describe('regionCodes', () => {
  it('lists the same codes in the same order as quebecRegions', () => {
    expect([...regionCodes]).toEqual(quebecRegions.map((region) => region.code));
  });

  it('works with z.enum', () => {
    const schema = z.enum(regionCodes);
    expect(schema.parse('17')).toBe('17');
    expect(schema.safeParse('18').success).toBe(false);
    expect(schema.safeParse('1').success).toBe(false);
  });
});

describe('regionName', () => {
  it('returns the name in the requested locale', () => {
    expect(regionName('06', 'fr-CA')).toBe('Montréal');
    expect(regionName('03', 'en-CA')).toBe('Capitale-Nationale');
    expect(regionName('11', 'en-CA')).toBe('Gaspésie–Îles-de-la-Madeleine');
    expect(regionName('10', 'fr-CA')).toBe('Nord-du-Québec');
  });

  it('falls back to the code when it is unknown', () => {
    expect(regionName('99', 'fr-CA')).toBe('99');
    expect(regionName('', 'en-CA')).toBe('');
  });
});

describe('isRegionCode', () => {
  it('accepts the 17 codes', () => {
    for (const code of expectedCodes) expect(isRegionCode(code)).toBe(true);
  });

  it('rejects anything else', () => {
    for (const value of ['00', '18', '1', '6', ' 06', 'Montréal', 6, null, undefined]) {
      expect(isRegionCode(value)).toBe(false);
    }
  });
});
