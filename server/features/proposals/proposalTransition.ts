// Fires one proposal transition: checks it against the machine in shared/, updates the row
// and writes the history event, inside the caller's transaction.
import { eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import {
  type DeclineReason,
  declineReasons,
  findProposalTransition,
  type ProposalStatus,
} from '../../../shared/proposals/proposalMachine';

/** The decline's coded reason (the decline input's schema allows only these). */
function asDeclineReason(reason: string | null | undefined): DeclineReason | null {
  return (declineReasons as readonly string[]).includes(reason ?? '')
    ? (reason as DeclineReason)
    : null;
}

import type { DbOrTx } from '../../db/client';
import { proposalEvents, proposals } from '../../db/schema';

type ProposalAction = 'inviteToInterview' | 'decline' | 'hire' | 'withdraw' | 'expire';

export function applyProposalTransition(
  tx: DbOrTx,
  p: {
    proposal: { id: number; status: ProposalStatus; answeredAt: string | null };
    action: ProposalAction;
    by: 'employer' | 'counsellor' | 'system';
    actorUserId: number | null;
    now: Date;
    reason?: string | null;
    comment?: string | null;
  },
): ProposalStatus {
  const t = findProposalTransition(p.proposal.status, p.action, p.by);
  if (!t) {
    throw appError('proposal.illegalTransition', { from: p.proposal.status, action: p.action });
  }
  const at = p.now.toISOString();
  tx.update(proposals)
    .set({
      status: t.to,
      updatedAt: at,
      ...(p.by === 'employer' && !p.proposal.answeredAt ? { answeredAt: at } : {}),
      ...(p.action === 'decline'
        ? { declineReason: asDeclineReason(p.reason), declineComment: p.comment ?? null }
        : {}),
      // A new answer is news for the organisation again.
      ...(p.by === 'employer' ? { seenByOrganisationAt: null } : {}),
    })
    .where(eq(proposals.id, p.proposal.id))
    .run();
  tx.insert(proposalEvents)
    .values({
      proposalId: p.proposal.id,
      at,
      actorUserId: p.actorUserId,
      fromStatus: p.proposal.status,
      toStatus: t.to,
      reason: p.reason ?? null,
      comment: p.comment ?? null,
    })
    .run();
  return t.to;
}
