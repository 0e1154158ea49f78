import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  currentFitRules,
  milestones,
  type SubsidyRules,
  subsidyRulesSchema,
} from '../../../shared/money/rules';
import { rulesArb } from './arbitraries';

/** The issues of a parse as [path, message] pairs (empty when it succeeds). */
function issuesOf(input: unknown): [string, string][] {
  const result = subsidyRulesSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path.map(String).join('.'), issue.message]);
}

const withRules = (overrides: Record<string, unknown>): Record<string, unknown> => ({
  ...currentFitRules,
  ...overrides,
});

describe('currentFitRules', () => {
  it('are the FIT terms of the brief', () => {
    expect(currentFitRules).toEqual({
      wageSubsidyRateBp: 5000,
      hourlyWageCapCents: 2500,
      minHoursPerWeek: 30,
      maxHoursPerWeekCounted: 40,
      minWeeks: 10,
      maxWeeks: 18,
      accompanimentAmountCents: 150000,
      accompanimentTranches: [
        { milestone: 'hire', shareBp: 4000 },
        { milestone: 'completion', shareBp: 4000 },
        { milestone: 'retention', shareBp: 2000 },
      ],
      claimPeriodWeeks: 2,
      claimDeadlineDays: 60,
      // Quebec's general minimum wage since 2026-05-01 (16,60 $).
      minHourlyWageCents: 1660,
      pastStartWindowDays: 14,
    } satisfies SubsidyRules);
  });

  it('are accepted by the schema unchanged', () => {
    const result = subsidyRulesSchema.safeParse(currentFitRules);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(currentFitRules);
  });

  it('lists the milestones in the order they happen', () => {
    expect([...milestones]).toEqual(['hire', 'completion', 'retention']);
  });
});

describe('subsidyRulesSchema, field ranges', () => {
  const ranges: [keyof SubsidyRules, number, number][] = [
    ['wageSubsidyRateBp', 1, 10_000],
    ['hourlyWageCapCents', 1, 100_000],
    ['minHoursPerWeek', 1, 80],
    ['maxHoursPerWeekCounted', 1, 80],
    ['minWeeks', 1, 104],
    ['maxWeeks', 1, 104],
    ['accompanimentAmountCents', 0, 10_000_000],
    ['claimPeriodWeeks', 1, 8],
    ['claimDeadlineDays', 0, 365],
    ['minHourlyWageCents', 1, 100_000],
    ['pastStartWindowDays', 0, 90],
  ];

  // Bounds are tested with the other fields set so that no cross-field rule interferes.
  const coherent: Record<string, number> = {
    minHoursPerWeek: 1,
    maxHoursPerWeekCounted: 80,
    minWeeks: 1,
    maxWeeks: 104,
  };

  it.each(ranges)('%s accepts %i to %i and nothing outside', (field, min, max) => {
    expect(issuesOf(withRules({ ...coherent, [field]: min }))).toEqual([]);
    expect(issuesOf(withRules({ ...coherent, [field]: max }))).toEqual([]);
    expect(issuesOf(withRules({ ...coherent, [field]: min - 1 }))).toEqual([
      [field, 'validation.too_small_number'],
    ]);
    expect(issuesOf(withRules({ ...coherent, [field]: max + 1 }))).toEqual([
      [field, 'validation.too_big_number'],
    ]);
    expect(issuesOf(withRules({ ...coherent, [field]: min + 0.5 }))).toEqual([
      [field, 'validation.integer'],
    ]);
    expect(issuesOf(withRules({ ...coherent, [field]: '10' }))).toEqual([
      [field, 'validation.invalid_type'],
    ]);
  });

  it('refuses a missing field', () => {
    const { claimPeriodWeeks: _, ...rest } = currentFitRules;
    expect(issuesOf(rest)).toEqual([['claimPeriodWeeks', 'validation.invalid_type']]);
  });

  it('needs 1 to 3 tranches with a known milestone and a share of 1 to 10 000 bp', () => {
    expect(issuesOf(withRules({ accompanimentTranches: [] }))).toEqual([
      ['accompanimentTranches', 'validation.required'],
    ]);
    const four = [
      { milestone: 'hire', shareBp: 2500 },
      { milestone: 'completion', shareBp: 2500 },
      { milestone: 'retention', shareBp: 2500 },
      { milestone: 'retention', shareBp: 2500 },
    ];
    expect(issuesOf(withRules({ accompanimentTranches: four }))).toEqual([
      ['accompanimentTranches', 'validation.tooMany'],
    ]);
    expect(
      issuesOf(withRules({ accompanimentTranches: [{ milestone: 'signature', shareBp: 10000 }] })),
    ).toEqual([['accompanimentTranches.0.milestone', 'validation.invalid_value']]);
    expect(
      issuesOf(
        withRules({
          accompanimentTranches: [
            { milestone: 'hire', shareBp: 0 },
            { milestone: 'completion', shareBp: 10000 },
          ],
        }),
      ),
    ).toEqual([['accompanimentTranches.0.shareBp', 'validation.too_small_number']]);
    expect(
      issuesOf(withRules({ accompanimentTranches: [{ milestone: 'hire', shareBp: 10001 }] })),
    ).toEqual([['accompanimentTranches.0.shareBp', 'validation.too_big_number']]);
  });

  it('accepts a single tranche of 100 %, and an amount of 0', () => {
    expect(
      issuesOf(
        withRules({
          accompanimentAmountCents: 0,
          accompanimentTranches: [{ milestone: 'completion', shareBp: 10000 }],
        }),
      ),
    ).toEqual([]);
  });
});

describe('subsidyRulesSchema, cross-field rules', () => {
  it('refuses a maximum of hours counted below the minimum, on the maximum', () => {
    expect(issuesOf(withRules({ minHoursPerWeek: 35, maxHoursPerWeekCounted: 34 }))).toEqual([
      ['maxHoursPerWeekCounted', 'validation.rules.maxHoursBelowMin'],
    ]);
    expect(issuesOf(withRules({ minHoursPerWeek: 35, maxHoursPerWeekCounted: 35 }))).toEqual([]);
  });

  it('refuses a maximum of weeks below the minimum, on the maximum', () => {
    expect(issuesOf(withRules({ minWeeks: 12, maxWeeks: 11 }))).toEqual([
      ['maxWeeks', 'validation.rules.maxWeeksBelowMin'],
    ]);
    expect(issuesOf(withRules({ minWeeks: 12, maxWeeks: 12 }))).toEqual([]);
  });

  it('refuses shares that do not add up to exactly 100 %, on the tranches', () => {
    const shares = (a: number, b: number, c: number) => ({
      accompanimentTranches: [
        { milestone: 'hire', shareBp: a },
        { milestone: 'completion', shareBp: b },
        { milestone: 'retention', shareBp: c },
      ],
    });
    expect(issuesOf(withRules(shares(4000, 4000, 1999)))).toEqual([
      ['accompanimentTranches', 'validation.rules.sharesNotFull'],
    ]);
    expect(issuesOf(withRules(shares(4000, 4000, 2001)))).toEqual([
      ['accompanimentTranches', 'validation.rules.sharesNotFull'],
    ]);
    expect(issuesOf(withRules(shares(3333, 3333, 3334)))).toEqual([]);
  });

  it('refuses the same milestone twice, on the tranches', () => {
    expect(
      issuesOf(
        withRules({
          accompanimentTranches: [
            { milestone: 'hire', shareBp: 5000 },
            { milestone: 'hire', shareBp: 5000 },
          ],
        }),
      ),
    ).toEqual([['accompanimentTranches', 'validation.rules.duplicateMilestone']]);
  });

  it('reports every incoherence at once, each on its own path', () => {
    const issues = issuesOf(
      withRules({
        minHoursPerWeek: 50,
        maxHoursPerWeekCounted: 40,
        minWeeks: 20,
        maxWeeks: 18,
        accompanimentTranches: [
          { milestone: 'retention', shareBp: 6000 },
          { milestone: 'retention', shareBp: 6000 },
        ],
      }),
    );
    expect(issues).toHaveLength(4);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['maxHoursPerWeekCounted', 'validation.rules.maxHoursBelowMin'],
        ['maxWeeks', 'validation.rules.maxWeeksBelowMin'],
        ['accompanimentTranches', 'validation.rules.duplicateMilestone'],
        ['accompanimentTranches', 'validation.rules.sharesNotFull'],
      ]),
    );
  });

  it('reports a field out of range once, without a cross-field error on top', () => {
    expect(issuesOf(withRules({ minHoursPerWeek: 90 }))).toEqual([
      ['minHoursPerWeek', 'validation.too_big_number'],
    ]);
    expect(issuesOf(withRules({ maxWeeks: 0 }))).toEqual([
      ['maxWeeks', 'validation.too_small_number'],
    ]);
    expect(
      issuesOf(withRules({ accompanimentTranches: [{ milestone: 'hire', shareBp: 0 }] })),
    ).toEqual([['accompanimentTranches.0.shareBp', 'validation.too_small_number']]);
  });

  it('accepts any coherent rules', () => {
    fc.assert(
      fc.property(rulesArb, (rules) => {
        expect(issuesOf(rules)).toEqual([]);
      }),
    );
  });

  it('refuses shares off 100 % whatever the other values', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0),
        (rules, delta) => {
          const [first, ...others] = rules.accompanimentTranches;
          if (first === undefined) return;
          const shareBp = first.shareBp + delta;
          fc.pre(shareBp >= 1 && shareBp <= 10_000);
          expect(
            issuesOf({ ...rules, accompanimentTranches: [{ ...first, shareBp }, ...others] }),
          ).toEqual([['accompanimentTranches', 'validation.rules.sharesNotFull']]);
        },
      ),
    );
  });
});
