// Reading job seekers' files: own organisation only; every read of a file is logged.
import { and, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import type { JobSeekerSortKey, listJobSeekersInput } from '../../../shared/jobSeekers/schemas';
import { isActivePairing, isProposable } from '../../../shared/pairings/activePairing';
import {
  businesses,
  consents,
  fileAccessLog,
  jobSeekers,
  pairings,
  phases,
  postings,
  proposals,
  users,
} from '../../db/schema';
import { NAME_PARTS_SEPARATOR, sortKey } from '../../db/sortKey';
import type { Actor, Deps } from '../../deps';
import { actorOrganisation, ownJobSeeker } from '../guards';
import { keyset, likePattern, matches, type SortKeys } from '../lists/keyset';
import { inActivePairing, notProposableSeeker, proposableSeeker } from '../pairings/activePairing';

type SeekerRow = { id: number; firstName: string; lastName: string; updatedAt: string };

// By name: the accent- and case-folded « last name, first name » (db/sortKey.ts), so « Élan »
// comes among the E's and the index job_seekers_org_status_name_idx serves the page. The
// cursor's key is computed here, equal to the column's by test, so no row evaluates it.
const seekerSorts: SortKeys<JobSeekerSortKey, SeekerRow> = {
  newest: { column: jobSeekers.id, type: 'int', value: (r) => r.id },
  name: {
    column: jobSeekers.nameKey,
    type: 'text',
    value: (r) => sortKey(`${r.lastName}${NAME_PARTS_SEPARATOR}${r.firstName}`),
  },
  updated: { column: jobSeekers.updatedAt, type: 'text', value: (r) => r.updatedAt },
};

/**
 * A page of the organisation's job seekers. The SQL depends only on which filters are present
 * and on the sort, so each shape is prepared once (values as placeholders).
 */
export function listJobSeekers(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listJobSeekersInput>,
) {
  const organisationId = actorOrganisation(actor);
  const where: (SQL | undefined)[] = [eq(jobSeekers.organisationId, organisationId)];
  where.push(eq(jobSeekers.status, input.status ?? 'active'));
  if (input.q) {
    const pattern = likePattern(input.q);
    where.push(
      or(
        matches(sql`(${jobSeekers.firstName} || ' ' || ${jobSeekers.lastName})`, pattern),
        matches(jobSeekers.email, pattern),
      ),
    );
  }
  if (input.proposable !== undefined) {
    where.push(input.proposable ? proposableSeeker(deps.db) : notProposableSeeker(deps.db));
  }
  if (input.regionCode) where.push(eq(jobSeekers.regionCode, input.regionCode));
  const page = keyset(seekerSorts, jobSeekers.id, input.sort, input.cursor);
  where.push(page.after);
  const rows = deps.db
    .select({
      id: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      regionCode: jobSeekers.regionCode,
      targetNocCodes: jobSeekers.targetNocCodes,
      hoursPerWeek: jobSeekers.hoursPerWeek,
      availableFrom: jobSeekers.availableFrom,
      canBeProposed: jobSeekers.canBeProposed,
      /** « Peut être proposée »: consents, open file and no active pairing. */
      proposable: sql<boolean>`${proposableSeeker(deps.db)}`.mapWith(Boolean),
      inActivePairing: sql<boolean>`${inActivePairing(deps.db)}`.mapWith(Boolean),
      status: jobSeekers.status,
      updatedAt: jobSeekers.updatedAt,
    })
    .from(jobSeekers)
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  return page.page(rows, input.limit);
}

const withdrawnBy = alias(users, 'withdrawn_by');

/** 'api_view': read through the partner API by a token acting for `actor`. */
export function getJobSeeker(
  deps: Deps,
  actor: Actor,
  jobSeekerId: number,
  access: 'view' | 'api_view' = 'view',
) {
  const seeker = ownJobSeeker(deps.db, actor, jobSeekerId);
  deps.db
    .insert(fileAccessLog)
    .values({
      jobSeekerId,
      userId: actor.userId,
      at: deps.clock.now().toISOString(),
      action: access,
    })
    .run();
  const consentRows = deps.db
    .select({
      id: consents.id,
      purpose: consents.purpose,
      givenOn: consents.givenOn,
      withdrawnOn: consents.withdrawnOn,
      recordedByName: users.name,
      withdrawnRecordedByName: withdrawnBy.name,
    })
    .from(consents)
    .innerJoin(users, eq(users.id, consents.recordedBy))
    .leftJoin(withdrawnBy, eq(withdrawnBy.id, consents.withdrawnRecordedBy))
    .where(eq(consents.jobSeekerId, jobSeekerId))
    .orderBy(desc(consents.id))
    .all();
  const proposalRows = deps.db
    .select({
      id: proposals.id,
      status: proposals.status,
      postingId: postings.id,
      postingTitle: postings.title,
      declineReason: proposals.declineReason,
      declineComment: proposals.declineComment,
      createdAt: proposals.createdAt,
      updatedAt: proposals.updatedAt,
    })
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .where(eq(proposals.jobSeekerId, jobSeekerId))
    .orderBy(desc(proposals.id))
    .all();
  // Every pairing of the person, newest first: their whole path, not only the current one.
  const pairingRows = deps.db
    .select({
      id: pairings.id,
      status: pairings.status,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      businessName: businesses.legalName,
      startDate: pairings.startDate,
      plannedEndDate: pairings.plannedEndDate,
      endDate: pairings.endDate,
      retentionOutcome: pairings.retentionOutcome,
    })
    .from(pairings)
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .where(eq(pairings.jobSeekerId, jobSeekerId))
    .orderBy(desc(pairings.id))
    .all();
  const inPairing = pairingRows.some(isActivePairing);
  return {
    ...seeker,
    proposable: isProposable(seeker, inPairing),
    inActivePairing: inPairing,
    consents: consentRows,
    proposals: proposalRows,
    pairings: pairingRows,
  };
}
