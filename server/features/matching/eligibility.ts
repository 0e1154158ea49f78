// Who may be proposed for a posting: people of the organisation who can be proposed (open file,
// consents, no active pairing: features/pairings/activePairing.ts) and are not already proposed
// for this posting.
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { jobSeekers, proposals } from '../../db/schema';
import { proposableSeeker } from '../pairings/activePairing';

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
    proposableSeeker(db),
    notInArray(jobSeekers.id, activelyProposedFor(db, postingId)),
  );
}
