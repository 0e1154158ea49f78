// What each role's home shows first: the work waiting for them.
import { and, count, desc, eq, gte, inArray, isNull, ne, sql } from 'drizzle-orm';
import { isProposable } from '../../../shared/pairings/activePairing';
import { RECENT_ANSWER_DAYS } from '../../../shared/proposals/proposalMachine';
import { businesses, jobSeekers, postings, proposals } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorBusiness, actorOrganisation } from '../guards';
import { inActivePairing } from '../pairings/activePairing';
import { employerGlance } from '../reports/employerGlance';

/** The proposal states that are an employer's answer. */
export const answeredStatuses = ['interview', 'declined', 'hired'] as const;

export function organisationHome(deps: Deps, actor: Actor) {
  const organisationId = actorOrganisation(actor);
  const { db } = deps;
  // « Peuvent être proposées »: the one definition (no active pairing, consents, open file),
  // the active pairing probed once per person: the open files grouped by consent and pairing.
  const groups = db
    .select({
      canBeProposed: jobSeekers.canBeProposed,
      inPairing: sql`${inActivePairing(db)}`.mapWith(Boolean),
      n: count(),
    })
    .from(jobSeekers)
    .where(and(eq(jobSeekers.organisationId, organisationId), eq(jobSeekers.status, 'active')))
    .groupBy(sql`1`, sql`2`)
    .all();
  const seekers = { active: 0, proposable: 0, inActivePairing: 0 };
  for (const g of groups) {
    seekers.active += g.n;
    if (g.inPairing) seekers.inActivePairing += g.n;
    if (isProposable({ status: 'active', canBeProposed: g.canBeProposed }, g.inPairing))
      seekers.proposable += g.n;
  }
  const proposalColumns = {
    id: proposals.id,
    status: proposals.status,
    updatedAt: proposals.updatedAt,
    declineReason: proposals.declineReason,
    postingId: postings.id,
    postingTitle: postings.title,
    businessName: businesses.legalName,
    jobSeekerId: jobSeekers.id,
    firstName: jobSeekers.firstName,
    lastName: jobSeekers.lastName,
  };
  const base = () =>
    db
      .select(proposalColumns)
      .from(proposals)
      .innerJoin(postings, eq(postings.id, proposals.postingId))
      .innerJoin(businesses, eq(businesses.id, postings.businessId))
      .innerJoin(jobSeekers, eq(jobSeekers.id, proposals.jobSeekerId));
  // The ten ids first, then their rows: joining every waiting proposal of the organisation with
  // its posting, business and person before keeping ten took ~3× longer at scale 1.
  const newest = db
    .select({ id: proposals.id })
    .from(proposals)
    .where(and(eq(proposals.organisationId, organisationId), eq(proposals.status, 'proposed')))
    .orderBy(desc(proposals.createdAt))
    .limit(10);
  const waiting = base()
    .where(inArray(proposals.id, newest))
    .orderBy(desc(proposals.createdAt))
    .all();
  const [waitingCount] = db
    .select({ n: count() })
    .from(proposals)
    .where(and(eq(proposals.organisationId, organisationId), eq(proposals.status, 'proposed')))
    .all();
  // Employer answers of the last RECENT_ANSWER_DAYS days the organisation has not opened yet.
  const since = new Date(
    deps.clock.now().getTime() - RECENT_ANSWER_DAYS * 86_400_000,
  ).toISOString();
  const answers = base()
    .where(
      and(
        eq(proposals.organisationId, organisationId),
        inArray(proposals.status, answeredStatuses),
        isNull(proposals.seenByOrganisationAt),
        gte(proposals.updatedAt, since),
      ),
    )
    .orderBy(desc(proposals.updatedAt))
    .limit(20)
    .all();
  return {
    seekers,
    waiting: { count: waitingCount?.n ?? 0, items: waiting },
    answers,
  };
}

export function employerHome(deps: Deps, actor: Actor) {
  const businessId = actorBusiness(actor);
  const { db } = deps;
  const mine = db
    .select({
      id: postings.id,
      title: postings.title,
      status: postings.status,
      positions: postings.positions,
      startDate: postings.startDate,
    })
    .from(postings)
    .where(and(eq(postings.businessId, businessId), ne(postings.status, 'closed')))
    .orderBy(desc(postings.id))
    .limit(50)
    .all();
  const ids = mine.map((p) => p.id);
  const counts =
    ids.length === 0
      ? []
      : db
          .select({
            postingId: proposals.postingId,
            status: proposals.status,
            unseen: isNull(proposals.seenByEmployerAt).mapWith(Boolean),
            n: count(),
          })
          .from(proposals)
          .where(inArray(proposals.postingId, ids))
          .groupBy(proposals.postingId, proposals.status, isNull(proposals.seenByEmployerAt))
          .all();
  const postingsWithCounts = mine.map((p) => {
    const rows = counts.filter((c) => c.postingId === p.id);
    const sum = (f: (c: (typeof rows)[number]) => boolean) =>
      rows.filter(f).reduce((s, c) => s + c.n, 0);
    return {
      ...p,
      newProposals: sum((c) => c.status === 'proposed' && c.unseen),
      toReview: sum((c) => c.status === 'proposed'),
      interviews: sum((c) => c.status === 'interview'),
      hired: sum((c) => c.status === 'hired'),
    };
  });
  return {
    postings: postingsWithCounts,
    toReview: postingsWithCounts.reduce((s, p) => s + p.toReview, 0),
    money: employerGlance(db, businessId),
  };
}
