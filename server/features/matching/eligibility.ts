// Who may be proposed: active files with consent to be proposed, not already proposed for the
// posting, and not already hired (a hired proposal stands for an active pairing until pairings
// exist).
import { and, eq, inArray, notExists, notInArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
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

const hiredProposal = alias(proposals, 'hired_proposal');

/**
 * Correlated on the person (proposals_seeker_idx): a NOT IN over every hired proposal would
 * read all of them, across every organisation, on each call.
 */
function notHired(db: DbOrTx) {
  return notExists(
    db
      .select({ one: hiredProposal.id })
      .from(hiredProposal)
      .where(and(eq(hiredProposal.jobSeekerId, jobSeekers.id), eq(hiredProposal.status, 'hired'))),
  );
}

export function eligibleSeekersOf(db: DbOrTx, organisationId: number, postingId: number) {
  return and(
    eq(jobSeekers.organisationId, organisationId),
    eq(jobSeekers.status, 'active'),
    eq(jobSeekers.canBeProposed, true),
    notInArray(jobSeekers.id, activelyProposedFor(db, postingId)),
    notHired(db),
  );
}
