// Lifecycle of a proposal (« candidature proposée »: one job seeker proposed for one posting):
// its states, the transitions as data with who fires each, the decline reasons, and the delays
// that drive reminders and expiry. The server refuses anything not in the table (and a decline
// without a reason); the web shows only the actions the table offers to the viewer's role.

export const proposalStatuses = [
  'proposed',
  'interview',
  'hired',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** States in which the proposal still awaits the employer; the seeker cannot be re-proposed. */
export const activeProposalStatuses = ['proposed', 'interview'] as const satisfies readonly [
  ProposalStatus,
  ...ProposalStatus[],
];
export type ActiveProposalStatus = (typeof activeProposalStatuses)[number];

/** 'system' is Passerelle itself: expiry when the posting closes or the proposal goes stale. */
export const proposalActors = ['employer', 'counsellor', 'system'] as const;
export type ProposalActor = (typeof proposalActors)[number];

export const proposalActions = [
  'inviteToInterview',
  'decline',
  'hire',
  'withdraw',
  'expire',
] as const;
export type ProposalAction = (typeof proposalActions)[number];

export interface ProposalTransition {
  readonly from: ProposalStatus;
  readonly to: ProposalStatus;
  readonly by: ProposalActor;
  readonly action: ProposalAction;
  /** The actor must give one of `declineReasons` (recorded in the transition history). */
  readonly requiresReason: boolean;
}

export const proposalTransitions: readonly ProposalTransition[] = [
  {
    from: 'proposed',
    to: 'interview',
    by: 'employer',
    action: 'inviteToInterview',
    requiresReason: false,
  },
  { from: 'proposed', to: 'declined', by: 'employer', action: 'decline', requiresReason: true },
  { from: 'interview', to: 'declined', by: 'employer', action: 'decline', requiresReason: true },
  // Hiring straight from 'proposed' is allowed: small employers often hire without a formal
  // interview step in the tool, and forcing one would be a step for nothing.
  { from: 'proposed', to: 'hired', by: 'employer', action: 'hire', requiresReason: false },
  { from: 'interview', to: 'hired', by: 'employer', action: 'hire', requiresReason: false },
  {
    from: 'proposed',
    to: 'withdrawn',
    by: 'counsellor',
    action: 'withdraw',
    requiresReason: false,
  },
  {
    from: 'interview',
    to: 'withdrawn',
    by: 'counsellor',
    action: 'withdraw',
    requiresReason: false,
  },
  { from: 'proposed', to: 'expired', by: 'system', action: 'expire', requiresReason: false },
  { from: 'interview', to: 'expired', by: 'system', action: 'expire', requiresReason: false },
];

export const declineReasons = [
  'profile_mismatch',
  'position_filled',
  'not_available',
  'no_show',
  'candidate_declined',
  'other',
] as const;
export type DeclineReason = (typeof declineReasons)[number];

/** Days without an employer response after which the employer (and counsellor) are reminded. */
export const PROPOSAL_REMINDER_DAYS = 7;
/**
 * Days without an employer response after which the system expires an active proposal, so that
 * a seeker is never held indefinitely by an employer who went silent. A proposal also expires
 * at once when its posting is closed or filled.
 */
export const PROPOSAL_EXPIRY_DAYS = 30;

/**
 * The employers' answers an organisation's home lists: those of the last 30 days not opened yet
 * (older ones stay in the proposals list, never on the home).
 */
export const RECENT_ANSWER_DAYS = 30;

export function canTransitionProposal(
  from: ProposalStatus,
  to: ProposalStatus,
  by: ProposalActor,
): boolean {
  return proposalTransitions.some((t) => t.from === from && t.to === to && t.by === by);
}

/** The actions `by` may take on a proposal in state `from`, in table order. */
export function proposalActionsFor(from: ProposalStatus, by: ProposalActor): ProposalAction[] {
  const actions: ProposalAction[] = [];
  for (const t of proposalTransitions) {
    if (t.from === from && t.by === by) actions.push(t.action);
  }
  return actions;
}

export function findProposalTransition(
  from: ProposalStatus,
  action: ProposalAction,
  by: ProposalActor,
): ProposalTransition | null {
  return (
    proposalTransitions.find((t) => t.from === from && t.action === action && t.by === by) ?? null
  );
}

export function isActiveProposal(status: ProposalStatus): status is ActiveProposalStatus {
  return (activeProposalStatuses as readonly ProposalStatus[]).includes(status);
}

export function isTerminalProposalStatus(status: ProposalStatus): boolean {
  return !proposalTransitions.some((t) => t.from === status);
}
