// A counsellor proposes a job seeker of their organisation for an open posting.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { createProposalInput } from '../../../shared/proposals/schemas';
import { proposalEvents, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { ownJobSeeker, visiblePosting } from '../guards';
import { notifyProposalReceived } from '../notifications/emitters';

export function proposeCandidate(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof createProposalInput>,
) {
  const now = deps.clock.now().toISOString();
  return deps.db.transaction((tx) => {
    const seeker = ownJobSeeker(tx, actor, input.jobSeekerId);
    if (seeker.status === 'closed') throw appError('jobSeeker.closed');
    if (!seeker.canBeProposed) throw appError('proposal.noConsent');
    const posting = visiblePosting(tx, actor, input.postingId);
    if (posting.status !== 'open') throw appError('posting.notOpen');
    const sameSeeker = tx
      .select({ postingId: proposals.postingId, status: proposals.status })
      .from(proposals)
      .where(eq(proposals.jobSeekerId, seeker.id))
      .all();
    if (sameSeeker.some((p) => p.status === 'hired')) throw appError('proposal.alreadyHired');
    if (
      sameSeeker.some(
        (p) => p.postingId === posting.id && (p.status === 'proposed' || p.status === 'interview'),
      )
    ) {
      throw appError('proposal.alreadyActive');
    }
    const id = tx
      .insert(proposals)
      .values({
        postingId: posting.id,
        jobSeekerId: seeker.id,
        organisationId: seeker.organisationId,
        proposedBy: actor.userId,
        message: input.message,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: proposals.id })
      .get().id;
    tx.insert(proposalEvents)
      .values({
        proposalId: id,
        at: now,
        actorUserId: actor.userId,
        fromStatus: null,
        toStatus: 'proposed',
      })
      .run();
    notifyProposalReceived(deps, tx, id, new Date(now));
    return { id };
  });
}
