// Budget figures, per phase and per organisation, computed from the pairings' commitments and
// the ledger in one place: envelope, committed, approved, paid, remaining, for each fund.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { ledgerEntries, pairings, payments, phaseOrganisations, phases } from '../../db/schema';

export interface FundFigures {
  envelope: number | null;
  committed: number;
  approved: number;
  paid: number;
  /** envelope − committed (null without an envelope). */
  remaining: number | null;
}

export interface BudgetFigures {
  wage: FundFigures;
  accompaniment: FundFigures;
}

const sumOf = (col: SQL | typeof ledgerEntries.amountCents) =>
  sql<number>`coalesce(sum(${col}), 0)`.mapWith(Number);

/** What the pairings of a phase (or of one organisation in it) hold against the budgets. */
export function committedTotals(db: DbOrTx, phaseId: number, organisationId: number | null) {
  return (
    db
      .select({
        wage: sumOf(sql`${pairings.committedWageCents}`),
        accompaniment: sumOf(sql`${pairings.committedAccompanimentCents}`),
      })
      .from(pairings)
      .where(
        and(
          eq(pairings.phaseId, phaseId),
          organisationId === null ? undefined : eq(pairings.organisationId, organisationId),
        ),
      )
      .get() ?? { wage: 0, accompaniment: 0 }
  );
}

function figures(
  db: DbOrTx,
  phaseId: number,
  organisationId: number | null,
  envelopes: { wage: number | null; accompaniment: number | null },
): BudgetFigures {
  const committed = committedTotals(db, phaseId, organisationId);
  const ledgerWhere = and(
    eq(ledgerEntries.phaseId, phaseId),
    organisationId === null ? undefined : eq(ledgerEntries.organisationId, organisationId),
  );
  const approved = db
    .select({ fund: ledgerEntries.fund, total: sumOf(ledgerEntries.amountCents) })
    .from(ledgerEntries)
    .where(ledgerWhere)
    .groupBy(ledgerEntries.fund)
    .all();
  const paid = db
    .select({ fund: ledgerEntries.fund, total: sumOf(ledgerEntries.amountCents) })
    .from(ledgerEntries)
    .innerJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(ledgerWhere)
    .groupBy(ledgerEntries.fund)
    .all();
  const fund = (name: 'wage' | 'accompaniment'): FundFigures => {
    const envelope = envelopes[name];
    const c = committed[name];
    return {
      envelope,
      committed: c,
      approved: approved.find((r) => r.fund === name)?.total ?? 0,
      paid: paid.find((r) => r.fund === name)?.total ?? 0,
      remaining: envelope === null ? null : envelope - c,
    };
  };
  return { wage: fund('wage'), accompaniment: fund('accompaniment') };
}

export function phaseBudget(db: DbOrTx, phaseId: number): BudgetFigures {
  const phase = db.select().from(phases).where(eq(phases.id, phaseId)).get();
  return figures(db, phaseId, null, {
    wage: phase?.wageEnvelopeCents ?? 0,
    accompaniment: phase?.accompanimentEnvelopeCents ?? 0,
  });
}

/** An organisation's figures; its envelopes are its allocations, when the phase sets them. */
export function organisationBudget(
  db: DbOrTx,
  phaseId: number,
  organisationId: number,
): BudgetFigures {
  const p = db
    .select()
    .from(phaseOrganisations)
    .where(
      and(
        eq(phaseOrganisations.phaseId, phaseId),
        eq(phaseOrganisations.organisationId, organisationId),
      ),
    )
    .get();
  return figures(db, phaseId, organisationId, {
    wage: p?.wageAllocationCents ?? null,
    accompaniment: p?.accompanimentAllocationCents ?? null,
  });
}
