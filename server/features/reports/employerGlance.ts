// The employer's money at a glance, for their home: pairings by status, claims by status, and
// what was paid, what is approved and still to be paid, the latest payments, and the newest
// pairings in progress with each one's last claim — a few queries over their own business's
// rows only, aggregated or limited in SQL (right whatever the number of pairings).
import { and, count, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../../db/client';
import { claims, jobSeekers, ledgerEntries, pairings, payments, postings } from '../../db/schema';

/** How many pairings in progress the employer's home lists. */
export const GLANCE_CURRENT = 5;

const sumOf = (col: typeof ledgerEntries.amountCents | typeof claims.amountCents) =>
  sql<number>`coalesce(sum(${col}), 0)`.mapWith(Number);

export function employerGlance(db: DbOrTx, businessId: number) {
  const pairingRows = db
    .select({ status: pairings.status, n: count() })
    .from(pairings)
    .where(eq(pairings.businessId, businessId))
    .groupBy(pairings.status)
    .all();
  const claimRows = db
    .select({ status: claims.status, n: count(), amountCents: sumOf(claims.amountCents) })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .where(eq(pairings.businessId, businessId))
    .groupBy(claims.status)
    .all();
  const mine = eq(ledgerEntries.payeeBusinessId, businessId);
  const paidCents =
    db
      .select({ total: sumOf(ledgerEntries.amountCents) })
      .from(ledgerEntries)
      .innerJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
      .where(mine)
      .get()?.total ?? 0;
  // Approved, not paid, and not cancelled by a reversal.
  const toComeCents =
    db
      .select({ total: sumOf(ledgerEntries.amountCents) })
      .from(ledgerEntries)
      .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
      .where(
        and(
          mine,
          ne(ledgerEntries.kind, 'reversal'),
          isNull(payments.id),
          sql`NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = ${ledgerEntries.id})`,
        ),
      )
      .get()?.total ?? 0;
  const recentPayments = db
    .select({
      ledgerEntryId: ledgerEntries.id,
      pairingId: ledgerEntries.pairingId,
      amountCents: ledgerEntries.amountCents,
      paidOn: payments.paidOn,
      reference: payments.reference,
    })
    .from(payments)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, payments.ledgerEntryId))
    .where(mine)
    .orderBy(desc(payments.paidOn), desc(payments.id))
    .limit(3)
    .all();
  // The newest pairings in progress, each with its latest claim (by period), read in one query.
  const lastClaim = (col: SQLiteColumn) =>
    sql`(SELECT ${col} FROM ${claims} WHERE ${claims.pairingId} = ${pairings.id} ORDER BY ${claims.periodEnd} DESC, ${claims.id} DESC LIMIT 1)`;
  const current = db
    .select({
      id: pairings.id,
      startDate: pairings.startDate,
      plannedEndDate: pairings.plannedEndDate,
      endDate: pairings.endDate,
      postingTitle: postings.title,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      lastClaimStart: sql<string | null>`${lastClaim(claims.periodStart)}`,
      lastClaimEnd: sql<string | null>`${lastClaim(claims.periodEnd)}`,
      lastClaimStatus: sql<
        'submitted' | 'approved' | 'rejected' | null
      >`${lastClaim(claims.status)}`,
    })
    .from(pairings)
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(and(eq(pairings.businessId, businessId), eq(pairings.status, 'active')))
    .orderBy(desc(pairings.id))
    .limit(GLANCE_CURRENT)
    .all()
    .map(({ lastClaimStart, lastClaimEnd, lastClaimStatus, lastName, ...p }) => ({
      ...p,
      // An employer knows the person by first name and initial.
      lastName: `${lastName.charAt(0).toUpperCase()}.`,
      lastClaim:
        lastClaimStart && lastClaimEnd && lastClaimStatus
          ? { periodStart: lastClaimStart, periodEnd: lastClaimEnd, status: lastClaimStatus }
          : null,
    }));
  const pairingsBy = (s: string) => pairingRows.find((r) => r.status === s)?.n ?? 0;
  const claimsBy = (s: string) => claimRows.find((r) => r.status === s);
  return {
    pairings: {
      active: pairingsBy('active'),
      completed: pairingsBy('completed'),
      endedEarly: pairingsBy('ended_early'),
      total: pairingRows.reduce((n, r) => n + r.n, 0),
    },
    current,
    claims: {
      submitted: claimsBy('submitted')?.n ?? 0,
      submittedCents: claimsBy('submitted')?.amountCents ?? 0,
      approved: claimsBy('approved')?.n ?? 0,
      rejected: claimsBy('rejected')?.n ?? 0,
    },
    paidCents,
    toComeCents,
    recentPayments,
  };
}
