// The claim as typed, checked: the procedure's schema (claimInput) with hours and wages typed as
// text, and the live computation of the shared calculator with its problems in words, by field
// (the calculator's, a period not over yet, outside the pairing, overlapping a live claim).
import type { TFunction } from 'i18next';
import { claimPeriodBreaches } from '../../../../shared/dateRules';
import { quebecToday } from '../../../../shared/dates';
import {
  type ClaimComputation,
  claimAmountCents,
  periodsOverlap,
  periodWithin,
} from '../../../../shared/money/calculator';
import { claimInput } from '../../../../shared/money/schemas';
import { hoursText, moneyText } from '../../lib/formSchemas';
import { parseHours, parseMoney } from '../../lib/numberText';
import { type Fmt, ISO_DATE_PATTERN, type PairingDetail, refusalMessage } from '../money/moneyText';
import { type ClaimValues, lastClaimableDay, liveClaims, remainingCents } from './claimValues';

export const claimFormSchema = claimInput.omit({ pairingId: true }).extend({
  hoursWorked: hoursText(claimInput.shape.hoursWorked),
  grossWagesCents: moneyText(claimInput.shape.grossWagesCents),
});

export type ClaimField = keyof ClaimValues;

export interface ClaimProblem {
  code: string;
  field: ClaimField | null;
  message: string;
}

/** Where the calculator's problems are shown (the server uses the same fields). */
const problemField: Record<ClaimComputation['problems'][number]['code'], ClaimField> = {
  invalidDate: 'periodStart',
  periodEndsBeforeStart: 'periodEnd',
  periodLongerThanClaimPeriod: 'periodEnd',
  hoursAboveWeeklyMaximum: 'hoursWorked',
};

/** The live computation and its problems; null while the form cannot be computed. */
export function clientPreview(pairing: PairingDetail, v: ClaimValues, t: TFunction, fmt: Fmt) {
  const hours = parseHours(v.hoursWorked);
  const gross = parseMoney(v.grossWagesCents);
  if (
    !ISO_DATE_PATTERN.test(v.periodStart) ||
    !ISO_DATE_PATTERN.test(v.periodEnd) ||
    typeof hours !== 'number' ||
    hours <= 0 ||
    typeof gross !== 'number' ||
    gross <= 0
  ) {
    return null;
  }
  const remaining = remainingCents(pairing);
  const computation = claimAmountCents(
    pairing.phase.rules,
    {
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      hoursWorked: hours,
      grossWagesCents: gross,
      hourlyWageCents: pairing.hourlyWageCents,
    },
    remaining,
  );
  const problems: ClaimProblem[] = [];
  const say = (code: string, field: ClaimField, params: Record<string, string | number>) =>
    problems.push({ code, field, message: refusalMessage(code, params, t, fmt) });
  for (const p of computation.problems) {
    const params: Record<string, number> = 'limit' in p ? { limit: p.limit, actual: p.actual } : {};
    say(`claim.${p.code}`, problemField[p.code], params);
  }
  // A pay period is claimed from its last day on (the server's rule, shared/dateRules.ts).
  const today = quebecToday(new Date());
  for (const b of claimPeriodBreaches(v, { startDate: pairing.startDate, lastDay: today }, today)) {
    if (b.code === 'claim.periodNotEnded') say(b.code, 'periodEnd', b.params);
  }
  const period = { start: v.periodStart, end: v.periodEnd };
  const last = lastClaimableDay(pairing);
  if (
    v.periodStart <= v.periodEnd &&
    !periodWithin(period, { start: pairing.startDate, end: last })
  ) {
    say('claim.outsidePairing', 'periodStart', { start: pairing.startDate, end: last });
  }
  const clash = liveClaims(pairing).find((c) =>
    periodsOverlap(period, { start: c.periodStart, end: c.periodEnd }),
  );
  if (clash) {
    say('claim.overlaps', 'periodStart', { start: clash.periodStart, end: clash.periodEnd });
  }
  return { computation, remaining, problems, hours, gross };
}

export type ClientPreview = NonNullable<ReturnType<typeof clientPreview>>;
