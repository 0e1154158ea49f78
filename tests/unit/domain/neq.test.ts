import { describe, expect, it } from 'vitest';
import { isValidNeq, neqSchema, normalizeNeq } from '../../../shared/business/neq';

describe('normalizeNeq', () => {
  it('removes spaces and dashes', () => {
    expect(normalizeNeq(' 1143-567 890 ')).toBe('1143567890');
    expect(normalizeNeq('2234\u2013567\u00a0890')).toBe('2234567890');
  });

  it('keeps other characters, so that they fail validation', () => {
    expect(normalizeNeq('11A3567890')).toBe('11A3567890');
  });
});

describe('isValidNeq', () => {
  it.each([
    '1143567890',
    '2234567890',
    '3312345678',
    '8812345678',
    '1143 567 890',
    '1143-567-890',
    ' 88 31-23 4567 ',
  ])('accepts %s', (neq) => {
    expect(isValidNeq(neq)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['9 digits', '114356789'],
    ['11 digits', '11435678901'],
    ['a letter', '11435678A0'],
    ['a dot', '1143.567890'],
    ['prefix 12', '1243567890'],
    ['prefix 44', '4443567890'],
    ['prefix 00', '0043567890'],
    ['prefix 99', '9943567890'],
    ['full-width digits', '１１４３５６７８９０'],
  ])('rejects %s', (_label, neq) => {
    expect(isValidNeq(neq)).toBe(false);
  });
});

describe('neqSchema', () => {
  it('outputs the 10 digits', () => {
    expect(neqSchema.parse('  1143 567-890 ')).toBe('1143567890');
  });

  it('rejects an invalid NEQ with the validation.neq message key', () => {
    const result = neqSchema.safeParse('1143 567 89');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['validation.neq']);
  });

  it('rejects a non-string', () => {
    expect(neqSchema.safeParse(1143567890).success).toBe(false);
  });
});
