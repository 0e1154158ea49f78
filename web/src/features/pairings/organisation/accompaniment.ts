// Accompaniment logic the screens share, kept free of React so that it is tested on its own:
// the follow-up form's cross-field check, sensible default dates, the next follow-up of a
// pairing, and its accompaniment tranches as the organisation reads them.
import { addDays } from '../../../../../shared/dates';
import { trancheAmounts } from '../../../../../shared/money/calculator';
import type {
  PairingStatus,
  RejectReason,
  TrancheStatus,
} from '../../../../../shared/money/machines';
import type { Milestone, SubsidyRules } from '../../../../../shared/money/rules';
import type { RouterOutputs } from '../../../lib/trpc';

export type PairingRow = RouterOutputs['pairings']['list']['items'][number];
export type PairingFile = RouterOutputs['pairings']['get'];
export type Agenda = RouterOutputs['pairings']['agenda'];

export { followUpKinds, withWhomOptions } from '../../../../../shared/pairings/schemas';

/** Days to the next follow-up suggested by the form: every two weeks while the job lasts. */
export const FOLLOW_UP_CADENCE_DAYS = 14;

/** The next follow-up suggested for a pairing: in two weeks while active, none once ended. */
export function suggestedNextOn(status: PairingStatus, on: string): string {
  return status === 'active' ? addDays(on, FOLLOW_UP_CADENCE_DAYS) : '';
}

/**
 * The error key of the "next follow-up" field, checked before sending like the server does
 * (`followUp.nextBeforeDate`): the next follow-up cannot come before this one.
 */
export function nextOnError(on: string, nextOn: string): 'errors.followUp.nextBeforeDate' | null {
  if (!nextOn || !on) return null;
  return nextOn < on ? 'errors.followUp.nextBeforeDate' : null;
}

/**
 * The end date a form starts with: completing, the planned end once it has come; ending early,
 * today; never before the start (a hire that falls through before the first day ends on it).
 */
export function defaultEndDate(
  action: 'complete' | 'endEarly',
  pairing: { startDate: string; plannedEndDate: string },
  today: string,
): string {
  const date =
    action === 'complete' && pairing.plannedEndDate <= today ? pairing.plannedEndDate : today;
  return date < pairing.startDate ? pairing.startDate : date;
}

/**
 * The next follow-up of a pairing: the "next" date of its most recently logged entry (the one
 * the agenda uses), or a week after the start when none was logged yet, as the server does.
 */
export function nextFollowUpOf(
  pairing: { status: PairingStatus; startDate: string },
  followUps: readonly { id: number; nextOn: string | null }[],
): string | null {
  if (pairing.status !== 'active') return null;
  if (followUps.length === 0) return addDays(pairing.startDate, 7);
  const latest = followUps.reduce((a, b) => (b.id > a.id ? b : a));
  return latest.nextOn;
}

export type TrancheState = TrancheStatus | 'upcoming' | 'notApplicable';

export interface TrancheLine {
  milestone: Milestone;
  amountCents: number;
  state: TrancheState;
  dueOn: string | null;
  rejectReason: RejectReason | null;
  rejectComment: string | null;
}

/**
 * One line per milestone of the phase's rules: the tranche when it exists (due, approved,
 * rejected), else what it will be. After an early end, completion and retention are not paid.
 */
export function trancheLines(
  rules: Pick<SubsidyRules, 'accompanimentAmountCents' | 'accompanimentTranches'>,
  status: PairingStatus,
  tranches: readonly {
    milestone: Milestone;
    amountCents: number;
    status: TrancheStatus;
    dueOn: string;
    rejectReason: string | null;
    rejectComment: string | null;
  }[],
): TrancheLine[] {
  return trancheAmounts(rules).map(({ milestone, amountCents }) => {
    // The tranche that counts; a reversed one only when nothing replaced it.
    const t =
      tranches.find((x) => x.milestone === milestone && x.status !== 'reversed') ??
      tranches.find((x) => x.milestone === milestone);
    if (t) {
      return {
        milestone,
        amountCents: t.amountCents,
        state: t.status,
        dueOn: t.dueOn,
        rejectReason: (t.rejectReason as RejectReason | null) ?? null,
        rejectComment: t.rejectComment,
      };
    }
    return {
      milestone,
      amountCents,
      state: status === 'ended_early' && milestone !== 'hire' ? 'notApplicable' : 'upcoming',
      dueOn: null,
      rejectReason: null,
      rejectComment: null,
    };
  });
}

/** Filters of the pairings list, read from the URL (`?status=active&phase=10`). */
export function readPairingFilters(search: string): {
  status: PairingStatus | undefined;
  phase: number | undefined;
} {
  const params = new URLSearchParams(search);
  const s = params.get('status');
  const status =
    s === 'active' || s === 'completed' || s === 'ended_early' ? (s as PairingStatus) : undefined;
  const p = Number(params.get('phase'));
  return { status, phase: Number.isInteger(p) && p > 0 ? p : undefined };
}

export function pairingFiltersHref(filters: {
  status?: string | undefined;
  phase?: number | undefined;
}) {
  const next = new URLSearchParams();
  if (filters.phase) next.set('phase', String(filters.phase));
  if (filters.status) next.set('status', filters.status);
  const qs = next.toString();
  return qs ? `/accompaniment?${qs}` : '/accompaniment';
}

/** What the accompaniment forms need to know of their pairing. */
export interface PairingRef {
  id: number;
  status: PairingStatus;
  personName: string;
}
