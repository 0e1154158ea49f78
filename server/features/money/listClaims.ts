// The claims list: an employer sees their business's claims, the coordinator every claim
// (filtered by status, phase, organisation). Sorted by newest, submission date or amount;
// keyset pagination on (key, id).
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { ClaimSortKey, listClaimsInput } from '../../../shared/money/schemas';
import {
  businesses,
  claims,
  jobSeekers,
  organisations,
  pairings,
  phases,
  postings,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { keyset, type SortKeys } from '../lists/keyset';

const claimSorts: SortKeys<ClaimSortKey, { id: number; submittedAt: string; amountCents: number }> =
  {
    newest: { column: claims.id, type: 'int', value: (r) => r.id },
    submitted: { column: claims.submittedAt, type: 'text', value: (r) => r.submittedAt },
    amount: { column: claims.amountCents, type: 'int', value: (r) => r.amountCents },
  };

export function listClaims(deps: Deps, actor: Actor, input: z.infer<typeof listClaimsInput>) {
  const where: (SQL | undefined)[] = [];
  if (actor.role === 'employer') {
    if (!actor.businessId) throw appError('auth.forbidden');
    where.push(eq(pairings.businessId, actor.businessId));
  } else if (actor.role === 'coordinator') {
    if (input.organisationId) where.push(eq(pairings.organisationId, input.organisationId));
  } else {
    throw appError('auth.forbidden');
  }
  if (input.status) where.push(eq(claims.status, input.status));
  if (input.phaseId) where.push(eq(pairings.phaseId, input.phaseId));
  const page = keyset(claimSorts, claims.id, input.sort, input.cursor);
  where.push(page.after);
  // The page's ids first (claims and their pairing only, in index order), then the joins.
  const ids = deps.db
    .select({ id: claims.id })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1);
  const rows = deps.db
    .select({
      id: claims.id,
      pairingId: claims.pairingId,
      periodStart: claims.periodStart,
      periodEnd: claims.periodEnd,
      hoursWorkedHundredths: claims.hoursWorkedHundredths,
      grossWagesCents: claims.grossWagesCents,
      amountCents: claims.amountCents,
      status: claims.status,
      rejectReason: claims.rejectReason,
      submittedAt: claims.submittedAt,
      reviewedAt: claims.reviewedAt,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      businessName: businesses.legalName,
      organisationName: organisations.name,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(inArray(claims.id, ids))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  const result = page.page(rows, input.limit);
  // Employers know the person by first name and initial, as on their pairings.
  const items =
    actor.role === 'employer'
      ? result.items.map((r) => ({ ...r, lastName: `${r.lastName.charAt(0).toUpperCase()}.` }))
      : result.items;
  return { items, nextCursor: result.nextCursor };
}
