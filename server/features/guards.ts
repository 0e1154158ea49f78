// Data-dependent authorization, shared by use cases. Records of another organisation or
// business answer "not found", so their existence is not revealed.
import { and, eq, ne } from 'drizzle-orm';
import { appError } from '../../shared/errors';
import type { DbOrTx } from '../db/client';
import { jobSeekers, postings } from '../db/schema';
import type { Actor } from '../deps';

/** The organisation of a counsellor or org_admin; anyone else is refused. */
export function actorOrganisation(actor: Actor): number {
  if ((actor.role === 'counsellor' || actor.role === 'org_admin') && actor.organisationId) {
    return actor.organisationId;
  }
  throw appError('auth.forbidden');
}

export function actorBusiness(actor: Actor): number {
  if (actor.role === 'employer' && actor.businessId) return actor.businessId;
  throw appError('auth.forbidden');
}

/** A job seeker of the actor's own organisation. */
export function ownJobSeeker(db: DbOrTx, actor: Actor, jobSeekerId: number) {
  const organisationId = actorOrganisation(actor);
  const row = db
    .select()
    .from(jobSeekers)
    .where(and(eq(jobSeekers.id, jobSeekerId), eq(jobSeekers.organisationId, organisationId)))
    .get();
  if (!row) throw appError('jobSeeker.notFound');
  return row;
}

/** A posting of the employer's own business. */
export function ownPosting(db: DbOrTx, actor: Actor, postingId: number) {
  const businessId = actorBusiness(actor);
  const row = db
    .select()
    .from(postings)
    .where(and(eq(postings.id, postingId), eq(postings.businessId, businessId)))
    .get();
  if (!row) throw appError('posting.notFound');
  return row;
}

/**
 * A posting the actor may read: employers their own business's (any state); counsellors,
 * org_admins and coordinators any published one (drafts stay private to the business).
 */
export function visiblePosting(db: DbOrTx, actor: Actor, postingId: number) {
  if (actor.role === 'employer') return ownPosting(db, actor, postingId);
  const row = db
    .select()
    .from(postings)
    .where(and(eq(postings.id, postingId), ne(postings.status, 'draft')))
    .get();
  if (!row) throw appError('posting.notFound');
  return row;
}
