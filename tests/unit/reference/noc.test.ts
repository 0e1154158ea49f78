import { describe, expect, it } from 'vitest';
import {
  findNocUnitGroup,
  isValidNocCode,
  nocBroadCategories,
  nocBroadCategory,
  nocBroadCategoryTitle,
  nocMajorGroup,
  nocMatchLevel,
  nocMinorGroup,
  nocSubMajorGroup,
  nocTeer,
  nocTeerDescription,
  nocTeerLevels,
  nocTitle,
  nocUnitGroups,
  searchNoc,
} from '../../../shared/reference/noc';
import { normalizeForSearch } from '../../../shared/reference/normalize';

const codesOf = (query: string, locale?: 'fr-CA' | 'en-CA', limit?: number): string[] =>
  searchNoc(query, locale, limit).map((group) => group.code);

describe('normalizeForSearch', () => {
  it('removes accents, lowercases, collapses and trims whitespace', () => {
    expect(normalizeForSearch('  Caissière   ÉTÉ\t\nÎle ')).toBe('caissiere ete ile');
  });

  it('expands the œ and æ ligatures', () => {
    expect(normalizeForSearch('Manœuvres Cæsar')).toBe('manoeuvres caesar');
  });
});

describe('NOC reference data', () => {
  it('lists at least 80 unit groups', () => {
    expect(nocUnitGroups.length).toBeGreaterThanOrEqual(80);
  });

  it('uses unique 5-digit codes, sorted ascending', () => {
    const codes = nocUnitGroups.map((group) => group.code);
    for (const code of codes) expect(code).toMatch(/^\d{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it('maps every code to an existing broad category and a TEER level 0-5', () => {
    const categories = new Set(nocBroadCategories.map((category) => category.code));
    for (const group of nocUnitGroups) {
      expect(categories.has(group.code.slice(0, 1))).toBe(true);
      expect(nocTeer(group.code)).toBeGreaterThanOrEqual(0);
      expect(nocTeer(group.code)).toBeLessThanOrEqual(5);
    }
  });

  it('has non-empty, trimmed titles in both languages', () => {
    for (const group of nocUnitGroups) {
      for (const title of [group.fr, group.en]) {
        expect(title.length).toBeGreaterThan(0);
        expect(title.trim()).toBe(title);
      }
    }
  });

  it('has the 10 broad categories 0-9 and the 6 TEER levels 0-5', () => {
    expect(nocBroadCategories.map((category) => category.code)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(nocTeerLevels.map((level) => level.teer)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('carries the official titles of well-known unit groups', () => {
    expect(findNocUnitGroup('65100')).toMatchObject({ fr: 'Caissiers/caissières', en: 'Cashiers' });
    expect(findNocUnitGroup('65310')?.en).toBe('Light duty cleaners');
    expect(findNocUnitGroup('75110')?.en).toBe('Construction trades helpers and labourers');
    expect(findNocUnitGroup('94141')?.en).toBe(
      'Industrial butchers and meat cutters, poultry preparers and related workers',
    );
    expect(findNocUnitGroup('75101')?.fr).toBe('Manutentionnaires');
    expect(findNocUnitGroup('12345')).toBeUndefined();
  });
});

describe('code structure helpers', () => {
  it('derives the levels from the digits', () => {
    expect(nocBroadCategory('94141')).toBe('9');
    expect(nocTeer('94141')).toBe(4);
    expect(nocTeer('65100')).toBe(5);
    expect(nocMajorGroup('94141')).toBe('94');
    expect(nocSubMajorGroup('94141')).toBe('941');
    expect(nocMinorGroup('94141')).toBe('9414');
  });

  it('throws on malformed codes', () => {
    for (const bad of ['6510', '651000', 'abcde', '', ' 65100']) {
      expect(() => nocBroadCategory(bad)).toThrow(RangeError);
      expect(() => nocTeer(bad)).toThrow(RangeError);
      expect(() => nocMinorGroup(bad)).toThrow(RangeError);
    }
  });

  it('validates any 5-digit code, listed or not', () => {
    expect(isValidNocCode('65100')).toBe(true);
    expect(isValidNocCode('00010')).toBe(true);
    expect(isValidNocCode('99999')).toBe(true);
    for (const bad of ['6510', '651000', '6510a', '６５１００', ' 65100', 65100, null, undefined]) {
      expect(isValidNocCode(bad)).toBe(false);
    }
  });

  it('describes broad categories and TEER levels', () => {
    expect(nocBroadCategoryTitle('65100', 'fr-CA')).toBe('Vente et services');
    expect(nocBroadCategoryTitle('6', 'en-CA')).toBe('Sales and service occupations');
    expect(nocBroadCategoryTitle('x', 'en-CA')).toBe('x');
    expect(nocTeerDescription(0, 'en-CA')).toBe('Management occupations');
    expect(nocTeerDescription(7, 'fr-CA')).toBe('7');
  });
});

describe('nocTitle', () => {
  it('returns the title in the requested locale', () => {
    expect(nocTitle('65100', 'fr-CA')).toBe('Caissiers/caissières');
    expect(nocTitle('65100', 'en-CA')).toBe('Cashiers');
  });

  it('falls back to the code itself when the code is not listed', () => {
    expect(nocTitle('99999', 'fr-CA')).toBe('99999');
    expect(nocTitle('00010', 'en-CA')).toBe('00010');
    expect(nocTitle('nope', 'en-CA')).toBe('nope');
  });
});

describe('nocMatchLevel', () => {
  it('matches on the same unit group', () => {
    expect(nocMatchLevel('65100', '65100')).toBe('unit');
  });

  it('matches on the same minor group (first 4 digits)', () => {
    expect(nocMatchLevel('65100', '65102')).toBe('minor');
    expect(nocMatchLevel('94141', '94140')).toBe('minor');
  });

  it('matches on the same broad category (first digit)', () => {
    expect(nocMatchLevel('65100', '65310')).toBe('broad');
    expect(nocMatchLevel('65100', '64100')).toBe('broad');
    expect(nocMatchLevel('95106', '94141')).toBe('broad');
  });

  it('does not match across broad categories or with malformed codes', () => {
    expect(nocMatchLevel('65100', '75101')).toBe('none');
    expect(nocMatchLevel('6510', '65100')).toBe('none');
    expect(nocMatchLevel('65100', 'abcde')).toBe('none');
    expect(nocMatchLevel('', '')).toBe('none');
  });
});

describe('searchNoc', () => {
  it('finds cashiers by French words, any case or accent', () => {
    for (const query of ['caissier', 'CAISSIERE', 'caissière', 'Caissières']) {
      expect(codesOf(query)[0]).toBe('65100');
    }
  });

  it('finds cashiers by English words', () => {
    expect(codesOf('cashier')[0]).toBe('65100');
    expect(codesOf('Cashiers', 'en-CA')).toEqual(['65100']);
  });

  it('finds every listed code starting with a code prefix, in code order', () => {
    const expected = nocUnitGroups
      .map((group) => group.code)
      .filter((code) => code.startsWith('651'));
    expect(expected).toEqual(['65100', '65101', '65102', '65109']);
    expect(codesOf('651')).toEqual(expected);
  });

  it('puts the exact code first', () => {
    expect(codesOf('65100')).toEqual(['65100']);
    expect(codesOf(' 75101 ')).toEqual(['75101']);
    expect(codesOf('99999')).toEqual([]);
  });

  it('finds warehouse occupations with or without the accent', () => {
    const withAccent = codesOf('entrepôt');
    expect(withAccent).toContain('75101');
    expect(withAccent).toContain('14400');
    expect(codesOf('entrepot')).toEqual(withAccent);
    expect(codesOf('ENTREPÔT')).toEqual(withAccent);
    expect(codesOf('warehouse')).toContain('75101');
  });

  it('requires every word of a multi-word query to match', () => {
    expect(codesOf('aides cuisine')).toEqual(['65201']);
    expect(codesOf('truck drivers')).toEqual(['73300']);
    expect(codesOf('food labourers')).toEqual(['95106']);
    expect(codesOf('caissier truck')).toEqual([]);
    const construction = codesOf('manoeuvres construction');
    expect(construction).toEqual(['75110']);
  });

  it('lets the words of one query match in either language', () => {
    expect(codesOf('manutentionnaires handlers')).toEqual(['75101']);
  });

  it('ignores accents and ligatures in multi-word queries', () => {
    expect(codesOf('manœuvres construction')).toEqual(['75110']);
    expect(codesOf('preposes menager')).toEqual(codesOf('préposés ménager'));
    expect(codesOf('préposés ménager')).toContain('65310');
    expect(codesOf('RÉCEPTIONNISTES')).toEqual(['14101', '64314']);
  });

  it('matches words by prefix, not in the middle of a word', () => {
    expect(codesOf('handler')).toContain('75101');
    expect(codesOf('andlers')).toEqual([]);
  });

  it('ranks titles starting with the query before other matches', () => {
    const results = codesOf('manoeuvres', 'fr-CA', 100);
    expect(results).toContain('75110');
    expect(results.indexOf('85101')).toBeLessThan(results.indexOf('75110'));
    // In English no title starts with the French word: plain code order.
    const english = codesOf('manoeuvres', 'en-CA', 100);
    expect(english).toEqual([...english].sort());
    expect(english.indexOf('75110')).toBeLessThan(english.indexOf('85101'));
  });

  it('ranks by the title of either language when no locale is given', () => {
    // English titles starting with "Labourers in ..." (95100-95107) come first...
    expect(codesOf('labourers', undefined, 100)[0]).toBe('95100');
    expect(codesOf('labourers', 'en-CA', 100)[0]).toBe('95100');
    // ...but not when ranking on French titles, where none starts with the English word.
    expect(codesOf('labourers', 'fr-CA', 100)[0]).toBe('75110');
  });

  it('applies the limit (20 by default)', () => {
    expect(codesOf('9')).toHaveLength(20);
    expect(codesOf('9', undefined, 5)).toEqual(codesOf('9').slice(0, 5));
    expect(codesOf('9', undefined, 0)).toEqual([]);
  });

  it('returns nothing for an empty or blank query', () => {
    expect(codesOf('')).toEqual([]);
    expect(codesOf('   ')).toEqual([]);
    expect(codesOf(' - / ')).toEqual([]);
  });
});
