// Rules that hold over time (BRIEF « Rules that hold over time »): nothing is recorded as having
// happened after today (Quebec time), and nothing before what it depends on. Pure functions of
// the dates involved and of `today` (YYYY-MM-DD, Quebec's today, given by the caller), so the web
// can show a refusal as the date is typed; the server, which takes today from its clock, is the
// authority and refuses with the same breach: a field, an error code of shared/errors.ts and the
// dates that say which limit was crossed.
import { addDays } from './dates';
import { AppError, type ErrorCode, type ErrorParams } from './errors';

export interface DateRuleBreach {
  /** The input field the refusal is about (null: about the record as a whole). */
  field: string | null;
  code: ErrorCode;
  params: ErrorParams;
}

/** The server's refusal: the first breach, as an error on its field. */
export function refuseFirst(breaches: readonly DateRuleBreach[]): void {
  const [first] = breaches;
  if (first) throw new AppError(first.code, first.params, first.field);
}

function breach(field: string | null, code: ErrorCode, params: ErrorParams): DateRuleBreach {
  return { field, code, params };
}

/**
 * A wage-subsidy claim's pay period lies within the pairing (from its start to its end, or its
 * planned end while active) and has ended: it is claimed from its last day on.
 */
export function claimPeriodBreaches(
  period: { periodStart: string; periodEnd: string },
  pairing: { startDate: string; lastDay: string },
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (period.periodStart < pairing.startDate || period.periodEnd > pairing.lastDay) {
    out.push(
      breach('periodStart', 'claim.outsidePairing', {
        start: pairing.startDate,
        end: pairing.lastDay,
      }),
    );
  }
  if (period.periodEnd > today) {
    out.push(breach('periodEnd', 'claim.periodNotEnded', { end: period.periodEnd, today }));
  }
  return out;
}

/**
 * A placement completed or ended early: on a date from its start to today, and not before the
 * last day its claims (submitted or approved) already cover (`claimedUntil`): a claimed pay
 * period lies within the pairing.
 */
export function pairingEndBreaches(
  endDate: string,
  pairing: { startDate: string; claimedUntil?: string | null },
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (endDate < pairing.startDate) {
    out.push(
      breach('endDate', 'pairing.endBeforeStart', { date: endDate, start: pairing.startDate }),
    );
  }
  if (pairing.claimedUntil && endDate < pairing.claimedUntil) {
    out.push(
      breach('endDate', 'pairing.endBeforeClaims', {
        date: endDate,
        claimedUntil: pairing.claimedUntil,
      }),
    );
  }
  if (endDate > today) out.push(breach('endDate', 'pairing.endInFuture', { date: endDate, today }));
  return out;
}

/** The 12-week retention check: recorded from its due date (end + 12 weeks), dated up to today. */
export function retentionCheckBreaches(
  checkedOn: string,
  pairing: { retentionDueOn: string },
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (checkedOn < pairing.retentionDueOn) {
    out.push(
      breach('checkedOn', 'pairing.retentionTooEarly', {
        date: checkedOn,
        dueOn: pairing.retentionDueOn,
      }),
    );
  }
  if (checkedOn > today) {
    out.push(breach('checkedOn', 'pairing.retentionInFuture', { date: checkedOn, today }));
  }
  return out;
}

/** A consent is given on a date up to today. */
export function consentGivenBreaches(
  givenOn: string,
  today: string,
  field = 'givenOn',
): DateRuleBreach[] {
  return givenOn > today ? [breach(field, 'consent.givenInFuture', { date: givenOn, today })] : [];
}

/**
 * A consent is withdrawn between the day it was given and today (`givenOn`: the latest given
 * date of the consents withdrawn together).
 */
export function consentWithdrawalBreaches(
  withdrawnOn: string,
  givenOn: string,
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (withdrawnOn < givenOn) {
    out.push(breach('withdrawnOn', 'consent.withdrawnBeforeGiven', { date: withdrawnOn, givenOn }));
  }
  if (withdrawnOn > today) {
    out.push(breach('withdrawnOn', 'consent.withdrawnInFuture', { date: withdrawnOn, today }));
  }
  return out;
}

/** The earliest start date a hire confirmed today may have: the phase's start, or the window. */
export function earliestHireStart(
  phase: { startDate: string },
  rules: { pastStartWindowDays: number },
  today: string,
): string {
  const windowStart = addDays(today, -rules.pastStartWindowDays);
  return windowStart > phase.startDate ? windowStart : phase.startDate;
}

/**
 * A hire's start date lies within the open phase; a date in the past only within the phase's
 * window (pastStartWindowDays: a hire recorded a few days late). The web asks the employer to
 * confirm a start date in the past (hireStartIsPast).
 */
export function hireStartBreaches(
  startDate: string,
  phase: { startDate: string; endDate: string },
  rules: { pastStartWindowDays: number },
  today: string,
): DateRuleBreach[] {
  if (startDate < phase.startDate || startDate > phase.endDate) {
    return [
      breach('startDate', 'pairing.startOutsidePhase', {
        start: phase.startDate,
        end: phase.endDate,
      }),
    ];
  }
  const earliest = addDays(today, -rules.pastStartWindowDays);
  if (startDate < earliest) {
    return [
      breach('startDate', 'pairing.startTooFarInPast', {
        date: startDate,
        earliest,
        days: rules.pastStartWindowDays,
      }),
    ];
  }
  return [];
}

export function hireStartIsPast(startDate: string, today: string): boolean {
  return startDate < today;
}

/**
 * A follow-up is dated up to today, and not before the pairing (its start, or the day the hire
 * was recorded when that came first); its next date may be in the future, not before it.
 */
export function followUpBreaches(
  input: { on: string; nextOn: string | null },
  pairing: { startDate: string; recordedOn: string },
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  const earliest = pairing.recordedOn < pairing.startDate ? pairing.recordedOn : pairing.startDate;
  if (input.on > today) out.push(breach('on', 'followUp.inFuture', { date: input.on, today }));
  if (input.on < earliest) {
    out.push(breach('on', 'followUp.beforePairing', { date: input.on, earliest }));
  }
  if (input.nextOn !== null && input.nextOn < input.on) {
    out.push(breach('nextOn', 'followUp.nextBeforeDate', { date: input.nextOn, on: input.on }));
  }
  return out;
}

/** A disbursement is paid on a date from its approval to today. */
export function paymentBreaches(
  paidOn: string,
  entry: { approvedOn: string },
  today: string,
): DateRuleBreach[] {
  const out: DateRuleBreach[] = [];
  if (paidOn < entry.approvedOn) {
    out.push(
      breach('paidOn', 'ledger.paidBeforeApproval', { date: paidOn, approvedOn: entry.approvedOn }),
    );
  }
  if (paidOn > today) out.push(breach('paidOn', 'ledger.paidInFuture', { date: paidOn, today }));
  return out;
}

/**
 * An accompaniment tranche is approved once its milestone has happened: the hire's on the
 * pairing's start date (a hire may be confirmed before it), the others on the day they were
 * recorded for.
 */
export function trancheApprovalBreaches(
  tranche: { dueOn: string },
  today: string,
): DateRuleBreach[] {
  return tranche.dueOn > today
    ? [breach(null, 'tranche.notDueYet', { dueOn: tranche.dueOn, today })]
    : [];
}
