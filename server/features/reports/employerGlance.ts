// The employer's money at a glance, for their home: pairings by status, claims by status, and
// what was paid, what is approved and still to be paid, and the latest payments — a few GROUP BY
// queries over their own business's rows only.
import { and, count, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { claims, ledgerEntries, pairings, payments } from '../../db/schema';

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
  const pairingsBy = (s: string) => pairingRows.find((r) => r.status === s)?.n ?? 0;
  const claimsBy = (s: string) => claimRows.find((r) => r.status === s);
  return {
    pairings: {
      active: pairingsBy('active'),
      completed: pairingsBy('completed'),
      endedEarly: pairingsBy('ended_early'),
    },
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
