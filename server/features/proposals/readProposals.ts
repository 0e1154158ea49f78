// Reading proposals. Employers get candidate cards (features/proposals/candidateCard.ts) for
// their own postings; member organisations see their own proposals with the employer's answer.
import { and, desc, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { listProposalsInput, ProposalSortKey } from '../../../shared/proposals/schemas';
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
  limit: number;
}

function employerCards(
  deps: Deps,
  where: SQL | undefined,
  q: PageQuery = { orderBy: [desc(proposals.id)], limit: 1 },
) {
  const rows = deps.db
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
    .limit(q.limit)
    .all();
  return rows.map(({ seeker, ...p }) => ({ ...p, candidate: candidateCard(seeker, p.status) }));
}

function organisationRows(
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
    .limit(q.limit)
    .all();
}

const proposalSorts: SortKeys<ProposalSortKey, { id: number; updatedAt: string }> = {
  updated: { column: proposals.updatedAt, type: 'text', value: (r) => r.updatedAt },
  created: { column: proposals.id, type: 'int', value: (r) => r.id },
};

export function listProposals(deps: Deps, actor: Actor, input: z.infer<typeof listProposalsInput>) {
  const page = keyset(proposalSorts, proposals.id, input.sort, input.cursor);
  const q = { orderBy: page.orderBy, limit: input.limit + 1 };
  if (actor.role === 'employer') {
    const where = [eq(postings.businessId, actorBusiness(actor)), page.after];
    if (input.postingId) where.push(eq(proposals.postingId, input.postingId));
    if (input.status) where.push(eq(proposals.status, input.status));
    const result = page.page(employerCards(deps, and(...where), q), input.limit);
    return { side: 'employer' as const, ...result };
  }
  const where = [eq(proposals.organisationId, actorOrganisation(actor)), page.after];
  if (input.postingId) where.push(eq(proposals.postingId, input.postingId));
  if (input.jobSeekerId) where.push(eq(proposals.jobSeekerId, input.jobSeekerId));
  if (input.status) where.push(eq(proposals.status, input.status));
  const result = page.page(organisationRows(deps, and(...where), q), input.limit);
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
