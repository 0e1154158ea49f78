// A pairing's terms over time, and the subsidy computed day by day under them. Amendments change
// the hourly wage or the hours per week from an effective date, extend or shorten the planned
// weeks, or pause the placement for a leave (which moves the planned end by as many days). The
// maximum and each claim are then computed with the terms in force on each day:
//
//   maximum = rate × Σ over the placement's working days of min(wage, cap) × min(hours, counted) / 7
//             (working days: not on leave; at most the rules' maximum weeks × 7)
//   claim   = rate × min( Σ over the period's working days of min(wage_d, cap) × counted_d,
//                          gross wages paid × counted hours ÷ hours worked )
//             where counted_d = counted hours × hours_d ÷ Σ hours_d
//
// i.e. the hours worked in a period are spread over its working days in proportion to the hours
// scheduled each day, each share paid at the (capped) wage in force that day, and never more
// than the wages actually paid for the hours counted; leave days have no scheduled hours. With one set of terms and no leave both reduce EXACTLY to the calculator's
// maxWageSubsidyCents and claimAmountCents (tested as a law). Same rounding rule as the
// calculator: one exact fraction of integers, rounded once, half-up to the cent.
import { type ClaimComputation, type ClaimProblem, hoursToHundredths } from './calculator';
import { FULL_SHARE_BP, type SubsidyRules } from './rules';

const BP = BigInt(FULL_SHARE_BP);
const HUNDREDTHS = 100n;
const DAYS_PER_WEEK = 7n;
const MS_PER_DAY = 86_400_000;

/** Wage and hours from a date on (until the next change). */
export interface RateChange {
  from: string;
  hourlyWageCents: number;
  hoursPerWeek: number;
}

/** An interruption of the placement, both days inclusive. */
export interface Leave {
  start: string;
  end: string;
}

export interface TermsSchedule {
  startDate: string;
  plannedWeeks: number;
  /** Ascending by `from`; the first applies from the start date. */
  rates: RateChange[];
  leaves: Leave[];
}

/** The columns of an agreement version that the schedule is built from. */
export interface VersionTerms {
  version: number;
  kind: 'hire' | 'weeks' | 'wage_hours' | 'leave' | 'counsellor';
  effectiveFrom: string;
  hourlyWageCents: number;
  hoursPerWeek: number;
  plannedWeeks: number;
  leaveStart: string | null;
  leaveEnd: string | null;
}

export function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / MS_PER_DAY;
}

function fromDayNumber(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The schedule a pairing's versions add up to (versions in any order). Wage and hours come from
 * the hire and each wage/hours amendment from its effective date; a later version with the same
 * effective date replaces an earlier one.
 */
export function scheduleOf(startDate: string, versions: readonly VersionTerms[]): TermsSchedule {
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const byFrom = new Map<string, RateChange>();
  const leaves: Leave[] = [];
  for (const v of ordered) {
    if (v.kind === 'hire' || v.kind === 'wage_hours') {
      const from = v.kind === 'hire' ? startDate : v.effectiveFrom;
      byFrom.set(from, { from, hourlyWageCents: v.hourlyWageCents, hoursPerWeek: v.hoursPerWeek });
    }
    if (v.kind === 'leave' && v.leaveStart && v.leaveEnd) {
      leaves.push({ start: v.leaveStart, end: v.leaveEnd });
    }
  }
  const last = ordered.at(-1);
  return {
    startDate,
    plannedWeeks: last?.plannedWeeks ?? 0,
    rates: [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    leaves: leaves.sort((a, b) => (a.start < b.start ? -1 : 1)),
  };
}

/** Whether a day falls in one of the leaves. */
export function onLeave(leaves: readonly Leave[], isoDate: string): boolean {
  return leaves.some((l) => l.start <= isoDate && isoDate <= l.end);
}

/** The wage and hours in force on a day (the first terms before the start). */
export function ratesOn(
  schedule: Pick<TermsSchedule, 'rates'>,
  isoDate: string,
): RateChange | null {
  let current: RateChange | null = schedule.rates[0] ?? null;
  for (const r of schedule.rates) {
    if (r.from <= isoDate) current = r;
    else break;
  }
  return current;
}

/**
 * The planned end: the day of the (weeks × 7)-th working day from the start, leave days not
 * counting. Without leave, start + weeks × 7 − 1 as at the hire.
 */
export function plannedEndOf(startDate: string, plannedWeeks: number, leaves: readonly Leave[]) {
  let day = dayNumber(startDate);
  let remaining = Math.max(1, plannedWeeks * 7);
  const sorted = [...leaves].sort((a, b) => (a.start < b.start ? -1 : 1));
  for (const leave of sorted) {
    const ls = dayNumber(leave.start);
    const le = dayNumber(leave.end);
    if (le < day) continue;
    if (ls > day) {
      const before = ls - day;
      if (remaining <= before) break;
      remaining -= before;
    }
    day = le + 1;
  }
  return fromDayNumber(day + remaining - 1);
}

/** Working days (not on leave) from `from` to `to`, both inclusive. */
export function workingDaysBetween(leaves: readonly Leave[], from: string, to: string): number {
  let n = 0;
  for (let d = dayNumber(from); d <= dayNumber(to); d++) {
    if (!onLeave(leaves, fromDayNumber(d))) n++;
  }
  return n;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function roundHalfUpBig(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return 2n * remainder >= denominator ? quotient + 1n : quotient;
}

/**
 * The maximum wage subsidy under a schedule: each working day of the placement at the terms in
 * force that day. `workingDaysLimit` counts only the first so many working days (an early end
 * keeps the weeks it lasted); the rules' maximum weeks always limit it.
 */
export function maxWageSubsidyOverSchedule(
  rules: Pick<
    SubsidyRules,
    'wageSubsidyRateBp' | 'hourlyWageCapCents' | 'maxHoursPerWeekCounted' | 'maxWeeks'
  >,
  schedule: TermsSchedule,
  workingDaysLimit?: number,
): number {
  const limit = Math.min(
    schedule.plannedWeeks * 7,
    rules.maxWeeks * 7,
    workingDaysLimit ?? Number.POSITIVE_INFINITY,
  );
  const cap = BigInt(rules.hourlyWageCapCents);
  const maxHours = BigInt(rules.maxHoursPerWeekCounted) * HUNDREDTHS;
  let sum = 0n;
  let counted = 0;
  for (let d = dayNumber(schedule.startDate); counted < limit; d++) {
    const iso = fromDayNumber(d);
    if (onLeave(schedule.leaves, iso)) continue;
    const r = ratesOn(schedule, iso);
    if (!r) break;
    sum +=
      minBig(BigInt(Math.max(0, Math.round(r.hourlyWageCents))), cap) *
      minBig(BigInt(hoursToHundredths(r.hoursPerWeek)), maxHours);
    counted++;
  }
  return Number(
    roundHalfUpBig(BigInt(rules.wageSubsidyRateBp) * sum, BP * HUNDREDTHS * DAYS_PER_WEEK),
  );
}

/** One pay period as the employer claims it, for the day-by-day computation. */
export interface PeriodClaim {
  periodStart: string;
  periodEnd: string;
  hoursWorked: number;
  grossWagesCents: number;
}

/**
 * The reimbursable amount of a claim under a schedule (see the header), with the same problems
 * and the same result shape as claimAmountCents. The weekly maximum of hours counted applies to
 * the period's working days (a leave day counts none).
 */
export function claimAmountOverSchedule(
  rules: Pick<
    SubsidyRules,
    'wageSubsidyRateBp' | 'hourlyWageCapCents' | 'maxHoursPerWeekCounted' | 'claimPeriodWeeks'
  >,
  schedule: Pick<TermsSchedule, 'rates' | 'leaves'>,
  claim: PeriodClaim,
  remainingCents: number,
): ClaimComputation {
  const valid = /^\d{4}-\d{2}-\d{2}$/;
  if (!valid.test(claim.periodStart) || !valid.test(claim.periodEnd)) {
    return empty([{ code: 'invalidDate' }]);
  }
  const start = dayNumber(claim.periodStart);
  const end = dayNumber(claim.periodEnd);
  if (Number.isNaN(start) || Number.isNaN(end)) return empty([{ code: 'invalidDate' }]);
  if (end < start) return empty([{ code: 'periodEndsBeforeStart' }]);

  const problems: ClaimProblem[] = [];
  const dayCount = end - start + 1;
  const claimPeriodDays = rules.claimPeriodWeeks * 7;
  if (dayCount > claimPeriodDays) {
    problems.push({
      code: 'periodLongerThanClaimPeriod',
      limit: claimPeriodDays,
      actual: dayCount,
    });
  }
  const hoursWorked = BigInt(hoursToHundredths(claim.hoursWorked));
  const gross100 = BigInt(Math.max(0, Math.round(claim.grossWagesCents))) * HUNDREDTHS;
  const cap = BigInt(rules.hourlyWageCapCents);

  // Over the working days: W = Σ scheduled hours, A = Σ min(wage, cap) × scheduled hours.
  let workingDays = 0n;
  let weights = 0n;
  let weighted = 0n;
  // Long periods are refused anyway; the loop stays bounded for a preview of any input.
  const last = Math.min(end, start + 366);
  for (let d = start; d <= last; d++) {
    const iso = fromDayNumber(d);
    if (onLeave(schedule.leaves, iso)) continue;
    const r = ratesOn(schedule, iso);
    if (!r) continue;
    workingDays++;
    const hours = BigInt(hoursToHundredths(r.hoursPerWeek));
    const wage = minBig(BigInt(Math.max(0, Math.round(r.hourlyWageCents))), cap);
    weights += hours;
    weighted += wage * hours;
  }

  const limitTimes7 = BigInt(rules.maxHoursPerWeekCounted) * HUNDREDTHS * workingDays;
  let countedNum = hoursWorked;
  let countedDen = 1n;
  if (hoursWorked * DAYS_PER_WEEK > limitTimes7) {
    problems.push({
      code: 'hoursAboveWeeklyMaximum',
      limit: Number(roundHalfUpBig(limitTimes7, DAYS_PER_WEEK)) / 100,
      actual: Number(hoursWorked) / 100,
    });
    countedNum = limitTimes7;
    countedDen = DAYS_PER_WEEK;
  }
  // The hourly base: the scheduled wages' average A / W, or what was actually paid per hour
  // worked (gross × 100 / H) when that is lower; both exact fractions.
  const paidIsLower = weighted * hoursWorked > gross100 * weights;
  const baseNum = paidIsLower ? gross100 : weighted;
  const baseDen = paidIsLower ? hoursWorked : weights;
  const computed =
    hoursWorked === 0n || weights === 0n
      ? 0n
      : roundHalfUpBig(
          BigInt(rules.wageSubsidyRateBp) * baseNum * countedNum,
          BP * HUNDREDTHS * baseDen * countedDen,
        );
  const remaining = BigInt(Math.max(0, Math.round(remainingCents)));
  return {
    amountCents: Number(minBig(computed, remaining)),
    countedHours: Number(roundHalfUpBig(countedNum, countedDen)) / 100,
    days: dayCount,
    weeks: dayCount / 7,
    cappedByRemaining: computed > remaining,
    problems,
  };
}

function empty(problems: ClaimProblem[]): ClaimComputation {
  return { amountCents: 0, countedHours: 0, days: 0, weeks: 0, cappedByRemaining: false, problems };
}
