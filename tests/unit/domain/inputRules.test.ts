// Input rules in shared/: the text helper, the minimum wage table and the rules' defaults, the
// definition of "can be proposed".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkHireTerms } from '../../../shared/money/calculator';
import { quebecMinimumWageCents, quebecMinimumWages } from '../../../shared/money/minimumWage';
import {
  currentFitRules,
  fitRulesFor,
  subsidyRulesInputSchema,
  withRuleDefaults,
} from '../../../shared/money/rules';
import { isActivePairing, isProposable } from '../../../shared/pairings/activePairing';
import { hasForbiddenCharacter, optionalText, requiredText } from '../../../shared/schemaParts';

describe('text', () => {
  it('refuses C0/C1 controls, DEL and bidirectional overrides and isolates, nothing else', () => {
    const forbidden = [
      ...Array.from({ length: 0x20 }, (_, i) => i).filter((i) => i !== 0x09 && i !== 0x0a),
      ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
      0x202a,
      0x202b,
      0x202c,
      0x202d,
      0x202e,
      0x2066,
      0x2067,
      0x2068,
      0x2069,
    ];
    for (const cp of forbidden)
      expect(hasForbiddenCharacter(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(true);
    for (const ok of ['Zoë', 'Nguyễn Thị', 'محمد', '李小龍', 'O’Brien-Côté', '𝕏', 'a\tb', 'a\nb']) {
      expect(hasForbiddenCharacter(ok), ok).toBe(false);
    }
  });

  it('single-line text refuses line breaks; multi-line keeps them, written \\n', () => {
    expect(requiredText(50).safeParse('Ligne\nDeux').error?.issues[0]?.message).toBe(
      'validation.lineBreak',
    );
    expect(requiredText(50).safeParse('  Émilie  ').data).toBe('Émilie');
    expect(requiredText(50).safeParse('   ').error?.issues[0]?.message).toBe('validation.required');
    expect(optionalText(50, { multiline: true }).safeParse('a\r\nb\rc').data).toBe('a\nb\nc');
    expect(
      optionalText(50, { multiline: true }).safeParse('a\u0000b').error?.issues[0]?.message,
    ).toBe('validation.controlCharacters');
  });

  it('law: a text without forbidden characters is accepted as typed (trimmed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = optionalText(400, { multiline: true }).safeParse(s);
        const normalized = s.trim().replace(/\r\n?/g, '\n');
        expect(r.success).toBe(!hasForbiddenCharacter(normalized));
        if (r.success) expect(r.data).toBe(normalized);
      }),
    );
  });
});

describe('minimum wage', () => {
  it('is the general rate in force on the date (increases on May 1st)', () => {
    expect(quebecMinimumWageCents('2024-04-30')).toBe(1525);
    expect(quebecMinimumWageCents('2024-05-01')).toBe(1575);
    expect(quebecMinimumWageCents('2025-05-01')).toBe(1610);
    expect(quebecMinimumWageCents('2026-04-30')).toBe(1610);
    expect(quebecMinimumWageCents('2026-05-01')).toBe(1660);
    expect(quebecMinimumWageCents('2030-01-01')).toBe(1660);
    expect(quebecMinimumWageCents('2000-01-01')).toBe(quebecMinimumWages[0]?.cents);
  });

  it('is the default of a phase’s rule, and a hire below it breaks the rules', () => {
    const { minHourlyWageCents: _m, pastStartWindowDays: _p, ...older } = currentFitRules;
    const parsed = subsidyRulesInputSchema.parse(older);
    expect(withRuleDefaults(parsed, '2025-09-01')).toMatchObject({
      minHourlyWageCents: 1610,
      pastStartWindowDays: 14,
    });
    expect(
      withRuleDefaults({ ...parsed, minHourlyWageCents: 2000 }, '2025-09-01').minHourlyWageCents,
    ).toBe(2000);
    expect(fitRulesFor('2024-06-01').minHourlyWageCents).toBe(1575);
    const terms = { hoursPerWeek: 35, weeks: 12 };
    expect(checkHireTerms(currentFitRules, { ...terms, hourlyWageCents: 100 })).toEqual([
      { rule: 'minHourlyWage', limit: 1660, actual: 100 },
    ]);
    expect(checkHireTerms(currentFitRules, { ...terms, hourlyWageCents: 1660 })).toEqual([]);
  });
});

describe('can be proposed', () => {
  it('needs an open file, the consents and no active pairing', () => {
    const open = { status: 'active' as const, canBeProposed: true };
    expect(isProposable(open, false)).toBe(true);
    expect(isProposable(open, true)).toBe(false);
    expect(isProposable({ ...open, canBeProposed: false }, false)).toBe(false);
    expect(isProposable({ ...open, status: 'closed' }, false)).toBe(false);
    expect(isActivePairing({ status: 'active' })).toBe(true);
    expect(isActivePairing({ status: 'completed' })).toBe(false);
    expect(isActivePairing({ status: 'ended_early' })).toBe(false);
  });
});
