// What a coordinator should look at twice before approving a claim, found by the server and
// shown on the review card above the buttons.
import { quebecToday } from '../../../shared/dates';
import type { SubsidyRules } from '../../../shared/money/rules';
import type { ClaimUnusual } from '../../../shared/money/schemas';

/** Whole days from `from` to `to` (calendar dates). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A period claimed as soon as it ended (the day it ended or the day after, Quebec time), more
 * hours than the hire's weekly hours over the period, an amount the calculator cut (hourly wage
 * above the cap, hours above the weekly maximum counted, wages paid below the agreed wage, or
 * what is left of the pairing's maximum).
 */
export function claimUnusual(
  c: {
    periodStart: string;
    periodEnd: string;
    submittedAt: string;
    hoursWorkedHundredths: number;
    grossWagesCents: number;
    hourlyWageCents: number;
    hoursPerWeek: number;
    amountCents: number;
  },
  rules: SubsidyRules | null,
): ClaimUnusual[] {
  const out: ClaimUnusual[] = [];
  const sinceEnd = daysBetween(c.periodEnd, quebecToday(new Date(c.submittedAt)));
  if (sinceEnd <= 1) out.push({ kind: 'periodJustEnded', days: sinceEnd });
  const days = daysBetween(c.periodStart, c.periodEnd) + 1;
  const hireHours = Math.round((c.hoursPerWeek * days * 100) / 7) / 100;
  const worked = c.hoursWorkedHundredths / 100;
  if (worked > hireHours) out.push({ kind: 'hoursAboveHire', hours: worked, hireHours });
  if (rules) {
    const uncapped = Math.round(
      (rules.wageSubsidyRateBp * c.hourlyWageCents * c.hoursWorkedHundredths) / 10_000 / 100,
    );
    if (c.amountCents < uncapped) {
      out.push({ kind: 'amountCapped', amountCents: c.amountCents, uncappedCents: uncapped });
    }
  }
  return out;
}
