// A candidate as the employer sees it (types from the server), the order of the cards, and the
// actions a card offers.
import type { ProposalAction, ProposalStatus } from '../../../../shared/proposals/proposalMachine';
import { proposalActionsFor } from '../../../../shared/proposals/proposalMachine';
import type { RouterOutputs } from '../../lib/trpc';

type ProposalList = RouterOutputs['proposals']['list'];
export type EmployerProposal = Extract<ProposalList, { side: 'employer' }>['items'][number];
export type ProposalHistory = Extract<
  RouterOutputs['proposals']['open'],
  { side: 'employer' }
>['history'];

/** Order on the page: what waits for the employer first, finished ones last. */
export const statusOrder: Record<ProposalStatus, number> = {
  proposed: 0,
  interview: 1,
  hired: 2,
  declined: 3,
  withdrawn: 4,
  expired: 5,
};

/**
 * The employer actions this screen offers, as the proposal machine gives them. Hiring needs an
 * open phase (its rules and budget): without one, the card says so instead of offering it.
 */
type OfferedAction = Extract<ProposalAction, 'inviteToInterview' | 'hire' | 'decline'>;
export function offeredActions(status: ProposalStatus, phaseOpen: boolean): OfferedAction[] {
  return proposalActionsFor(status, 'employer').filter(
    (a): a is OfferedAction =>
      a === 'inviteToInterview' || a === 'decline' || (a === 'hire' && phaseOpen),
  );
}

/** « Lucía R. » */
export function candidateName(p: EmployerProposal) {
  return `${p.candidate.firstName} ${p.candidate.lastInitial}`;
}
