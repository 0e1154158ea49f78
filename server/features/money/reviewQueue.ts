// The coordination's work queue, correct at any size: how many claims wait for review, tranches
// are due and approved entries wait for payment, with their totals (aggregated in SQL), and
// each list in pages, oldest first, with what the screen shows about each item's pairing (the
// person, the job, the phase) read in the same query, never joined in the browser.
import { and, count, eq, lte, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import type { queuePageInput } from '../../../shared/money/schemas';
import type { DbOrTx } from '../../db/client';
import {
  businesses,
  claims,
  entriesToPay as entriesToPayTable,
  jobSeekers,
  ledgerEntries,
  organisations,
  pairings,
  phases,
  postings,
  tranches,
} from '../../db/schema';
import type { Deps } from '../../deps';
import { keyset, type SortKeys } from '../lists/keyset';
import { proofsOfClaims } from '../proofs/proofs';
import { claimUnusual } from './claimUnusual';

type PageInput = z.infer<typeof queuePageInput>;

const totalOf = (col: SQL | SQLiteColumn) => sql<number>`coalesce(sum(${col}), 0)`.mapWith(Number);

const waitingClaims = eq(claims.status, 'submitted');
/** Due, and its milestone's day has come (a hire starting later waits for its start date). */
const dueTranches = (today: string) => and(eq(tranches.status, 'due'), lte(tranches.dueOn, today));

const zero = { count: 0, totalCents: 0 };

/** Claims waiting for review: how many, and their total. */
function waitingClaimsFigure(db: DbOrTx) {
  return (
    db
      .select({ count: count(), totalCents: totalOf(claims.amountCents) })
      .from(claims)
      .where(waitingClaims)
      .get() ?? zero
  );
}

function dueTranchesFigure(db: DbOrTx, today: string) {
  return (
    db
      .select({ count: count(), totalCents: totalOf(tranches.amountCents) })
      .from(tranches)
      .where(dueTranches(today))
      .get() ?? zero
  );
}

/** Approved, not paid, not a reversal, and not cancelled by one: the list the triggers keep. */
function toPayFigure(db: DbOrTx) {
  return (
    db
      .select({ count: count(), totalCents: totalOf(entriesToPayTable.amountCents) })
      .from(entriesToPayTable)
      .get() ?? zero
  );
}

/** What waits, in counts and totals: the coordination's home and the queue's headings. */
export function reviewQueue(deps: Deps) {
  return {
    claims: waitingClaimsFigure(deps.db),
    tranches: dueTranchesFigure(deps.db, quebecToday(deps.clock.now())),
    toPay: toPayFigure(deps.db),
  };
}

const claimSorts: SortKeys<'submitted', { id: number; submittedAt: string }> = {
  submitted: { column: claims.submittedAt, type: 'text', value: (r) => r.submittedAt },
};

export function claimsToReview(deps: Deps, input: PageInput) {
  const page = keyset(claimSorts, claims.id, { by: 'submitted', dir: 'asc' }, input.cursor);
  const rows = deps.db
    .select({
      id: claims.id,
      pairingId: claims.pairingId,
      periodStart: claims.periodStart,
      periodEnd: claims.periodEnd,
      hoursWorkedHundredths: claims.hoursWorkedHundredths,
      grossWagesCents: claims.grossWagesCents,
      amountCents: claims.amountCents,
      submittedAt: claims.submittedAt,
      businessName: businesses.legalName,
      hourlyWageCents: pairings.hourlyWageCents,
      hoursPerWeek: pairings.hoursPerWeek,
      rules: phases.rules,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(and(waitingClaims, page.after))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  // Each claim's proofs of pay, for the review card (the files are downloads), in one query;
  // what is unusual about each claim is said on its card (claimUnusual.ts).
  const proofs = proofsOfClaims(
    deps.db,
    rows.map((c) => c.id),
  );
  const cards = rows.map(({ rules, ...c }) => ({
    ...c,
    unusual: claimUnusual(c, rules),
    proofs: proofs.filter((p) => p.claimId === c.id),
  }));
  return {
    ...page.page(cards, input.limit),
    ...waitingClaimsFigure(deps.db),
  };
}

const trancheSorts: SortKeys<'due', { id: number; dueOn: string }> = {
  due: { column: tranches.dueOn, type: 'text', value: (r) => r.dueOn },
};

export function tranchesToReview(deps: Deps, input: PageInput) {
  const page = keyset(trancheSorts, tranches.id, { by: 'due', dir: 'asc' }, input.cursor);
  const rows = deps.db
    .select({
      id: tranches.id,
      pairingId: tranches.pairingId,
      milestone: tranches.milestone,
      amountCents: tranches.amountCents,
      dueOn: tranches.dueOn,
      organisationName: organisations.name,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(tranches)
    .innerJoin(pairings, eq(pairings.id, tranches.pairingId))
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(and(dueTranches(quebecToday(deps.clock.now())), page.after))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  return {
    ...page.page(rows, input.limit),
    ...dueTranchesFigure(deps.db, quebecToday(deps.clock.now())),
  };
}

// In the list's own key order (its primary key), not the ledger's: the page is the list's first
// rows after the cursor, each joined to its entry.
const entrySorts: SortKeys<'id', { id: number }> = {
  id: { column: entriesToPayTable.ledgerEntryId, type: 'int', value: (r) => r.id },
};

export function entriesToPay(deps: Deps, input: PageInput) {
  const page = keyset(
    entrySorts,
    entriesToPayTable.ledgerEntryId,
    { by: 'id', dir: 'asc' },
    input.cursor,
  );
  const rows = deps.db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      amountCents: ledgerEntries.amountCents,
      createdAt: ledgerEntries.createdAt,
      pairingId: ledgerEntries.pairingId,
      payeeBusiness: businesses.legalName,
      payeeOrganisation: organisations.name,
    })
    .from(entriesToPayTable)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, entriesToPayTable.ledgerEntryId))
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, ledgerEntries.payeeOrganisationId))
    .where(page.after)
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  return {
    ...page.page(rows, input.limit),
    ...toPayFigure(deps.db),
  };
}
