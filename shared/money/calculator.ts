// The subsidy calculator: a pairing's maximum wage subsidy (committed at hire), the split of the
// accompaniment amount into tranches, the hire-term checks, and the reimbursable amount of one
// wage-subsidy claim. Pure and total: the server uses it to decide, the web to preview, so both
// always agree to the cent.
//
// Units: money is integer cents, rates and shares basis points, hours are carried as integer
// hundredths (37.5 h = 3750) and claim periods as whole days.
//
// THE rounding rule: each computed amount is one exact fraction of integers (BigInt, no floats)
// rounded ONCE, half-up to the cent (x.5 ¢ → x+1 ¢). Intermediate values (hourly subsidy,
// weekly amount, effective wage, counted hours) are never rounded. The only other allocation is
// the accompaniment split, which must add up exactly and therefore uses largest remainders (see
// trancheAmounts).
//
// Inputs are meant to be validated by the schemas first. So that a preview of a half-typed form
// never throws, anything else is normalised: a value that is not a finite positive number counts
// as 0, integers (cents, weeks, days) are taken to the nearest unit and hours to the nearest
// hundredth.
import { isoDateSchema } from '../dates';
import { FULL_SHARE_BP, type Milestone, type SubsidyRules } from './rules';

const BP = BigInt(FULL_SHARE_BP);
const HUNDREDTHS = 100n;
const DAYS_PER_WEEK = 7n;
const MS_PER_DAY = 86_400_000;

function roundHalfUpBig(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return 2n * remainder >= denominator ? quotient + 1n : quotient;
}

/**
 * numerator / denominator rounded half-up to an integer, in exact integer arithmetic: the
 * quotient, plus one when twice the remainder reaches the denominator (so 5/2 → 3, 7/3 → 2,
 * 8/3 → 3). Both must be safe integers, numerator ≥ 0 and denominator > 0; otherwise it throws a
 * RangeError, since that is a programming error, not user input.
 */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0) {
    throw new RangeError(`roundHalfUp: numerator must be a non-negative integer (${numerator})`);
  }
  if (!Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`roundHalfUp: denominator must be a positive integer (${denominator})`);
  }
  return Number(roundHalfUpBig(BigInt(numerator), BigInt(denominator)));
}

function wholeUnits(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/**
 * Hours as integer hundredths (37.5 → 3750), the form in which claims are stored. Rounding to the
 * nearest hundredth only absorbs binary noise (37.29 × 100 = 3728.999…): the schemas accept at
 * most 2 decimals.
 */
export function hoursToHundredths(hours: number): number {
  return Number.isFinite(hours) && hours > 0 ? Math.round(hours * 100) : 0;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** The parameters of a breach's message: money limits as …Cents, so they read as amounts. */
export function hireBreachParams(b: HireRuleBreach): Record<string, number> {
  return b.rule === 'minHourlyWage'
    ? { limitCents: b.limit, actualCents: b.actual }
    : { limit: b.limit, actual: b.actual };
}

/** The terms of a hire (BRIEF step 6) that the rules bear on. */
export interface HireTerms {
  hourlyWageCents: number;
  /** Up to 2 decimals. */
  hoursPerWeek: number;
  /** Whole weeks. */
  weeks: number;
}

/**
 * A pairing's maximum wage subsidy, committed against the budget at hire:
 * rate × min(wage, cap) × min(hours, max hours counted) × weeks, e.g. 50 % × 25 $ × 40 h × 18 =
 * 9 000,00 $. Weeks are also counted up to the rules' maximum: a longer hire is refused by
 * checkHireTerms anyway, and this way no preview ever shows more than the rules can pay.
 */
export function maxWageSubsidyCents(
  rules: Pick<
    SubsidyRules,
    'wageSubsidyRateBp' | 'hourlyWageCapCents' | 'maxHoursPerWeekCounted' | 'maxWeeks'
  >,
  terms: HireTerms,
): number {
  const wage = minBig(BigInt(wholeUnits(terms.hourlyWageCents)), BigInt(rules.hourlyWageCapCents));
  const hours = minBig(
    BigInt(hoursToHundredths(terms.hoursPerWeek)),
    BigInt(rules.maxHoursPerWeekCounted) * HUNDREDTHS,
  );
  const weeks = minBig(BigInt(wholeUnits(terms.weeks)), BigInt(rules.maxWeeks));
  const numerator = BigInt(rules.wageSubsidyRateBp) * wage * hours * weeks;
  return Number(roundHalfUpBig(numerator, BP * HUNDREDTHS));
}

export interface TrancheAmount {
  milestone: Milestone;
  amountCents: number;
}

/**
 * The accompaniment amount split into its tranches, in the rules' order, adding up EXACTLY to
 * accompanimentAmountCents (rounding each share half-up would not: 3 × 33,33 % of 1,00 $).
 * Largest-remainder method: each tranche gets the floor of its exact share, then the cents left
 * over go one each to the tranches with the largest remainders, ties to the earlier tranche. So
 * every tranche is within one cent of its exact share. Shares are divided by their own total,
 * which is 10 000 bp for valid rules.
 */
export function trancheAmounts(
  rules: Pick<SubsidyRules, 'accompanimentAmountCents' | 'accompanimentTranches'>,
): TrancheAmount[] {
  const amount = BigInt(wholeUnits(rules.accompanimentAmountCents));
  const shares = rules.accompanimentTranches.map((t) => BigInt(wholeUnits(t.shareBp)));
  const total = shares.reduce((sum, share) => sum + share, 0n);
  if (total === 0n) {
    // Unreachable with valid rules (each share is at least 1 bp); nothing to split by.
    return rules.accompanimentTranches.map((t) => ({ milestone: t.milestone, amountCents: 0 }));
  }
  const parts = shares.map((share, index) => ({
    index,
    cents: (amount * share) / total,
    remainder: (amount * share) % total,
  }));
  let left = amount - parts.reduce((sum, part) => sum + part.cents, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  // Each remainder is below `total`, so fewer cents are left over than there are tranches.
  for (const part of byRemainder) {
    if (left === 0n) break;
    part.cents += 1n;
    left -= 1n;
  }
  return rules.accompanimentTranches.map((t, index) => ({
    milestone: t.milestone,
    amountCents: Number(parts[index]?.cents ?? 0n),
  }));
}

export type HireRule = 'minHourlyWage' | 'minHoursPerWeek' | 'minWeeks' | 'maxWeeks';

/**
 * A rule a hire breaks, with the rule's limit and the hire's value (to say "by how much"): cents
 * for the minimum hourly wage, hours or weeks for the others.
 */
export interface HireRuleBreach {
  rule: HireRule;
  limit: number;
  actual: number;
}

/**
 * The rules the terms of a hire break, in a fixed order (empty when the hire is eligible). Hours
 * above the maximum counted are allowed: they are simply not subsidised beyond it. The wage must
 * be at least the phase's minimum hourly wage (the cap limits the subsidy, not the wage).
 */
export function checkHireTerms(
  rules: Pick<SubsidyRules, 'minHourlyWageCents' | 'minHoursPerWeek' | 'minWeeks' | 'maxWeeks'>,
  terms: HireTerms,
): HireRuleBreach[] {
  const hours = hoursToHundredths(terms.hoursPerWeek) / 100;
  const weeks = wholeUnits(terms.weeks);
  const wage = wholeUnits(terms.hourlyWageCents);
  const breaches: HireRuleBreach[] = [];
  if (wage < rules.minHourlyWageCents) {
    breaches.push({ rule: 'minHourlyWage', limit: rules.minHourlyWageCents, actual: wage });
  }
  if (hours < rules.minHoursPerWeek) {
    breaches.push({ rule: 'minHoursPerWeek', limit: rules.minHoursPerWeek, actual: hours });
  }
  if (weeks < rules.minWeeks) {
    breaches.push({ rule: 'minWeeks', limit: rules.minWeeks, actual: weeks });
  }
  if (weeks > rules.maxWeeks) {
    breaches.push({ rule: 'maxWeeks', limit: rules.maxWeeks, actual: weeks });
  }
  return breaches;
}

/** One pay period of a pairing, as the employer claims it (BRIEF step 8). */
export interface ClaimInput {
  /** YYYY-MM-DD, inclusive. */
  periodStart: string;
  /** YYYY-MM-DD, inclusive. */
  periodEnd: string;
  /** Hours worked in the period, up to 2 decimals. */
  hoursWorked: number;
  grossWagesCents: number;
  /** The pairing's agreed hourly wage. */
  hourlyWageCents: number;
}

export const claimProblemCodes = [
  'invalidDate',
  'periodEndsBeforeStart',
  'periodLongerThanClaimPeriod',
  'hoursAboveWeeklyMaximum',
] as const;
export type ClaimProblemCode = (typeof claimProblemCodes)[number];

/** Why the server refuses a claim; limit/actual are days or hours, to say by how much. */
export type ClaimProblem =
  | { code: 'invalidDate' }
  | { code: 'periodEndsBeforeStart' }
  | { code: 'periodLongerThanClaimPeriod'; limit: number; actual: number }
  | { code: 'hoursAboveWeeklyMaximum'; limit: number; actual: number };

export interface ClaimComputation {
  /** Reimbursable amount: never negative, never above the pairing's remaining maximum. */
  amountCents: number;
  /** Hours the amount pays for (up to max hours × weeks), to the hundredth, for display. */
  countedHours: number;
  /** Days in the period, inclusive; 0 when the period is invalid. */
  days: number;
  /** days / 7, for display only (the computation uses the exact fraction). */
  weeks: number;
  /** The computed amount was cut down to what remains of the pairing's maximum. */
  cappedByRemaining: boolean;
  /** Empty when the claim is acceptable; the server refuses a claim with any problem. */
  problems: ClaimProblem[];
}

function dayNumber(isoDate: string): number | null {
  if (!isoDateSchema.safeParse(isoDate).success) return null;
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/**
 * The reimbursable amount of one claim under the rules:
 *   rate × min(effective hourly wage, cap) × min(hours worked, max hours counted × days / 7)
 * where the effective hourly wage is min(agreed wage, gross wages / hours worked), so a claim
 * never reimburses more than rate × the wages actually paid; then cut to `remainingCents` (what
 * is left of the pairing's maximum). A 14-day period counts 2 weeks, a 10-day period 10/7 weeks,
 * exactly. Problems are reported alongside the amount the claim would get, for the preview;
 * an invalid or reversed period gets 0.
 */
export function claimAmountCents(
  rules: Pick<
    SubsidyRules,
    'wageSubsidyRateBp' | 'hourlyWageCapCents' | 'maxHoursPerWeekCounted' | 'claimPeriodWeeks'
  >,
  claim: ClaimInput,
  remainingCents: number,
): ClaimComputation {
  const start = dayNumber(claim.periodStart);
  const end = dayNumber(claim.periodEnd);
  if (start === null || end === null || end < start) {
    return {
      amountCents: 0,
      countedHours: 0,
      days: 0,
      weeks: 0,
      cappedByRemaining: false,
      problems: [
        { code: start === null || end === null ? 'invalidDate' : 'periodEndsBeforeStart' },
      ],
    };
  }
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

  const days = BigInt(dayCount);
  const hoursWorked = BigInt(hoursToHundredths(claim.hoursWorked));
  // The period's limit in hundredths of an hour is maxPerWeek × 100 × days / 7: compared and
  // used as that fraction, never rounded.
  const limitTimes7 = BigInt(rules.maxHoursPerWeekCounted) * HUNDREDTHS * days;
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

  // Hourly wage in cents as wageNum / wageDen: the agreed wage within the cap, or what was
  // actually paid per hour when that is lower.
  let wageNum = minBig(BigInt(wholeUnits(claim.hourlyWageCents)), BigInt(rules.hourlyWageCapCents));
  let wageDen = 1n;
  const gross = BigInt(wholeUnits(claim.grossWagesCents));
  if (hoursWorked > 0n && gross * HUNDREDTHS < wageNum * hoursWorked) {
    wageNum = gross * HUNDREDTHS;
    wageDen = hoursWorked;
  }

  const computed = roundHalfUpBig(
    BigInt(rules.wageSubsidyRateBp) * wageNum * countedNum,
    BP * HUNDREDTHS * wageDen * countedDen,
  );
  const remaining = BigInt(wholeUnits(remainingCents));
  return {
    amountCents: Number(minBig(computed, remaining)),
    countedHours: Number(roundHalfUpBig(countedNum, countedDen)) / 100,
    days: dayCount,
    weeks: dayCount / 7,
    cappedByRemaining: computed > remaining,
    problems,
  };
}

/** An inclusive period of calendar days, YYYY-MM-DD. */
export interface Period {
  start: string;
  end: string;
}

/** Whether two inclusive periods share at least one day (claims on a pairing must not). */
export function periodsOverlap(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Whether `inner` lies within `outer`, both inclusive (a claim within its pairing's dates). */
export function periodWithin(inner: Period, outer: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
