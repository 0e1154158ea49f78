// The day-by-day calculator under amendments: with one set of terms and no leave it IS the
// calculator of the hire and of claims (laws over any rules and terms), and across a change or a
// leave it pays each day at the terms in force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/dates';
import { claimAmountCents, maxWageSubsidyCents } from '../../../shared/money/calculator';
import { currentFitRules } from '../../../shared/money/rules';
import {
  claimAmountOverSchedule,
  maxWageSubsidyOverSchedule,
  plannedEndOf,
  scheduleOf,
  type TermsSchedule,
  workingDaysBetween,
} from '../../../shared/money/schedule';
import { hoursArb, rulesArb } from './arbitraries';

const start = '2026-12-07';
const single = (wage: number, hours: number, weeks: number): TermsSchedule => ({
  startDate: start,
  plannedWeeks: weeks,
  rates: [{ from: start, hourlyWageCents: wage, hoursPerWeek: hours }],
  leaves: [],
});

describe('with one set of terms and no leave', () => {
  it('the maximum equals the hire calculator’s, for any rules and terms', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 80 }),
        fc.integer({ min: 1, max: 104 }),
        (rules, wage, hours, weeks) => {
          expect(maxWageSubsidyOverSchedule(rules, single(wage, hours, weeks))).toBe(
            maxWageSubsidyCents(rules, { hourlyWageCents: wage, hoursPerWeek: hours, weeks }),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a claim equals the claim calculator’s, amount, counted hours and problems', () => {
    fc.assert(
      fc.property(
        rulesArb,
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 0, max: 70 }),
        hoursArb(900),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (rules, wage, days, hoursWorked, gross, remaining) => {
          const claim = {
            periodStart: start,
            periodEnd: addDays(start, days),
            hoursWorked,
            grossWagesCents: gross,
          };
          expect(claimAmountOverSchedule(rules, single(wage, 35, 12), claim, remaining)).toEqual(
            claimAmountCents(rules, { ...claim, hourlyWageCents: wage }, remaining),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('across a change of terms or a leave', () => {
  const rules = currentFitRules;

  it('pays each day at the wage in force, never more than the wages paid', () => {
    const schedule = scheduleOf(start, [
      {
        version: 1,
        kind: 'hire',
        effectiveFrom: start,
        hourlyWageCents: 2000,
        hoursPerWeek: 35,
        plannedWeeks: 12,
        leaveStart: null,
        leaveEnd: null,
      },
      {
        version: 2,
        kind: 'wage_hours',
        effectiveFrom: '2026-12-14',
        hourlyWageCents: 2400,
        hoursPerWeek: 35,
        plannedWeeks: 12,
        leaveStart: null,
        leaveEnd: null,
      },
    ]);
    const claim = { periodStart: start, periodEnd: '2026-12-20', hoursWorked: 70 };
    // 35 h at 20 $ + 35 h at 24 $ = 1 540 $ of wages, half subsidised.
    expect(
      claimAmountOverSchedule(rules, schedule, { ...claim, grossWagesCents: 154_000 }, 1e9)
        .amountCents,
    ).toBe(77_000);
    // Paid less than the agreed wages: the subsidy follows what was paid (half of 1 400 $).
    expect(
      claimAmountOverSchedule(rules, schedule, { ...claim, grossWagesCents: 140_000 }, 1e9)
        .amountCents,
    ).toBe(70_000);
    // The maximum: 7 days at 20 $, 77 at 24 $.
    expect(maxWageSubsidyOverSchedule(rules, schedule)).toBe(497_000);
  });

  it('the wage cap applies on each day', () => {
    const schedule: TermsSchedule = {
      startDate: start,
      plannedWeeks: 10,
      rates: [
        { from: start, hourlyWageCents: 2000, hoursPerWeek: 40 },
        { from: '2026-12-14', hourlyWageCents: 3000, hoursPerWeek: 40 },
      ],
      leaves: [],
    };
    // 40 h at 20 $ and 40 h at 25 $ (the cap, not 30 $).
    expect(
      claimAmountOverSchedule(
        rules,
        schedule,
        { periodStart: start, periodEnd: '2026-12-20', hoursWorked: 80, grossWagesCents: 200_000 },
        1e9,
      ).amountCents,
    ).toBe(90_000);
  });

  it('a leave moves the planned end and counts no working day', () => {
    const leaves = [{ start: '2026-12-21', end: '2026-12-27' }];
    expect(plannedEndOf(start, 12, [])).toBe('2027-02-28');
    expect(plannedEndOf(start, 12, leaves)).toBe('2027-03-07');
    // A leave after the placement's end does not move it.
    expect(plannedEndOf(start, 2, [{ start: '2027-01-10', end: '2027-01-20' }])).toBe('2026-12-20');
    expect(workingDaysBetween(leaves, '2026-12-14', '2026-12-27')).toBe(7);
    const schedule: TermsSchedule = { ...single(2000, 35, 12), leaves };
    expect(maxWageSubsidyOverSchedule(rules, schedule)).toBe(420_000);
    const inLeave = claimAmountOverSchedule(
      rules,
      schedule,
      {
        periodStart: '2026-12-21',
        periodEnd: '2026-12-27',
        hoursWorked: 1,
        grossWagesCents: 2_000,
      },
      1e9,
    );
    expect(inLeave.problems).toEqual([{ code: 'hoursAboveWeeklyMaximum', limit: 0, actual: 1 }]);
  });

  it('an early end keeps the working weeks it lasted', () => {
    const schedule: TermsSchedule = {
      ...single(2000, 35, 12),
      leaves: [{ start: '2026-12-14', end: '2026-12-20' }],
    };
    // Worked 2026-12-07 → 2026-12-24 with a week of leave: 11 working days, 2 started weeks.
    const worked = workingDaysBetween(schedule.leaves, start, '2026-12-24');
    expect(worked).toBe(11);
    expect(maxWageSubsidyOverSchedule(rules, schedule, Math.ceil(worked / 7) * 7)).toBe(70_000);
  });
});
