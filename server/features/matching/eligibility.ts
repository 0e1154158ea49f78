// Who may be proposed: active files with consent to be proposed, not already proposed for the
// posting, and not already hired (a hired proposal stands for an active pairing until pairings
// exist).
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jobSeekers, proposals } from '../../db/schema';

export function hiredSeekerIds(db: DbOrTx) {
  return db
    .select({ id: proposals.jobSeekerId })
    .from(proposals)
    .where(eq(proposals.status, 'hired'));
}

export function activelyProposedFor(db: DbOrTx, postingId: number) {
  return db
    .select({ id: proposals.jobSeekerId })
    .from(proposals)
    .where(
      and(eq(proposals.postingId, postingId), inArray(proposals.status, ['proposed', 'interview'])),
    );
}

export function eligibleSeekersOf(db: DbOrTx, organisationId: number, postingId: number) {
  return and(
    eq(jobSeekers.organisationId, organisationId),
    eq(jobSeekers.status, 'active'),
    eq(jobSeekers.canBeProposed, true),
    notInArray(jobSeekers.id, activelyProposedFor(db, postingId)),
    notInArray(jobSeekers.id, hiredSeekerIds(db)),
  );
}
