// The rules an amendment's dates and terms obey, as pure functions (the web shows the same
// refusal as the server, which is the authority: it takes today from its clock). An amendment is
// an agreement on terms, so its effective date may be ahead (a raise from next month, a planned
// leave); what has happened is dated by the server (the amendment's record, each signature).
//  - Nothing takes effect before the pairing's start, nor on days its claims already cover.
//  - A wage or hours change starts within the pairing, not before the last change.
//  - A leave starts within the pairing and does not overlap another one.
//  - Shortening may not move the planned end before today: a placement that is over is ended
//    (completed or ended early, with their own rules), not amended.
//  - The phase's rules hold as at hire: weeks within the minimum and maximum, hours per week and
//    hourly wage at least the minimums.
import type { DateRuleBreach } from '../dateRules';
import type { SubsidyRules } from '../money/rules';

export interface AmendmentContext {
  startDate: string;
  /** The planned end as the terms in force make it (leaves included). */
  plannedEnd: string;
  /** The day the latest wage or hours change took effect (the start when none). */
  lastRateFrom: string;
  /** The last day covered by a claim that counts (submitted or approved), if any. */
  lastClaimedDay: string | null;
  leaves: readonly { start: string; end: string }[];
}

function breach(
  field: string,
  code: DateRuleBreach['code'],
  params: DateRuleBreach['params'] = {},
): DateRuleBreach {
  return { field, code, params };
}

/** A new number of planned weeks, given the planned end it would make. */
export function weeksAmendmentBreaches(
  plannedWeeks: number,
  newPlannedEnd: string,
  ctx: AmendmentContext,
  rules: Pick<SubsidyRules, 'minWeeks' | 'maxWeeks'>,
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (plannedWeeks < rules.minWeeks) {
    out.push(
      breach('plannedWeeks', 'pairing.rule.minWeeks', {
        limit: rules.minWeeks,
        actual: plannedWeeks,
      }),
    );
  }
  if (plannedWeeks > rules.maxWeeks) {
    out.push(
      breach('plannedWeeks', 'pairing.rule.maxWeeks', {
        limit: rules.maxWeeks,
        actual: plannedWeeks,
      }),
    );
  }
  if (ctx.lastClaimedDay && newPlannedEnd < ctx.lastClaimedDay) {
    out.push(breach('plannedWeeks', 'amendment.beforeClaimedPeriod', { date: ctx.lastClaimedDay }));
  }
  if (newPlannedEnd < today && newPlannedEnd < ctx.plannedEnd) {
    out.push(breach('plannedWeeks', 'amendment.endBeforeToday', { date: newPlannedEnd, today }));
  }
  return out;
}

/** A wage or hours change from an effective date. */
export function wageHoursAmendmentBreaches(
  input: { effectiveFrom: string; hourlyWageCents: number; hoursPerWeek: number },
  ctx: AmendmentContext,
  rules: Pick<SubsidyRules, 'minHourlyWageCents' | 'minHoursPerWeek'>,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  const from = input.effectiveFrom;
  if (from < ctx.startDate || from > ctx.plannedEnd) {
    out.push(
      breach('effectiveFrom', 'amendment.effectiveOutsidePairing', {
        start: ctx.startDate,
        end: ctx.plannedEnd,
      }),
    );
  } else if (from < ctx.lastRateFrom) {
    out.push(
      breach('effectiveFrom', 'amendment.effectiveBeforeLastChange', { date: ctx.lastRateFrom }),
    );
  } else if (ctx.lastClaimedDay && from <= ctx.lastClaimedDay) {
    out.push(
      breach('effectiveFrom', 'amendment.beforeClaimedPeriod', { date: ctx.lastClaimedDay }),
    );
  }
  if (input.hourlyWageCents < rules.minHourlyWageCents) {
    out.push(
      breach('hourlyWageCents', 'pairing.rule.minHourlyWage', {
        limitCents: rules.minHourlyWageCents,
        actualCents: input.hourlyWageCents,
      }),
    );
  }
  if (input.hoursPerWeek < rules.minHoursPerWeek) {
    out.push(
      breach('hoursPerWeek', 'pairing.rule.minHoursPerWeek', {
        limit: rules.minHoursPerWeek,
        actual: input.hoursPerWeek,
      }),
    );
  }
  return out;
}

/** A leave between two dates (the schema checks their order and length). */
export function leaveAmendmentBreaches(
  input: { leaveStart: string; leaveEnd: string },
  ctx: AmendmentContext,
): DateRuleBreach[] {
  if (input.leaveStart < ctx.startDate || input.leaveStart > ctx.plannedEnd) {
    return [
      breach('leaveStart', 'amendment.leaveOutsidePairing', {
        start: ctx.startDate,
        end: ctx.plannedEnd,
      }),
    ];
  }
  if (ctx.lastClaimedDay && input.leaveStart <= ctx.lastClaimedDay) {
    return [breach('leaveStart', 'amendment.beforeClaimedPeriod', { date: ctx.lastClaimedDay })];
  }
  const clash = ctx.leaves.find((l) => l.start <= input.leaveEnd && input.leaveStart <= l.end);
  if (clash) {
    return [
      breach('leaveStart', 'amendment.leaveOverlaps', { start: clash.start, end: clash.end }),
    ];
  }
  return [];
}
