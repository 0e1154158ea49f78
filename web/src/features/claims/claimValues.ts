// A claim's values as the employer types them (named like the procedure's fields) and their
// defaults: the next pay period after the last claim holding money, with the hours and wages
// agreed at hire; what remains of the pairing's maximum.
import { addDays } from '../../../../shared/dates';
import { isCountingClaim } from '../../../../shared/money/machines';
import { centsToInput, hoursToInput } from '../../lib/numberText';
import { type Fmt, ISO_DATE_PATTERN, type PairingDetail } from '../money/moneyText';

export interface ClaimValues {
  periodStart: string;
  periodEnd: string;
  hoursWorked: string;
  grossWagesCents: string;
}

/** The claims that hold money: submitted or approved (a rejected period can be claimed again). */
export function liveClaims(pairing: PairingDetail) {
  return pairing.claims.filter((c) => isCountingClaim(c.status));
}

/** What remains of the pairing's maximum wage subsidy for new claims. */
export function remainingCents(pairing: PairingDetail): number {
  const used = liveClaims(pairing).reduce((s, c) => s + c.amountCents, 0);
  return Math.max(0, pairing.maxWageSubsidyCents - used);
}

export function lastClaimableDay(pairing: PairingDetail): string {
  return pairing.endDate ?? pairing.plannedEndDate;
}

/** The first day no live claim covers yet, after the last one (or the start of the pairing). */
export function nextPeriodStart(pairing: PairingDetail, alsoClaimedUntil?: string): string {
  const ends = liveClaims(pairing).map((c) => c.periodEnd);
  if (alsoClaimedUntil) ends.push(alsoClaimedUntil);
  const last = ends.sort().at(-1);
  return last && last >= pairing.startDate ? addDays(last, 1) : pairing.startDate;
}

/**
 * The next pay period: one claim period long (e.g. 14 days) from the next unclaimed day, within
 * the pairing; hours and gross wages as agreed at hire, for the employer to check against payroll.
 */
export function claimDefaults(
  pairing: PairingDetail,
  locale: Fmt['locale'],
  alsoClaimedUntil?: string,
): ClaimValues {
  const start = nextPeriodStart(pairing, alsoClaimedUntil);
  const periodDays = pairing.phase.rules.claimPeriodWeeks * 7;
  const last = lastClaimableDay(pairing);
  const planned = addDays(start, periodDays - 1);
  const end = planned < last ? planned : last;
  if (end < start)
    return { periodStart: start, periodEnd: start, hoursWorked: '', grossWagesCents: '' };
  return { periodStart: start, periodEnd: end, ...agreedFor(pairing, start, end, locale) };
}

/**
 * The hours and gross wages the hire's terms give for a period: agreed hours over its days
 * (40 h × 14 / 7 = 80 h) to the hundredth, paid at the agreed wage, to the cent up. Empty when the
 * period is not a valid one.
 */
export function agreedFor(
  pairing: Pick<PairingDetail, 'hoursPerWeek' | 'hourlyWageCents'>,
  start: string,
  end: string,
  locale: Fmt['locale'],
): Pick<ClaimValues, 'hoursWorked' | 'grossWagesCents'> {
  if (!ISO_DATE_PATTERN.test(start) || !ISO_DATE_PATTERN.test(end) || end < start) {
    return { hoursWorked: '', grossWagesCents: '' };
  }
  const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
  if (!Number.isFinite(days)) return { hoursWorked: '', grossWagesCents: '' };
  const hundredths = Math.round((pairing.hoursPerWeek * 100 * days) / 7);
  // Rounded up: a wage rounded down would read as paid below the agreed rate.
  const gross = Math.ceil((hundredths * pairing.hourlyWageCents) / 100);
  return {
    hoursWorked: hoursToInput(hundredths / 100, locale),
    grossWagesCents: centsToInput(gross, locale),
  };
}
