// Employers create and edit their postings (« besoins de main-d'œuvre »).
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import type { createPostingInput, updatePostingInput } from '../../../shared/postings/schemas';
import { postings } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorBusiness, ownPosting } from '../guards';

export function createPosting(deps: Deps, actor: Actor, input: z.infer<typeof createPostingInput>) {
  const businessId = actorBusiness(actor);
  const now = deps.clock.now();
  if (input.startDate < quebecToday(now)) throw fieldError('startDate', 'posting.startDateInPast');
  const { publish, ...fields } = input;
  return deps.db
    .insert(postings)
    .values({
      ...fields,
      businessId,
      status: publish ? 'open' : 'draft',
      createdBy: actor.userId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      openedAt: publish ? now.toISOString() : null,
    })
    .returning({ id: postings.id, status: postings.status })
    .get();
}

export function updatePosting(deps: Deps, actor: Actor, input: z.infer<typeof updatePostingInput>) {
  const now = deps.clock.now();
  const { postingId, ...fields } = input;
  deps.db.transaction((tx) => {
    const posting = ownPosting(tx, actor, postingId);
    if (posting.status === 'filled' || posting.status === 'closed') {
      throw appError('posting.notEditable');
    }
    // A start date already in the past may stay as it was; a new one may not be in the past.
    if (fields.startDate !== posting.startDate && fields.startDate < quebecToday(now)) {
      throw fieldError('startDate', 'posting.startDateInPast');
    }
    tx.update(postings)
      .set({ ...fields, updatedAt: now.toISOString() })
      .where(eq(postings.id, postingId))
      .run();
  });
}
