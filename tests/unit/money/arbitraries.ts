// fast-check generators shared by the money tests: valid subsidy rules and hire terms.
import fc from 'fast-check';
import {
  type AccompanimentTranche,
  milestones,
  type SubsidyRules,
} from '../../../shared/money/rules';

/** 1 to 3 tranches on distinct milestones whose shares add up to exactly 10 000 bp. */
export const tranchesArb: fc.Arbitrary<AccompanimentTranche[]> = fc
  .shuffledSubarray([...milestones], { minLength: 1, maxLength: 3 })
  .chain((chosen) =>
    fc
      .uniqueArray(fc.integer({ min: 1, max: 9_999 }), {
        minLength: chosen.length - 1,
        maxLength: chosen.length - 1,
      })
      .map((cuts) => {
        const bounds = [0, ...[...cuts].sort((a, b) => a - b), 10_000];
        return chosen.map((milestone, i) => ({
          milestone,
          shareBp: (bounds[i + 1] ?? 0) - (bounds[i] ?? 0),
        }));
      }),
  );

const orderedPair = (min: number, max: number): fc.Arbitrary<[number, number]> =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
    .map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

export const rulesArb: fc.Arbitrary<SubsidyRules> = fc
  .record({
    wageSubsidyRateBp: fc.integer({ min: 1, max: 10_000 }),
    hourlyWageCapCents: fc.integer({ min: 1, max: 100_000 }),
    hours: orderedPair(1, 80),
    weeks: orderedPair(1, 104),
    accompanimentAmountCents: fc.integer({ min: 0, max: 10_000_000 }),
    accompanimentTranches: tranchesArb,
    claimPeriodWeeks: fc.integer({ min: 1, max: 8 }),
    claimDeadlineDays: fc.integer({ min: 0, max: 365 }),
    minHourlyWageCents: fc.integer({ min: 1, max: 100_000 }),
    pastStartWindowDays: fc.integer({ min: 0, max: 90 }),
  })
  .map(({ hours, weeks, ...rest }) => ({
    ...rest,
    minHoursPerWeek: hours[0],
    maxHoursPerWeekCounted: hours[1],
    minWeeks: weeks[0],
    maxWeeks: weeks[1],
  }));

/** Hours with at most 2 decimals, 0 to `max`. */
export const hoursArb = (max: number): fc.Arbitrary<number> =>
  fc.integer({ min: 0, max: max * 100 }).map((h) => h / 100);
