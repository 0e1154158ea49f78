// Housekeeping: requests whose email was not confirmed within 7 days are deleted, with their
// contact's data (Law 25: nothing is kept for a need nobody confirmed).
import { and, eq, lt } from 'drizzle-orm';
import { EMPLOYER_REQUEST_CONFIRM_DAYS } from '../../../shared/recruit/schemas';
import { employerRequests } from '../../db/schema';
import type { Deps } from '../../deps';
import { recordAudit } from '../audit/recordAudit';

export function purgeUnconfirmedRequests(deps: Pick<Deps, 'db' | 'clock'>): number {
  const now = deps.clock.now();
  const before = new Date(now.getTime() - EMPLOYER_REQUEST_CONFIRM_DAYS * 86_400_000).toISOString();
  return deps.db.transaction((tx) => {
    const purged = tx
      .delete(employerRequests)
      .where(
        and(eq(employerRequests.status, 'unconfirmed'), lt(employerRequests.createdAt, before)),
      )
      .run().changes;
    if (purged > 0) {
      recordAudit(tx, {
        at: now,
        actorUserId: null,
        action: 'employerRequest.purged',
        details: { count: purged },
      });
    }
    return purged;
  });
}
