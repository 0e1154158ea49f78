// The coordination's work queue, correct at any size: how many claims wait for review, tranches
// are due and approved entries wait for payment, with their totals (aggregated in SQL), and
// each list in pages, oldest first, with what the screen shows about each item's pairing (the
// person, the job, the phase) read in the same query, never joined in the browser.
import { and, count, eq, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import { quebecToday } from '../../../shared/dates';
import type { queuePageInput } from '../../../shared/money/schemas';
import type { DbOrTx } from '../../db/client';
import {
  businesses,
  claims,
  jobSeekers,
  ledgerEntries,
  organisations,
  pairings,
  payments,
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
/** Approved, not paid, not a reversal, and not cancelled by one. */
const toPayCondition = and(
  isNull(payments.id),
  ne(ledgerEntries.kind, 'reversal'),
  sql`NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = ${ledgerEntries.id})`,
);

function figures(db: DbOrTx, today: string) {
  const c = db
    .select({ count: count(), totalCents: totalOf(claims.amountCents) })
    .from(claims)
    .where(waitingClaims)
    .get();
  const t = db
    .select({ count: count(), totalCents: totalOf(tranches.amountCents) })
    .from(tranches)
    .where(dueTranches(today))
    .get();
  const p = db
    .select({ count: count(), totalCents: totalOf(ledgerEntries.amountCents) })
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(toPayCondition)
    .get();
  const zero = { count: 0, totalCents: 0 };
  return { claims: c ?? zero, tranches: t ?? zero, toPay: p ?? zero };
}

/** What waits, in counts and totals: the coordination's home and the queue's headings. */
export function reviewQueue(deps: Deps) {
  return figures(deps.db, quebecToday(deps.clock.now()));
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
    ...figures(deps.db, quebecToday(deps.clock.now())).claims,
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
    ...figures(deps.db, quebecToday(deps.clock.now())).tranches,
  };
}

const entrySorts: SortKeys<'id', { id: number }> = {
  id: { column: ledgerEntries.id, type: 'int', value: (r) => r.id },
};

export function entriesToPay(deps: Deps, input: PageInput) {
  const page = keyset(entrySorts, ledgerEntries.id, { by: 'id', dir: 'asc' }, input.cursor);
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
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, ledgerEntries.payeeOrganisationId))
    .where(and(toPayCondition, page.after))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  return {
    ...page.page(rows, input.limit),
    ...figures(deps.db, quebecToday(deps.clock.now())).toPay,
  };
}
