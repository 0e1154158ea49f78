// Lifecycle of a posting (hiring need, « besoin de main-d'œuvre »): its states and, as data,
// which transitions exist and who fires them. The server refuses any transition that is not in
// the table; the web shows only the actions the table offers.
//
// 'filled' and 'closed' are terminal: reopening would resurrect proposals that already expired
// with the posting, so an employer who needs more people posts a new need.

export const postingStatuses = ['draft', 'open', 'filled', 'closed'] as const;
export type PostingStatus = (typeof postingStatuses)[number];

/** 'system' is Passerelle itself, e.g. when the last position is hired. */
export const postingActors = ['employer', 'system'] as const;
export type PostingActor = (typeof postingActors)[number];

export const postingActions = ['publish', 'close', 'markFilled', 'fill'] as const;
export type PostingAction = (typeof postingActions)[number];

export interface PostingTransition {
  readonly from: PostingStatus;
  readonly to: PostingStatus;
  readonly by: PostingActor;
  readonly action: PostingAction;
}

export const postingTransitions: readonly PostingTransition[] = [
  { from: 'draft', to: 'open', by: 'employer', action: 'publish' },
  { from: 'draft', to: 'closed', by: 'employer', action: 'close' },
  { from: 'open', to: 'closed', by: 'employer', action: 'close' },
  // The employer may declare the need filled (e.g. hired outside Passerelle) ...
  { from: 'open', to: 'filled', by: 'employer', action: 'markFilled' },
  // ... and Passerelle fills it when the last of its positions is hired.
  { from: 'open', to: 'filled', by: 'system', action: 'fill' },
];

export function canTransitionPosting(
  from: PostingStatus,
  to: PostingStatus,
  by: PostingActor,
): boolean {
  return postingTransitions.some((t) => t.from === from && t.to === to && t.by === by);
}

/** The actions `by` may take on a posting in state `from`, in table order. */
export function postingActionsFor(from: PostingStatus, by: PostingActor): PostingAction[] {
  const actions: PostingAction[] = [];
  for (const t of postingTransitions) {
    if (t.from === from && t.by === by) actions.push(t.action);
  }
  return actions;
}

export function findPostingTransition(
  from: PostingStatus,
  action: PostingAction,
  by: PostingActor,
): PostingTransition | null {
  return (
    postingTransitions.find((t) => t.from === from && t.action === action && t.by === by) ?? null
  );
}

export function isTerminalPostingStatus(status: PostingStatus): boolean {
  return !postingTransitions.some((t) => t.from === status);
}
