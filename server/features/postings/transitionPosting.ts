// Publishing, closing and marking a posting filled, by the state machine in shared/.
// Closing or filling a posting expires its proposals still waiting for an answer.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import { findPostingTransition } from '../../../shared/postings/postingMachine';
import type { postingActionInput } from '../../../shared/postings/schemas';
import { postings } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { ownPosting } from '../guards';
import { expireActiveProposalsOf } from '../proposals/expireProposals';

export function transitionPosting(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof postingActionInput>,
) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const posting = ownPosting(tx, actor, input.postingId);
    const transition = findPostingTransition(posting.status, input.action, 'employer');
    if (!transition) {
      throw appError('posting.illegalTransition', { from: posting.status, action: input.action });
    }
    if (input.action === 'publish' && posting.startDate < quebecToday(now)) {
      throw fieldError('startDate', 'posting.startDateInPast');
    }
    const at = now.toISOString();
    tx.update(postings)
      .set({
        status: transition.to,
        updatedAt: at,
        ...(transition.to === 'open' ? { openedAt: at } : {}),
        ...(transition.to === 'closed' || transition.to === 'filled' ? { closedAt: at } : {}),
      })
      .where(eq(postings.id, posting.id))
      .run();
    if (transition.to === 'closed' || transition.to === 'filled') {
      expireActiveProposalsOf(tx, { postingId: posting.id, now, reason: 'posting_closed' });
    }
    return { id: posting.id, status: transition.to };
  });
}
