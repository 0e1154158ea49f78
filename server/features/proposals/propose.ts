// A counsellor proposes a job seeker of their organisation for an open posting: the person can
// be proposed (open file, consents, no active pairing) and is not already proposed for it.
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { createProposalInput } from '../../../shared/proposals/schemas';
import { proposalEvents, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { ownJobSeeker, visiblePosting } from '../guards';
import { notifyProposalReceived } from '../notifications/emitters';
import { hasActivePairing } from '../pairings/activePairing';

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
    // In an active pairing: not until it ends (then the person can be proposed again).
    if (hasActivePairing(tx, seeker.id)) throw appError('proposal.alreadyHired');
    const waiting = tx
      .select({ id: proposals.id })
      .from(proposals)
      .where(
        and(
          eq(proposals.jobSeekerId, seeker.id),
          eq(proposals.postingId, posting.id),
          inArray(proposals.status, ['proposed', 'interview']),
        ),
      )
      .get();
    if (waiting) throw appError('proposal.alreadyActive');
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
