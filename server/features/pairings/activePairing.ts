// The one server definition of "in an active pairing" and "can be proposed" (the meaning is in
// shared/pairings/activePairing.ts): SQL conditions on a job seeker for lists, counts and matching,
// and a check for one person. Each is a probe per person on pairings_seeker_idx (job_seeker_id,
// status), never a scan of every pairing.
import { and, eq, exists, not, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { ACTIVE_PAIRING_STATUS } from '../../../shared/pairings/activePairing';
import type { DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { jobSeekers, pairings } from '../../db/schema';

/** The active pairings of the person whose id is `jobSeekerId` (a column, a value or a placeholder). */
function activePairingsOf(db: DbOrTx, jobSeekerId: SQLiteColumn | number | Placeholder) {
  return db
    .select({ id: pairings.id })
    .from(pairings)
    .where(and(eq(pairings.jobSeekerId, jobSeekerId), eq(pairings.status, ACTIVE_PAIRING_STATUS)));
}

/** SQL: the job seeker of the row (jobSeekers.id) is in an active pairing. */
export function inActivePairing(db: DbOrTx): SQL {
  return exists(activePairingsOf(db, jobSeekers.id));
}

/**
 * SQL: the job seeker of the row can be proposed (isProposable): open file, consents to
 * participate and be proposed, no active pairing.
 */
export function proposableSeeker(db: DbOrTx): SQL {
  return sql`(${eq(jobSeekers.status, 'active')} AND ${eq(jobSeekers.canBeProposed, true)} AND ${not(inActivePairing(db))})`;
}

/** SQL: the job seeker of the row cannot be proposed (the complement of proposableSeeker). */
export function notProposableSeeker(db: DbOrTx): SQL {
  return not(proposableSeeker(db));
}

/**
 * Whether one person is in an active pairing (checked by every hire and proposal: prepared
 * once per database when given the database handle).
 */
export function hasActivePairing(db: DbOrTx, jobSeekerId: number): boolean {
  const statement = prepared(db, 'pairings.hasActive', () =>
    activePairingsOf(db, sql.placeholder('jobSeekerId')).limit(1).prepare(),
  );
  return Boolean(statement.get({ jobSeekerId }));
}
