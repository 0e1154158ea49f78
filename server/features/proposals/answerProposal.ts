// The people's proposal transitions: the employer invites to interview or declines (with a
// coded reason); the counsellor of the owning organisation withdraws. Hiring is confirmed
// with the phase's rules and budget (features/pairings).
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { declineProposalInput } from '../../../shared/proposals/schemas';
import type { DbOrTx } from '../../db/client';
import { postings, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorBusiness, actorOrganisation } from '../guards';
import { notifyProposalAnswered, retireProposalNotifications } from '../notifications/emitters';
import { applyProposalTransition } from './proposalTransition';

const columns = { id: proposals.id, status: proposals.status, answeredAt: proposals.answeredAt };

/** A proposal on one of the employer's own postings. */
export function employerProposal(tx: DbOrTx, actor: Actor, proposalId: number) {
  const businessId = actorBusiness(actor);
  const row = tx
    .select(columns)
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .where(and(eq(proposals.id, proposalId), eq(postings.businessId, businessId)))
    .get();
  if (!row) throw appError('proposal.notFound');
  return row;
}

/** A proposal of the counsellor's own organisation. */
export function organisationProposal(tx: DbOrTx, actor: Actor, proposalId: number) {
  const organisationId = actorOrganisation(actor);
  const row = tx
    .select(columns)
    .from(proposals)
    .where(and(eq(proposals.id, proposalId), eq(proposals.organisationId, organisationId)))
    .get();
  if (!row) throw appError('proposal.notFound');
  return row;
}

export function inviteToInterview(deps: Deps, actor: Actor, proposalId: number) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const status = applyProposalTransition(tx, {
      proposal: employerProposal(tx, actor, proposalId),
      action: 'inviteToInterview',
      by: 'employer',
      actorUserId: actor.userId,
      now,
    });
    notifyProposalAnswered(deps, tx, proposalId, status, now);
    return { status };
  });
}

export function declineProposal(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof declineProposalInput>,
) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const status = applyProposalTransition(tx, {
      proposal: employerProposal(tx, actor, input.proposalId),
      action: 'decline',
      by: 'employer',
      actorUserId: actor.userId,
      now,
      reason: input.reason,
      comment: input.comment || null,
    });
    notifyProposalAnswered(deps, tx, input.proposalId, status, now);
    return { status };
  });
}

export function withdrawProposal(deps: Deps, actor: Actor, proposalId: number) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const status = applyProposalTransition(tx, {
      proposal: organisationProposal(tx, actor, proposalId),
      action: 'withdraw',
      by: 'counsellor',
      actorUserId: actor.userId,
      now,
    });
    retireProposalNotifications(tx, proposalId, now);
    return { status };
  });
}
