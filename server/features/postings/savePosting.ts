// Employers create and edit their postings (« besoins de main-d'œuvre »): a start date not in
// the past, a wage not below the minimum hourly wage.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import { quebecMinimumWageCents } from '../../../shared/money/minimumWage';
import type { createPostingInput, updatePostingInput } from '../../../shared/postings/schemas';
import type { DbOrTx } from '../../db/client';
import { phases, postings } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorBusiness, ownPosting } from '../guards';

/**
 * A posting offers at least the minimum hourly wage: the open phase's rule (the posting is for a
 * subsidised hire), or, when no phase is open, Quebec's general minimum wage on its start date.
 */
function assertWageAtLeastMinimum(
  db: DbOrTx,
  fields: { hourlyWageCents: number; startDate: string },
) {
  const open = db
    .select({ rules: phases.rules })
    .from(phases)
    .where(eq(phases.status, 'open'))
    .get();
  const minimum = open?.rules?.minHourlyWageCents ?? quebecMinimumWageCents(fields.startDate);
  if (fields.hourlyWageCents < minimum) {
    throw fieldError('hourlyWageCents', 'posting.wageBelowMinimum', {
      limitCents: minimum,
      actualCents: fields.hourlyWageCents,
    });
  }
}

export function createPosting(deps: Deps, actor: Actor, input: z.infer<typeof createPostingInput>) {
  const businessId = actorBusiness(actor);
  const now = deps.clock.now();
  if (input.startDate < quebecToday(now)) throw fieldError('startDate', 'posting.startDateInPast');
  assertWageAtLeastMinimum(deps.db, input);
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
    // A wage set before the rule may stay as it was; a new one may not be below the minimum.
    if (fields.hourlyWageCents !== posting.hourlyWageCents) assertWageAtLeastMinimum(tx, fields);
    tx.update(postings)
      .set({ ...fields, updatedAt: now.toISOString() })
      .where(eq(postings.id, postingId))
      .run();
  });
}
