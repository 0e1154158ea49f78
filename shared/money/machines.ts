// Lifecycles of the money side, as data (like shared/proposals/proposalMachine.ts): pairings
// (« jumelages ») and their 12-week retention check, wage-subsidy claims, accompaniment tranches,
// and ledger entries (disbursements). The server refuses any transition not in these tables (and
// one missing its required reason); the web offers only the actions the tables give the viewer's
// role. Who may act on WHICH pairing (own organisation, own business) is checked by the server.
import { addDays } from '../dates';
import type { Role } from '../roles';
import type { Milestone } from './rules';

/** A state machine as data: who fires which action from which state to which. */
export interface Transition<S extends string, A extends string> {
  readonly from: S;
  readonly to: S;
  readonly by: Role;
  readonly action: A;
  /** The actor must give a coded reason (recorded in the history). */
  readonly requiresReason: boolean;
}

function canTransition<S extends string, A extends string>(
  table: readonly Transition<S, A>[],
  from: S,
  to: S,
  by: Role,
): boolean {
  return table.some((t) => t.from === from && t.to === to && t.by === by);
}

function actionsFor<S extends string, A extends string>(
  table: readonly Transition<S, A>[],
  from: S,
  by: Role,
): A[] {
  const actions: A[] = [];
  for (const t of table) {
    if (t.from === from && t.by === by && !actions.includes(t.action)) actions.push(t.action);
  }
  return actions;
}

function findTransition<S extends string, A extends string>(
  table: readonly Transition<S, A>[],
  from: S,
  action: A,
  by: Role,
): Transition<S, A> | null {
  return table.find((t) => t.from === from && t.action === action && t.by === by) ?? null;
}

/** One row per actor, so that the table reads as the specification does. */
function rows<S extends string, A extends string>(
  from: S,
  to: S,
  action: A,
  requiresReason: boolean,
  actors: readonly Role[],
): Transition<S, A>[] {
  return actors.map((by) => ({ from, to, by, action, requiresReason }));
}

// ---------------------------------------------------------------------------------------------
// Pairings

export const pairingStatuses = ['active', 'completed', 'ended_early'] as const;
export type PairingStatus = (typeof pairingStatuses)[number];

export const pairingActions = ['complete', 'endEarly'] as const;
export type PairingAction = (typeof pairingActions)[number];

/** Why a pairing ended before its planned end (recorded with the end date). */
export const endEarlyReasons = [
  'quit',
  'dismissed',
  'health',
  'moved',
  'other_job',
  'other',
] as const;
export type EndEarlyReason = (typeof endEarlyReasons)[number];

export const pairingTransitions: readonly Transition<PairingStatus, PairingAction>[] = [
  // Completion is an outcome the accompanying organisation records (the org_admin does whatever
  // a counsellor does, BRIEF roles), or the coordinator, who sees every pairing.
  ...rows('active', 'completed', 'complete', false, ['counsellor', 'org_admin', 'coordinator']),
  // Anyone close to the job may report that it ended: the employer knows first when someone quits.
  ...rows('active', 'ended_early', 'endEarly', true, [
    'counsellor',
    'org_admin',
    'employer',
    'coordinator',
  ]),
];

export function canTransitionPairing(from: PairingStatus, to: PairingStatus, by: Role): boolean {
  return canTransition(pairingTransitions, from, to, by);
}

/** The actions `by` may take on a pairing in state `from`, in table order. */
export function pairingActionsFor(from: PairingStatus, by: Role): PairingAction[] {
  return actionsFor(pairingTransitions, from, by);
}

export function findPairingTransition(
  from: PairingStatus,
  action: PairingAction,
  by: Role,
): Transition<PairingStatus, PairingAction> | null {
  return findTransition(pairingTransitions, from, action, by);
}

export function isTerminalPairingStatus(status: PairingStatus): boolean {
  return !pairingTransitions.some((t) => t.from === status);
}

// Retention check: 12 weeks after the end, completed or ended early (BRIEF step 7).

export const retentionOutcomes = ['employed', 'not_employed', 'unknown'] as const;
export type RetentionOutcome = (typeof retentionOutcomes)[number];

export const RETENTION_CHECK_WEEKS = 12;

/** The date the retention check is due: 12 weeks (84 days) after the pairing's end date. */
export function retentionCheckDueOn(endDate: string): string {
  return addDays(endDate, RETENTION_CHECK_WEEKS * 7);
}

/** Who records the outcome: the accompanying organisation, or the coordinator. */
export const retentionRecorders = [
  'counsellor',
  'org_admin',
  'coordinator',
] as const satisfies readonly Role[];

/** A retention outcome can be recorded (or corrected) once the pairing has ended. */
export function canRecordRetention(status: PairingStatus, by: Role): boolean {
  return status !== 'active' && (retentionRecorders as readonly Role[]).includes(by);
}

/**
 * The milestones of a pairing that have happened, hence whose accompaniment tranche is due: the
 * hire always; completion when the pairing completed (not when it ended early); the retention
 * check once its outcome is known, employed or not. 'unknown' (the person could not be reached)
 * is not a check done, so it does not make the tranche due; recording a known outcome later does.
 */
export function milestonesReached(pairing: {
  status: PairingStatus;
  retentionOutcome: RetentionOutcome | null;
}): Milestone[] {
  const reached: Milestone[] = ['hire'];
  if (pairing.status === 'completed') reached.push('completion');
  if (
    pairing.status !== 'active' &&
    (pairing.retentionOutcome === 'employed' || pairing.retentionOutcome === 'not_employed')
  ) {
    reached.push('retention');
  }
  return reached;
}

// ---------------------------------------------------------------------------------------------
// Wage-subsidy claims (submitted by the employer: that is their creation, not a transition)

export const claimStatuses = ['submitted', 'approved', 'rejected', 'reversed'] as const;
export type ClaimStatus = (typeof claimStatuses)[number];

/**
 * The claims that count against the pairing's maximum and hold their pay period: submitted or
 * approved. A rejected claim never did; a reversed one (its ledger entry reversed) no longer
 * does, so the corrected claim for the same period can be submitted.
 */
export const countingClaimStatuses = [
  'submitted',
  'approved',
] as const satisfies readonly ClaimStatus[];

export function isCountingClaim(status: ClaimStatus): boolean {
  return (countingClaimStatuses as readonly ClaimStatus[]).includes(status);
}

/** Reversing is done on the ledger entry (money.reverseEntry); the claim follows. */
export const claimActions = ['approve', 'reject', 'reverse'] as const;
export type ClaimAction = (typeof claimActions)[number];

/** Why a coordinator rejects a claim or an accompaniment tranche. */
export const rejectReasons = [
  'proof_missing_or_unreadable',
  'missing_documents',
  'hours_not_eligible',
  'outside_period',
  'duplicate',
  'other',
] as const;
export type RejectReason = (typeof rejectReasons)[number];

export const claimTransitions: readonly Transition<ClaimStatus, ClaimAction>[] = [
  {
    from: 'submitted',
    to: 'approved',
    by: 'coordinator',
    action: 'approve',
    requiresReason: false,
  },
  { from: 'submitted', to: 'rejected', by: 'coordinator', action: 'reject', requiresReason: true },
  { from: 'approved', to: 'reversed', by: 'coordinator', action: 'reverse', requiresReason: true },
];

export function canTransitionClaim(from: ClaimStatus, to: ClaimStatus, by: Role): boolean {
  return canTransition(claimTransitions, from, to, by);
}

export function claimActionsFor(from: ClaimStatus, by: Role): ClaimAction[] {
  return actionsFor(claimTransitions, from, by);
}

export function findClaimTransition(
  from: ClaimStatus,
  action: ClaimAction,
  by: Role,
): Transition<ClaimStatus, ClaimAction> | null {
  return findTransition(claimTransitions, from, action, by);
}

// ---------------------------------------------------------------------------------------------
// Accompaniment tranches: created 'due' when their milestone is reached, then reviewed like a
// claim (the organisation is paid for follow-up work it actually did).

export const trancheStatuses = ['due', 'approved', 'rejected', 'reversed'] as const;
export type TrancheStatus = (typeof trancheStatuses)[number];

/**
 * The tranches that count against the pairing's accompaniment amount: due or approved. When an
 * approved tranche's ledger entry is reversed, the tranche becomes 'reversed' and, its milestone
 * having happened, a new 'due' tranche takes its place for a new decision.
 */
export const countingTrancheStatuses = [
  'due',
  'approved',
] as const satisfies readonly TrancheStatus[];

export const trancheActions = ['approve', 'reject', 'reverse'] as const;
export type TrancheAction = (typeof trancheActions)[number];

export const trancheTransitions: readonly Transition<TrancheStatus, TrancheAction>[] = [
  { from: 'due', to: 'approved', by: 'coordinator', action: 'approve', requiresReason: false },
  { from: 'due', to: 'rejected', by: 'coordinator', action: 'reject', requiresReason: true },
  { from: 'approved', to: 'reversed', by: 'coordinator', action: 'reverse', requiresReason: true },
];

export function canTransitionTranche(from: TrancheStatus, to: TrancheStatus, by: Role): boolean {
  return canTransition(trancheTransitions, from, to, by);
}

export function trancheActionsFor(from: TrancheStatus, by: Role): TrancheAction[] {
  return actionsFor(trancheTransitions, from, by);
}

export function findTrancheTransition(
  from: TrancheStatus,
  action: TrancheAction,
  by: Role,
): Transition<TrancheStatus, TrancheAction> | null {
  return findTransition(trancheTransitions, from, action, by);
}

// ---------------------------------------------------------------------------------------------
// Ledger (append-only): an approved claim or tranche becomes an entry, 'approved' until a
// coordinator marks it paid (date and reference). A mistake is corrected by a 'reversal' entry
// (negative amount, pointing at the entry it reverses), never by editing or deleting.

export const ledgerEntryKinds = ['wage_subsidy', 'accompaniment', 'reversal'] as const;
export type LedgerEntryKind = (typeof ledgerEntryKinds)[number];

export const disbursementStatuses = ['approved', 'paid'] as const;
export type DisbursementStatus = (typeof disbursementStatuses)[number];

export const disbursementActions = ['markPaid'] as const;
export type DisbursementAction = (typeof disbursementActions)[number];

export const disbursementTransitions: readonly Transition<
  DisbursementStatus,
  DisbursementAction
>[] = [
  { from: 'approved', to: 'paid', by: 'coordinator', action: 'markPaid', requiresReason: false },
];

export function canTransitionDisbursement(
  from: DisbursementStatus,
  to: DisbursementStatus,
  by: Role,
): boolean {
  return canTransition(disbursementTransitions, from, to, by);
}

export function disbursementActionsFor(from: DisbursementStatus, by: Role): DisbursementAction[] {
  return actionsFor(disbursementTransitions, from, by);
}

export function findDisbursementTransition(
  from: DisbursementStatus,
  action: DisbursementAction,
  by: Role,
): Transition<DisbursementStatus, DisbursementAction> | null {
  return findTransition(disbursementTransitions, from, action, by);
}
