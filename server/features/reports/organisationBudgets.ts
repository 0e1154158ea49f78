// Every participating organisation's budget figures at once (three GROUP BY queries), for the
// coordinator's dashboard of a phase with many organisations. The figures mean exactly what
// features/money/budgets.ts `organisationBudget` computes for one organisation (envelope = the
// allocation when the phase sets one; committed from the pairings; approved and paid from the
// ledger): tests/api/reports.test.ts checks they are equal, organisation by organisation.
// TODO(integrator): could move into budgets.ts once the perf helper's changes there have landed.
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { ledgerEntries, pairings, payments, phaseOrganisations } from '../../db/schema';
import type { BudgetFigures, FundFigures } from '../money/budgets';

const sumOf = (col: unknown) => sql<number>`coalesce(sum(${col}), 0)`.mapWith(Number);

export function organisationBudgets(db: DbOrTx, phaseId: number): Map<number, BudgetFigures> {
  const allocations = db
    .select({
      organisationId: phaseOrganisations.organisationId,
      wage: phaseOrganisations.wageAllocationCents,
      accompaniment: phaseOrganisations.accompanimentAllocationCents,
    })
    .from(phaseOrganisations)
    .where(eq(phaseOrganisations.phaseId, phaseId))
    .all();
  const committed = db
    .select({
      organisationId: pairings.organisationId,
      wage: sumOf(pairings.committedWageCents),
      accompaniment: sumOf(pairings.committedAccompanimentCents),
    })
    .from(pairings)
    .where(eq(pairings.phaseId, phaseId))
    .groupBy(pairings.organisationId)
    .all();
  // Approved (the ledger's net) and paid (entries with a payment) in one pass over the ledger.
  const ledger = db
    .select({
      organisationId: ledgerEntries.organisationId,
      fund: ledgerEntries.fund,
      approved: sumOf(ledgerEntries.amountCents),
      paid: sumOf(
        sql`CASE WHEN ${payments.id} IS NULL THEN 0 ELSE ${ledgerEntries.amountCents} END`,
      ),
    })
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(eq(ledgerEntries.phaseId, phaseId))
    .groupBy(ledgerEntries.organisationId, ledgerEntries.fund)
    .all();
  const key = (org: number, fund: string) => `${org}:${fund}`;
  const approvedBy = new Map(ledger.map((r) => [key(r.organisationId, r.fund), r.approved]));
  const paidBy = new Map(ledger.map((r) => [key(r.organisationId, r.fund), r.paid]));
  const committedBy = new Map(committed.map((r) => [r.organisationId, r]));
  const out = new Map<number, BudgetFigures>();
  for (const a of allocations) {
    const fund = (name: 'wage' | 'accompaniment'): FundFigures => {
      const envelope = a[name];
      const c = committedBy.get(a.organisationId)?.[name] ?? 0;
      return {
        envelope,
        committed: c,
        approved: approvedBy.get(key(a.organisationId, name)) ?? 0,
        paid: paidBy.get(key(a.organisationId, name)) ?? 0,
        remaining: envelope === null ? null : envelope - c,
      };
    };
    out.set(a.organisationId, { wage: fund('wage'), accompaniment: fund('accompaniment') });
  }
  return out;
}
