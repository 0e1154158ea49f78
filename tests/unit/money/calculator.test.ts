import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import {
  checkHireTerms,
  claimAmountCents,
  type HireTerms,
  hoursToHundredths,
  maxWageSubsidyCents,
  periodsOverlap,
  periodWithin,
  roundHalfUp,
  trancheAmounts,
} from '../../../shared/money/calculator';
import { currentFitRules as fit, type SubsidyRules } from '../../../shared/money/rules';
import { hoursArb, rulesArb, tranchesArb } from './arbitraries';

// An oracle written differently from the module: floor(n / d + 1/2) in BigInt.
const halfUp = (n: bigint, d: bigint): number => Number((2n * n + d) / (2n * d));

/** The most any hire can get under `rules`: rate × cap × max hours × max weeks. */
const capMax = (r: SubsidyRules): number =>
  halfUp(
    BigInt(r.wageSubsidyRateBp * r.hourlyWageCapCents * r.maxHoursPerWeekCounted * r.maxWeeks),
    10_000n,
  );

const termsArb = (r: SubsidyRules): fc.Arbitrary<HireTerms> =>
  fc.record({
    hourlyWageCents: fc.integer({ min: 0, max: 2 * r.hourlyWageCapCents + 100 }),
    hoursPerWeek: hoursArb(100),
    weeks: fc.integer({ min: 0, max: 120 }),
  });

describe('roundHalfUp', () => {
  it.each([
    [5, 2, 3],
    [3, 2, 2],
    [1, 2, 1],
    [25, 10, 3],
    [15, 10, 2],
    [14, 10, 1],
    [16, 10, 2],
    [7, 3, 2],
    [8, 3, 3],
    [1, 3, 0],
    [0, 7, 0],
    [10, 5, 2],
    [900_000, 1, 900_000],
    [12_505, 10, 1_251],
    [12_504, 10, 1_250],
  ])('%i / %i → %i', (n, d, expected) => {
    expect(roundHalfUp(n, d)).toBe(expected);
  });

  it('is exact for large safe integers (no float division)', () => {
    // 2^53 − 1 over 2 is …5.5: a float division would already have lost the half.
    expect(roundHalfUp(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    expect(roundHalfUp(Number.MAX_SAFE_INTEGER - 1, 2)).toBe(4_503_599_627_370_495);
  });

  it('refuses what is not a non-negative integer over a positive one', () => {
    expect(() => roundHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 0)).toThrow(RangeError);
    expect(() => roundHalfUp(1, -2)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 0.5)).toThrow(RangeError);
    expect(() => roundHalfUp(Number.NaN, 1)).toThrow(RangeError);
  });

  it('is the integer nearest the quotient, halves up', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 20 }), (n, d) => {
        const r = roundHalfUp(n, d);
        expect(r).toBe(halfUp(BigInt(n), BigInt(d)));
        // n/d − 1/2 < r ≤ n/d + 1/2, i.e. −d < 2(rd − n) ≤ d
        expect(2 * (r * d - n)).toBeGreaterThan(-d);
        expect(2 * (r * d - n)).toBeLessThanOrEqual(d);
      }),
    );
  });
});

describe('hoursToHundredths', () => {
  it('carries hours with 2 decimals exactly, and anything invalid as 0', () => {
    expect(hoursToHundredths(37.5)).toBe(3750);
    expect(hoursToHundredths(37.29)).toBe(3729);
    expect(hoursToHundredths(0.29)).toBe(29);
    expect(hoursToHundredths(0)).toBe(0);
    expect(hoursToHundredths(-3)).toBe(0);
    expect(hoursToHundredths(Number.NaN)).toBe(0);
    expect(hoursToHundredths(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe('maxWageSubsidyCents', () => {
  it("is the brief's example: 0.5 × 25 $ × 40 h × 18 weeks = 9 000 $", () => {
    expect(maxWageSubsidyCents(fit, { hourlyWageCents: 2500, hoursPerWeek: 40, weeks: 18 })).toBe(
      900_000,
    );
  });

  it('counts the wage up to the cap, the hours up to the maximum, the weeks up to the maximum', () => {
    const at = (hourlyWageCents: number, hoursPerWeek: number, weeks: number) =>
      maxWageSubsidyCents(fit, { hourlyWageCents, hoursPerWeek, weeks });
    expect(at(3200, 40, 18)).toBe(900_000);
    expect(at(2500, 48, 18)).toBe(900_000);
    expect(at(2500, 40, 26)).toBe(900_000);
    expect(at(1800, 35, 12)).toBe(378_000); // 0.5 × 18 $ × 35 h × 12
    expect(at(2000, 37.5, 10)).toBe(375_000); // 0.5 × 20 $ × 37.5 h × 10
  });

  it('rounds the final amount once, half-up', () => {
    const one = { ...fit, maxWeeks: 1, hourlyWageCapCents: 3000 };
    expect(maxWageSubsidyCents(one, { hourlyWageCents: 2501, hoursPerWeek: 1, weeks: 1 })).toBe(
      1251,
    ); // 1250.5 ¢
    expect(maxWageSubsidyCents(one, { hourlyWageCents: 2499, hoursPerWeek: 1, weeks: 1 })).toBe(
      1250,
    ); // 1249.5 ¢
    // 33.33 % × 10.01 $ × 40 h × 18 = 240 215.976 ¢. Rounding the hourly subsidy first would give
    // 334 ¢ × 720 h = 240 480 ¢, rounding each week 13 345 ¢ × 18 = 240 210 ¢.
    expect(
      maxWageSubsidyCents(
        { ...fit, wageSubsidyRateBp: 3333 },
        { hourlyWageCents: 1001, hoursPerWeek: 40, weeks: 18 },
      ),
    ).toBe(240_216);
  });

  it('treats invalid input as nothing to subsidise', () => {
    expect(maxWageSubsidyCents(fit, { hourlyWageCents: -2500, hoursPerWeek: 40, weeks: 18 })).toBe(
      0,
    );
    expect(
      maxWageSubsidyCents(fit, { hourlyWageCents: 2500, hoursPerWeek: Number.NaN, weeks: 18 }),
    ).toBe(0);
  });

  it('equals rate × min(wage, cap) × min(hours, max) × min(weeks, max), rounded half-up', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) => fc.tuple(fc.constant(r), termsArb(r))),
        ([r, t]) => {
          const exact =
            BigInt(r.wageSubsidyRateBp) *
            BigInt(Math.min(t.hourlyWageCents, r.hourlyWageCapCents)) *
            BigInt(Math.min(Math.round(t.hoursPerWeek * 100), r.maxHoursPerWeekCounted * 100)) *
            BigInt(Math.min(t.weeks, r.maxWeeks));
          expect(maxWageSubsidyCents(r, t)).toBe(halfUp(exact, 1_000_000n));
        },
      ),
    );
  });

  it('is never negative and never above the cap-based maximum', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) => fc.tuple(fc.constant(r), termsArb(r))),
        ([r, t]) => {
          const amount = maxWageSubsidyCents(r, t);
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(capMax(r));
          expect(Number.isSafeInteger(amount)).toBe(true);
        },
      ),
    );
  });

  it('pays a wage above the cap the same as the cap', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) => fc.tuple(fc.constant(r), termsArb(r), fc.nat(50_000))),
        ([r, t, above]) => {
          expect(
            maxWageSubsidyCents(r, { ...t, hourlyWageCents: r.hourlyWageCapCents + above }),
          ).toBe(maxWageSubsidyCents(r, { ...t, hourlyWageCents: r.hourlyWageCapCents }));
        },
      ),
    );
  });

  it('is non-decreasing in wage, hours and weeks', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) => fc.tuple(fc.constant(r), termsArb(r), termsArb(r))),
        ([r, a, b]) => {
          const low = {
            hourlyWageCents: Math.min(a.hourlyWageCents, b.hourlyWageCents),
            hoursPerWeek: Math.min(a.hoursPerWeek, b.hoursPerWeek),
            weeks: Math.min(a.weeks, b.weeks),
          };
          const high = {
            hourlyWageCents: Math.max(a.hourlyWageCents, b.hourlyWageCents),
            hoursPerWeek: Math.max(a.hoursPerWeek, b.hoursPerWeek),
            weeks: Math.max(a.weeks, b.weeks),
          };
          const base = maxWageSubsidyCents(r, low);
          expect(maxWageSubsidyCents(r, high)).toBeGreaterThanOrEqual(base);
          expect(
            maxWageSubsidyCents(r, { ...low, hourlyWageCents: high.hourlyWageCents }),
          ).toBeGreaterThanOrEqual(base);
          expect(
            maxWageSubsidyCents(r, { ...low, hoursPerWeek: high.hoursPerWeek }),
          ).toBeGreaterThanOrEqual(base);
          expect(maxWageSubsidyCents(r, { ...low, weeks: high.weeks })).toBeGreaterThanOrEqual(
            base,
          );
        },
      ),
    );
  });
});

describe('trancheAmounts', () => {
  it('splits the FIT accompaniment 40 / 40 / 20', () => {
    expect(trancheAmounts(fit)).toEqual([
      { milestone: 'hire', amountCents: 60_000 },
      { milestone: 'completion', amountCents: 60_000 },
      { milestone: 'retention', amountCents: 30_000 },
    ]);
  });

  it('gives the cents left over to the largest remainders, ties to the earlier tranche', () => {
    const split = (amount: number, shares: [number, number, number]) =>
      trancheAmounts({
        accompanimentAmountCents: amount,
        accompanimentTranches: [
          { milestone: 'hire', shareBp: shares[0] },
          { milestone: 'completion', shareBp: shares[1] },
          { milestone: 'retention', shareBp: shares[2] },
        ],
      }).map((t) => t.amountCents);
    expect(split(100, [3333, 3333, 3334])).toEqual([33, 33, 34]);
    expect(split(2, [3333, 3333, 3334])).toEqual([1, 0, 1]);
    expect(split(1, [3334, 3333, 3333])).toEqual([1, 0, 0]);
    expect(split(1, [3333, 3333, 3334])).toEqual([0, 0, 1]);
    expect(split(100_001, [4000, 4000, 2000])).toEqual([40_001, 40_000, 20_000]);
    expect(split(0, [4000, 4000, 2000])).toEqual([0, 0, 0]);
    expect(
      trancheAmounts({
        accompanimentAmountCents: 1,
        accompanimentTranches: [
          { milestone: 'completion', shareBp: 5000 },
          { milestone: 'hire', shareBp: 5000 },
        ],
      }),
    ).toEqual([
      { milestone: 'completion', amountCents: 1 },
      { milestone: 'hire', amountCents: 0 },
    ]);
  });

  it('always adds up exactly, each tranche within a cent of its share, in the rules order', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), tranchesArb, (amount, tranches) => {
        const result = trancheAmounts({
          accompanimentAmountCents: amount,
          accompanimentTranches: tranches,
        });
        expect(result.map((t) => t.milestone)).toEqual(tranches.map((t) => t.milestone));
        expect(result.reduce((sum, t) => sum + t.amountCents, 0)).toBe(amount);
        result.forEach((t, i) => {
          const exactTimes10k = amount * (tranches[i]?.shareBp ?? 0);
          expect(t.amountCents).toBeGreaterThanOrEqual(0);
          expect(Math.abs(t.amountCents * 10_000 - exactTimes10k)).toBeLessThan(10_000);
        });
      }),
    );
  });
});

describe('checkHireTerms', () => {
  const terms = (hoursPerWeek: number, weeks: number): HireTerms => ({
    hourlyWageCents: 2000,
    hoursPerWeek,
    weeks,
  });

  it('accepts terms within the rules, hours above the maximum counted included', () => {
    expect(checkHireTerms(fit, terms(40, 18))).toEqual([]);
    expect(checkHireTerms(fit, terms(30, 10))).toEqual([]);
    expect(checkHireTerms(fit, terms(37.5, 14))).toEqual([]);
    expect(checkHireTerms(fit, terms(45, 12))).toEqual([]);
  });

  it('says which rule is broken, its limit and the actual value', () => {
    expect(checkHireTerms(fit, terms(25, 8))).toEqual([
      { rule: 'minHoursPerWeek', limit: 30, actual: 25 },
      { rule: 'minWeeks', limit: 10, actual: 8 },
    ]);
    expect(checkHireTerms(fit, terms(29.99, 19))).toEqual([
      { rule: 'minHoursPerWeek', limit: 30, actual: 29.99 },
      { rule: 'maxWeeks', limit: 18, actual: 19 },
    ]);
    expect(checkHireTerms(fit, terms(Number.NaN, 12))).toEqual([
      { rule: 'minHoursPerWeek', limit: 30, actual: 0 },
    ]);
  });

  it('finds no breach exactly when hours ≥ minimum and weeks within the range', () => {
    fc.assert(
      fc.property(rulesArb, hoursArb(100), fc.nat(120), (r, hours, weeks) => {
        const breaches = checkHireTerms(r, terms(hours, weeks));
        expect(breaches.some((b) => b.rule === 'minHoursPerWeek')).toBe(hours < r.minHoursPerWeek);
        expect(breaches.some((b) => b.rule === 'minWeeks')).toBe(weeks < r.minWeeks);
        expect(breaches.some((b) => b.rule === 'maxWeeks')).toBe(weeks > r.maxWeeks);
      }),
    );
  });
});

describe('claimAmountCents', () => {
  const claim = (overrides: Partial<Parameters<typeof claimAmountCents>[1]> = {}) => ({
    periodStart: '2025-03-03',
    periodEnd: '2025-03-16',
    hoursWorked: 80,
    grossWagesCents: 200_000,
    hourlyWageCents: 2500,
    ...overrides,
  });

  it('reimburses 50 % of 25 $ × 80 h for a full two-week period', () => {
    expect(claimAmountCents(fit, claim(), 900_000)).toEqual({
      amountCents: 100_000,
      countedHours: 80,
      days: 14,
      weeks: 2,
      cappedByRemaining: false,
      problems: [],
    });
  });

  it('adds up to the pairing maximum over nine full two-week periods, and not a cent more', () => {
    let remaining = maxWageSubsidyCents(fit, {
      hourlyWageCents: 2500,
      hoursPerWeek: 40,
      weeks: 18,
    });
    let total = 0;
    let start = '2025-01-06';
    for (let i = 0; i < 10; i += 1) {
      const end = addDays(start, 13);
      const result = claimAmountCents(
        fit,
        claim({ periodStart: start, periodEnd: end }),
        remaining,
      );
      total += result.amountCents;
      remaining -= result.amountCents;
      expect(result.amountCents).toBe(i < 9 ? 100_000 : 0);
      expect(result.cappedByRemaining).toBe(i === 9);
      start = addDays(end, 1);
    }
    expect(total).toBe(900_000);
  });

  it('counts the agreed wage up to the cap, or the wage actually paid when lower', () => {
    // Agreed 30 $/h, paid 30 $/h: the cap (25 $) applies.
    expect(
      claimAmountCents(fit, claim({ hourlyWageCents: 3000, grossWagesCents: 240_000 }), 900_000)
        .amountCents,
    ).toBe(100_000);
    // Agreed 25 $/h but paid 1 600 $ for 80 h (20 $/h): never more than 50 % of what was paid.
    expect(claimAmountCents(fit, claim({ grossWagesCents: 160_000 }), 900_000).amountCents).toBe(
      80_000,
    );
    // Paid more than agreed (overtime premium, bonus): the agreed wage applies.
    expect(
      claimAmountCents(fit, claim({ hourlyWageCents: 2000, grossWagesCents: 190_000 }), 900_000)
        .amountCents,
    ).toBe(80_000);
  });

  it('counts hours with decimals exactly and rounds the amount once, half-up', () => {
    expect(
      claimAmountCents(
        fit,
        claim({ hoursWorked: 75, hourlyWageCents: 2000, grossWagesCents: 150_000 }),
        900_000,
      ).amountCents,
    ).toBe(75_000);
    // 0.5 × 19.99 $ × 10.29 h = 10 284.855 ¢
    const decimals = claimAmountCents(
      fit,
      claim({ hoursWorked: 10.29, hourlyWageCents: 1999, grossWagesCents: 20_570 }),
      900_000,
    );
    expect(decimals.amountCents).toBe(10_285);
    expect(decimals.countedHours).toBe(10.29);
    // 0.5 × 24.01 $ × 1 h = 1 200.5 ¢ over a single day
    expect(
      claimAmountCents(
        fit,
        claim({
          periodEnd: '2025-03-03',
          hoursWorked: 1,
          hourlyWageCents: 2401,
          grossWagesCents: 2401,
        }),
        900_000,
      ).amountCents,
    ).toBe(1201);
    // Paid 1 000,01 $ for 80 h at an agreed 25 $: 50 % of what was paid is 50 000.5 ¢
    expect(claimAmountCents(fit, claim({ grossWagesCents: 100_001 }), 900_000).amountCents).toBe(
      50_001,
    );
  });

  it('refuses hours beyond the weekly maximum and pays only up to it', () => {
    const result = claimAmountCents(
      fit,
      claim({ hoursWorked: 85, grossWagesCents: 212_500 }),
      900_000,
    );
    expect(result.problems).toEqual([{ code: 'hoursAboveWeeklyMaximum', limit: 80, actual: 85 }]);
    expect(result.countedHours).toBe(80);
    expect(result.amountCents).toBe(100_000);
    expect(claimAmountCents(fit, claim({ hoursWorked: 80.01 }), 900_000).problems).toHaveLength(1);
    expect(claimAmountCents(fit, claim({ hoursWorked: 80 }), 900_000).problems).toEqual([]);
  });

  it('prorates the weekly maximum over a period that is not whole weeks, exactly', () => {
    // 10 days: 40 h × 10 / 7 = 57.142857… h counted, at 20 $/h → 57 142.857… ¢
    const result = claimAmountCents(
      fit,
      claim({
        periodEnd: '2025-03-12',
        hoursWorked: 60,
        hourlyWageCents: 2000,
        grossWagesCents: 120_000,
      }),
      900_000,
    );
    expect(result.days).toBe(10);
    expect(result.weeks).toBeCloseTo(10 / 7, 12);
    expect(result.countedHours).toBe(57.14);
    expect(result.amountCents).toBe(57_143);
    expect(result.problems).toEqual([
      { code: 'hoursAboveWeeklyMaximum', limit: 57.14, actual: 60 },
    ]);
    // 57.14 h fits within 57.142857… h
    expect(
      claimAmountCents(fit, claim({ periodEnd: '2025-03-12', hoursWorked: 57.14 }), 900_000)
        .problems,
    ).toEqual([]);
  });

  it('counts calendar days, leap day included', () => {
    const across = claimAmountCents(
      fit,
      claim({ periodStart: '2024-02-20', periodEnd: '2024-03-04' }),
      900_000,
    );
    expect(across.days).toBe(14);
    expect(across.problems).toEqual([]);
    // Across the autumn clock change: still 14 days.
    expect(
      claimAmountCents(fit, claim({ periodStart: '2025-10-27', periodEnd: '2025-11-09' }), 900_000)
        .days,
    ).toBe(14);
  });

  it('flags a period longer than the claim period, one that ends before it starts, bad dates', () => {
    expect(claimAmountCents(fit, claim({ periodEnd: '2025-03-17' }), 900_000).problems).toEqual([
      { code: 'periodLongerThanClaimPeriod', limit: 14, actual: 15 },
    ]);
    expect(claimAmountCents(fit, claim({ periodEnd: '2025-03-02' }), 900_000)).toEqual({
      amountCents: 0,
      countedHours: 0,
      days: 0,
      weeks: 0,
      cappedByRemaining: false,
      problems: [{ code: 'periodEndsBeforeStart' }],
    });
    for (const bad of ['2025-02-30', '2025-3-1', '', 'hier']) {
      const result = claimAmountCents(fit, claim({ periodStart: bad }), 900_000);
      expect(result.problems).toEqual([{ code: 'invalidDate' }]);
      expect(result.amountCents).toBe(0);
    }
    // The first day equal to the last is a one-day period.
    expect(
      claimAmountCents(fit, claim({ periodEnd: '2025-03-03', hoursWorked: 5 }), 900_000).days,
    ).toBe(1);
  });

  it('never pays beyond what remains of the pairing maximum, nor anything for nothing', () => {
    const capped = claimAmountCents(fit, claim(), 30_000);
    expect(capped.amountCents).toBe(30_000);
    expect(capped.cappedByRemaining).toBe(true);
    expect(claimAmountCents(fit, claim(), 0).amountCents).toBe(0);
    expect(claimAmountCents(fit, claim(), -500).amountCents).toBe(0);
    expect(claimAmountCents(fit, claim(), 100_000).cappedByRemaining).toBe(false);
    expect(claimAmountCents(fit, claim({ hoursWorked: 0 }), 900_000).amountCents).toBe(0);
    expect(claimAmountCents(fit, claim({ grossWagesCents: 0 }), 900_000).amountCents).toBe(0);
  });

  // Random claims: any rules, a period of 1 to 70 days, hours up to 100 per week of the period.
  const claimCaseArb = rulesArb.chain((r) =>
    fc.record({
      rules: fc.constant(r),
      days: fc.integer({ min: 1, max: 70 }),
      hoursPerDay: hoursArb(16),
      hourlyWageCents: fc.integer({ min: 0, max: 2 * r.hourlyWageCapCents + 100 }),
      grossWagesCents: fc.nat({ max: 5_000_000 }),
      remainingCents: fc.nat({ max: 20_000_000 }),
    }),
  );
  const toClaim = (c: {
    days: number;
    hoursPerDay: number;
    hourlyWageCents: number;
    grossWagesCents: number;
  }) => ({
    periodStart: '2025-06-02',
    periodEnd: addDays('2025-06-02', c.days - 1),
    hoursWorked: Math.round(c.hoursPerDay * c.days * 100) / 100,
    grossWagesCents: c.grossWagesCents,
    hourlyWageCents: c.hourlyWageCents,
  });
  /** rate × cap × max hours × days / 7, rounded: the most any claim of the period can get. */
  const periodCapMax = (r: SubsidyRules, days: number) =>
    halfUp(
      BigInt(r.wageSubsidyRateBp) *
        BigInt(r.hourlyWageCapCents) *
        BigInt(r.maxHoursPerWeekCounted) *
        BigInt(days),
      70_000n,
    );

  it('is never negative, never above the remaining, the period cap or rate × wages paid', () => {
    fc.assert(
      fc.property(claimCaseArb, (c) => {
        const result = claimAmountCents(c.rules, toClaim(c), c.remainingCents);
        expect(result.amountCents).toBeGreaterThanOrEqual(0);
        expect(Number.isSafeInteger(result.amountCents)).toBe(true);
        expect(result.amountCents).toBeLessThanOrEqual(c.remainingCents);
        expect(result.amountCents).toBeLessThanOrEqual(periodCapMax(c.rules, c.days));
        expect(result.amountCents).toBeLessThanOrEqual(
          halfUp(BigInt(c.rules.wageSubsidyRateBp) * BigInt(c.grossWagesCents), 10_000n),
        );
        expect(result.cappedByRemaining).toBe(
          claimAmountCents(c.rules, toClaim(c), Number.MAX_SAFE_INTEGER).amountCents >
            c.remainingCents,
        );
      }),
    );
  });

  it('flags the hours exactly when they exceed max hours × days / 7', () => {
    fc.assert(
      fc.property(claimCaseArb, (c) => {
        const input = toClaim(c);
        const flagged = claimAmountCents(c.rules, input, c.remainingCents).problems.some(
          (p) => p.code === 'hoursAboveWeeklyMaximum',
        );
        const hundredths = Math.round(input.hoursWorked * 100);
        expect(flagged).toBe(hundredths * 7 > c.rules.maxHoursPerWeekCounted * 100 * c.days);
      }),
    );
  });

  it('pays a wage above the cap the same as the cap', () => {
    fc.assert(
      fc.property(claimCaseArb, fc.nat(50_000), (c, above) => {
        const at = (hourlyWageCents: number) =>
          claimAmountCents(c.rules, toClaim({ ...c, hourlyWageCents }), c.remainingCents);
        expect(at(c.rules.hourlyWageCapCents + above)).toEqual(at(c.rules.hourlyWageCapCents));
      }),
    );
  });

  it('is non-decreasing in hours (wages paid as agreed), in the agreed wage and in wages paid', () => {
    fc.assert(
      fc.property(
        claimCaseArb,
        hoursArb(16),
        fc.nat(2_000_000),
        fc.nat(5_000),
        (c, moreHoursPerDay, moreGross, moreWage) => {
          const amount = (days: number, hoursPerDay: number, wage: number, gross: number) =>
            claimAmountCents(
              c.rules,
              toClaim({ days, hoursPerDay, hourlyWageCents: wage, grossWagesCents: gross }),
              Number.MAX_SAFE_INTEGER,
            ).amountCents;
          // Wages paid as agreed for the hours: gross = hours × agreed wage (rounded up to the cent).
          const paid = (hoursPerDay: number) =>
            Math.ceil((Math.round(hoursPerDay * c.days * 100) * c.hourlyWageCents) / 100);
          const more = c.hoursPerDay + moreHoursPerDay;
          expect(amount(c.days, more, c.hourlyWageCents, paid(more))).toBeGreaterThanOrEqual(
            amount(c.days, c.hoursPerDay, c.hourlyWageCents, paid(c.hoursPerDay)),
          );
          const base = amount(c.days, c.hoursPerDay, c.hourlyWageCents, c.grossWagesCents);
          expect(
            amount(c.days, c.hoursPerDay, c.hourlyWageCents + moreWage, c.grossWagesCents),
          ).toBeGreaterThanOrEqual(base);
          expect(
            amount(c.days, c.hoursPerDay, c.hourlyWageCents, c.grossWagesCents + moreGross),
          ).toBeGreaterThanOrEqual(base);
        },
      ),
    );
  });

  it('never adds up beyond the pairing maximum, whatever the sequence of claims', () => {
    fc.assert(
      fc.property(
        rulesArb.chain((r) =>
          fc.tuple(
            fc.constant(r),
            termsArb(r),
            fc.array(
              fc.record({
                days: fc.integer({ min: 1, max: 28 }),
                hoursPerDay: hoursArb(12),
                grossWagesCents: fc.nat({ max: 1_000_000 }),
              }),
              { maxLength: 40 },
            ),
          ),
        ),
        ([r, terms, claims]) => {
          const maximum = maxWageSubsidyCents(r, terms);
          let paid = 0;
          for (const c of claims) {
            const result = claimAmountCents(
              r,
              toClaim({ ...c, hourlyWageCents: terms.hourlyWageCents }),
              maximum - paid,
            );
            expect(result.amountCents).toBeGreaterThanOrEqual(0);
            paid += result.amountCents;
            expect(paid).toBeLessThanOrEqual(maximum);
          }
        },
      ),
    );
  });
});

describe('periods', () => {
  const p = (start: string, end: string) => ({ start, end });

  it('overlap when they share at least one day', () => {
    expect(periodsOverlap(p('2025-03-03', '2025-03-16'), p('2025-03-16', '2025-03-29'))).toBe(true);
    expect(periodsOverlap(p('2025-03-17', '2025-03-30'), p('2025-03-03', '2025-03-16'))).toBe(
      false,
    );
    expect(periodsOverlap(p('2025-03-03', '2025-03-30'), p('2025-03-10', '2025-03-11'))).toBe(true);
    expect(periodsOverlap(p('2025-03-10', '2025-03-11'), p('2025-03-03', '2025-03-30'))).toBe(true);
  });

  it('lie within another inclusively', () => {
    const pairing = p('2025-03-03', '2025-07-06');
    expect(periodWithin(p('2025-03-03', '2025-03-16'), pairing)).toBe(true);
    expect(periodWithin(p('2025-06-23', '2025-07-06'), pairing)).toBe(true);
    expect(periodWithin(p('2025-03-02', '2025-03-15'), pairing)).toBe(false);
    expect(periodWithin(p('2025-06-24', '2025-07-07'), pairing)).toBe(false);
  });
});
