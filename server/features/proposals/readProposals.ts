// Reading proposals. Employers get candidate cards (features/proposals/candidateCard.ts) for
// their own postings; member organisations see their own proposals with the employer's answer.
import { and, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { listProposalsInput, ProposalSortKey } from '../../../shared/proposals/schemas';
import { prepared } from '../../db/prepared';
import {
  businesses,
  jobSeekers,
  organisations,
  postings,
  proposalEvents,
  proposals,
  users,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorBusiness, actorOrganisation } from '../guards';
import { keyset, type SortKeys } from '../lists/keyset';
import { candidateCard } from './candidateCard';

const seekerColumns = {
  firstName: jobSeekers.firstName,
  lastName: jobSeekers.lastName,
  presentation: jobSeekers.presentation,
  skills: jobSeekers.skills,
  hoursPerWeek: jobSeekers.hoursPerWeek,
  availableFrom: jobSeekers.availableFrom,
  languages: jobSeekers.languages,
  targetNocCodes: jobSeekers.targetNocCodes,
  regionCode: jobSeekers.regionCode,
  email: jobSeekers.email,
  phone: jobSeekers.phone,
  canBeProposed: jobSeekers.canBeProposed,
  canShareContact: jobSeekers.canShareContact,
};

interface PageQuery {
  orderBy: SQL[];
  limit: number | ReturnType<typeof sql.placeholder>;
}

function employerCardsQuery(
  deps: Deps,
  where: SQL | undefined,
  q: PageQuery = { orderBy: [desc(proposals.id)], limit: 1 },
) {
  return deps.db
    .select({
      id: proposals.id,
      status: proposals.status,
      message: proposals.message,
      createdAt: proposals.createdAt,
      updatedAt: proposals.updatedAt,
      declineReason: proposals.declineReason,
      declineComment: proposals.declineComment,
      seenByEmployerAt: proposals.seenByEmployerAt,
      postingId: postings.id,
      postingTitle: postings.title,
      counsellorName: users.name,
      organisationName: organisations.name,
      seeker: seekerColumns,
    })
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .innerJoin(users, eq(users.id, proposals.proposedBy))
    .innerJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(where)
    .orderBy(...q.orderBy)
    .limit(q.limit);
}

type EmployerCardRow = Awaited<ReturnType<typeof employerCardsQuery>>[number];
const toCards = (rows: EmployerCardRow[]) =>
  rows.map(({ seeker, ...p }) => ({ ...p, candidate: candidateCard(seeker, p.status) }));

function employerCards(deps: Deps, where: SQL | undefined) {
  return toCards(employerCardsQuery(deps, where).all());
}

function organisationRowsQuery(
  deps: Deps,
  where: SQL | undefined,
  q: PageQuery = { orderBy: [desc(proposals.id)], limit: 1 },
) {
  return deps.db
    .select({
      id: proposals.id,
      status: proposals.status,
      message: proposals.message,
      createdAt: proposals.createdAt,
      updatedAt: proposals.updatedAt,
      answeredAt: proposals.answeredAt,
      declineReason: proposals.declineReason,
      declineComment: proposals.declineComment,
      seenByOrganisationAt: proposals.seenByOrganisationAt,
      postingId: postings.id,
      postingTitle: postings.title,
      businessName: businesses.legalName,
      jobSeekerId: jobSeekers.id,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      counsellorName: users.name,
    })
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .innerJoin(businesses, eq(businesses.id, postings.businessId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId))
    .innerJoin(users, eq(users.id, proposals.proposedBy))
    .where(where)
    .orderBy(...q.orderBy)
    .limit(q.limit);
}

function organisationRows(deps: Deps, where: SQL | undefined) {
  return organisationRowsQuery(deps, where).all();
}

const proposalSorts: SortKeys<ProposalSortKey, { id: number; updatedAt: string }> = {
  updated: { column: proposals.updatedAt, type: 'text', value: (r) => r.updatedAt },
  created: { column: proposals.id, type: 'int', value: (r) => r.id },
};

const notReplaced = sql`not (${proposals.status} in ('withdrawn', 'expired') and exists (
  select 1 from "proposals" as "later" where "later"."posting_id" = ${proposals.postingId}
    and "later"."job_seeker_id" = ${proposals.jobSeekerId} and "later"."id" > ${proposals.id}))`;

/**
 * A page of proposals: the employer's postings' (candidate cards) or the organisation's. The SQL
 * depends only on the side, the filters present and the sort, so each shape is prepared once.
 */
export function listProposals(deps: Deps, actor: Actor, input: z.infer<typeof listProposalsInput>) {
  const page = keyset(proposalSorts, proposals.id, input.sort, input.cursor, true);
  const employer = actor.role === 'employer';
  const shape = [
    employer ? 'e' : 'o',
    input.postingId ? 'p' : '',
    !employer && input.jobSeekerId ? 'j' : '',
    input.status ? 's' : '',
    input.sort.by,
    input.sort.dir,
    input.cursor ? 'c' : '',
  ].join('|');
  const q = { orderBy: page.orderBy, limit: sql.placeholder('limit') };
  const where = [
    employer
      ? eq(postings.businessId, sql.placeholder('scopeId'))
      : eq(proposals.organisationId, sql.placeholder('scopeId')),
    page.after,
  ];
  if (input.postingId) where.push(eq(proposals.postingId, sql.placeholder('postingId')));
  if (!employer && input.jobSeekerId)
    where.push(eq(proposals.jobSeekerId, sql.placeholder('jobSeekerId')));
  if (input.status) where.push(eq(proposals.status, sql.placeholder('status')));
  // A business never sees a withdrawn or expired card of a person proposed again for the same
  // posting: the newer proposal is the live one.
  if (employer) where.push(notReplaced);
  const params = {
    scopeId: employer ? actorBusiness(actor) : actorOrganisation(actor),
    postingId: input.postingId,
    jobSeekerId: input.jobSeekerId,
    status: input.status,
    cursorValue: input.cursor?.value,
    cursorId: input.cursor?.id,
    limit: input.limit + 1,
  };
  if (employer) {
    const stmt = prepared(deps.db, `proposals.list:${shape}`, () =>
      employerCardsQuery(deps, and(...where), q).prepare(),
    );
    const result = page.page(toCards(stmt.all(params)), input.limit);
    return { side: 'employer' as const, ...result };
  }
  const stmt = prepared(deps.db, `proposals.list:${shape}`, () =>
    organisationRowsQuery(deps, and(...where), q).prepare(),
  );
  const result = page.page(stmt.all(params), input.limit);
  return { side: 'organisation' as const, ...result };
}

function history(deps: Deps, proposalId: number) {
  return deps.db
    .select({
      at: proposalEvents.at,
      fromStatus: proposalEvents.fromStatus,
      toStatus: proposalEvents.toStatus,
      reason: proposalEvents.reason,
      comment: proposalEvents.comment,
      actorName: users.name,
    })
    .from(proposalEvents)
    .leftJoin(users, eq(users.id, proposalEvents.actorUserId))
    .where(eq(proposalEvents.proposalId, proposalId))
    .orderBy(proposalEvents.id)
    .all();
}

/** One proposal; opening it marks it seen by that side. */
export function getProposal(deps: Deps, actor: Actor, proposalId: number) {
  const now = deps.clock.now().toISOString();
  if (actor.role === 'employer') {
    const [card] = employerCards(
      deps,
      and(eq(proposals.id, proposalId), eq(postings.businessId, actorBusiness(actor))),
    );
    if (!card) throw appError('proposal.notFound');
    deps.db
      .update(proposals)
      .set({ seenByEmployerAt: now })
      .where(and(eq(proposals.id, proposalId), isNull(proposals.seenByEmployerAt)))
      .run();
    return { side: 'employer' as const, proposal: card, history: history(deps, proposalId) };
  }
  const [row] = organisationRows(
    deps,
    and(eq(proposals.id, proposalId), eq(proposals.organisationId, actorOrganisation(actor))),
  );
  if (!row) throw appError('proposal.notFound');
  deps.db
    .update(proposals)
    .set({ seenByOrganisationAt: now })
    .where(and(eq(proposals.id, proposalId), or(isNull(proposals.seenByOrganisationAt))))
    .run();
  return { side: 'organisation' as const, proposal: row, history: history(deps, proposalId) };
}

/**
 * « Tout marquer comme vu »: every employer answer of the organisation not opened yet is marked
 * seen at once (the home clears; each stays in the proposals list). Returns how many.
 */
export function markAnswersSeen(deps: Deps, actor: Actor): { count: number } {
  const now = deps.clock.now().toISOString();
  const r = deps.db
    .update(proposals)
    .set({ seenByOrganisationAt: now })
    .where(
      and(
        eq(proposals.organisationId, actorOrganisation(actor)),
        inArray(proposals.status, ['interview', 'declined', 'hired']),
        isNull(proposals.seenByOrganisationAt),
      ),
    )
    .run();
  return { count: r.changes };
}
