// proposals.* and matching: proposing candidates and answering proposals.
import {
  createProposalInput,
  declineProposalInput,
  listProposalsInput,
  matchForPostingInput,
  matchForSeekerInput,
  proposalIdInput,
} from '../../../shared/proposals/schemas';
import { matchForPosting, matchForSeeker } from '../../features/matching/match';
import {
  declineProposal,
  inviteToInterview,
  withdrawProposal,
} from '../../features/proposals/answerProposal';
import { proposeCandidate } from '../../features/proposals/propose';
import {
  getProposal,
  listProposals,
  markAnswersSeen,
} from '../../features/proposals/readProposals';
import { roleProcedure, router } from '../init';

const organisationProcedure = roleProcedure('org_admin', 'counsellor');
const employerProcedure = roleProcedure('employer');
const proposalReaders = roleProcedure('org_admin', 'counsellor', 'employer');

export const matchingRouter = router({
  forPosting: organisationProcedure
    .input(matchForPostingInput)
    .query(({ ctx, input }) => matchForPosting(ctx.deps, ctx.actor, input)),
  forJobSeeker: organisationProcedure
    .input(matchForSeekerInput)
    .query(({ ctx, input }) => matchForSeeker(ctx.deps, ctx.actor, input)),
});

export const proposalsRouter = router({
  create: organisationProcedure
    .input(createProposalInput)
    .mutation(({ ctx, input }) => proposeCandidate(ctx.deps, ctx.actor, input)),
  list: proposalReaders
    .input(listProposalsInput)
    .query(({ ctx, input }) => listProposals(ctx.deps, ctx.actor, input)),
  // Opening a proposal marks it seen: a mutation, so no GET has side effects.
  open: proposalReaders
    .input(proposalIdInput)
    .mutation(({ ctx, input }) => getProposal(ctx.deps, ctx.actor, input.proposalId)),
  inviteToInterview: employerProcedure
    .input(proposalIdInput)
    .mutation(({ ctx, input }) => inviteToInterview(ctx.deps, ctx.actor, input.proposalId)),
  decline: employerProcedure
    .input(declineProposalInput)
    .mutation(({ ctx, input }) => declineProposal(ctx.deps, ctx.actor, input)),
  // « Tout marquer comme vu » on the organisation's home.
  markAnswersSeen: organisationProcedure.mutation(({ ctx }) =>
    markAnswersSeen(ctx.deps, ctx.actor),
  ),
  withdraw: organisationProcedure
    .input(proposalIdInput)
    .mutation(({ ctx, input }) => withdrawProposal(ctx.deps, ctx.actor, input.proposalId)),
});
