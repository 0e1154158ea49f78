// Registering and correcting a job seeker's file (own organisation only), with a duplicate
// warning and the consents given at registration.
import { and, eq, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { consentGivenBreaches, refuseFirst } from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import type {
  createJobSeekerInput,
  JobSeekerFields,
  updateJobSeekerInput,
} from '../../../shared/jobSeekers/schemas';
import type { DbOrTx } from '../../db/client';
import { jobSeekers } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { actorOrganisation, ownJobSeeker } from '../guards';
import { insertConsent, refreshConsentFlags } from './consents';

function checkBirthDate(fields: JobSeekerFields, now: Date) {
  if (fields.birthDate && fields.birthDate > quebecToday(now)) {
    throw fieldError('birthDate', 'jobSeeker.birthDateInFuture');
  }
}

/** Same name and birth date, or same email, in the same organisation. */
function findDuplicate(tx: DbOrTx, organisationId: number, f: JobSeekerFields) {
  const sameName = f.birthDate
    ? and(
        sql`lower(${jobSeekers.firstName}) = lower(${f.firstName})`,
        sql`lower(${jobSeekers.lastName}) = lower(${f.lastName})`,
        eq(jobSeekers.birthDate, f.birthDate),
      )
    : undefined;
  const sameEmail = f.email ? eq(jobSeekers.email, f.email) : undefined;
  const match = or(sameName, sameEmail);
  if (!match) return undefined;
  return tx
    .select({ id: jobSeekers.id, firstName: jobSeekers.firstName, lastName: jobSeekers.lastName })
    .from(jobSeekers)
    .where(and(eq(jobSeekers.organisationId, organisationId), match))
    .get();
}

export function registerJobSeeker(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof createJobSeekerInput>,
  req: RequestInfo,
) {
  const organisationId = actorOrganisation(actor);
  const now = deps.clock.now();
  const { consents: given, confirmDuplicate, ...fields } = input;
  checkBirthDate(fields, now);
  if (given.participation) {
    refuseFirst(consentGivenBreaches(given.givenOn, quebecToday(now), 'consents.givenOn'));
  }
  return deps.db.transaction((tx) => {
    const duplicate = findDuplicate(tx, organisationId, fields);
    if (duplicate && !confirmDuplicate) {
      throw appError('jobSeeker.duplicate', {
        id: duplicate.id,
        name: `${duplicate.firstName} ${duplicate.lastName}`,
      });
    }
    const at = now.toISOString();
    const id = tx
      .insert(jobSeekers)
      .values({ ...fields, organisationId, createdBy: actor.userId, createdAt: at, updatedAt: at })
      .returning({ id: jobSeekers.id })
      .get().id;
    const purposes = [
      given.participation ? ('participation' as const) : null,
      given.participation && given.proposal ? ('proposal' as const) : null,
      given.participation && given.contactSharing ? ('contact_sharing' as const) : null,
      given.participation && given.transferNotes ? ('transfer_notes' as const) : null,
    ].filter((p) => p !== null);
    for (const purpose of purposes) {
      insertConsent(tx, {
        jobSeekerId: id,
        purpose,
        givenOn: given.givenOn,
        userId: actor.userId,
        now,
      });
    }
    refreshConsentFlags(tx, id);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.created',
      subjectType: 'job_seeker',
      subjectId: id,
      ip: req.ip,
      details: { consents: purposes, duplicateConfirmed: Boolean(duplicate) },
    });
    return { id };
  });
}

export function updateJobSeeker(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof updateJobSeekerInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  const { jobSeekerId, ...fields } = input;
  checkBirthDate(fields, now);
  deps.db.transaction((tx) => {
    const before = ownJobSeeker(tx, actor, jobSeekerId);
    if (before.status === 'closed') throw appError('jobSeeker.closed');
    const changed = (Object.keys(fields) as (keyof JobSeekerFields)[]).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(fields[k]),
    );
    if (changed.length === 0) return;
    tx.update(jobSeekers)
      .set({ ...fields, updatedAt: now.toISOString() })
      .where(eq(jobSeekers.id, jobSeekerId))
      .run();
    // Which fields changed, by whom and when; the values stay in the file only.
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'jobSeeker.updated',
      subjectType: 'job_seeker',
      subjectId: jobSeekerId,
      ip: req.ip,
      details: { fields: changed },
    });
  });
}
