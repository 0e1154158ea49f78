// Budget figures, per phase and per organisation, in one place: envelope, committed, approved,
// paid, remaining, for each fund. They are read from budget_totals, the aggregates the database
// keeps per phase × organisation × fund in the same transaction as every change to the
// pairings' commitments, the ledger and the payments (triggers of migration 0005), so a figure
// costs a few index rows instead of a sum over the ledger. tests/api/budgetConsistency.test.ts
// checks them against a recomputation from the raw rows.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { budgetTotals, phaseOrganisations, phases } from '../../db/schema';

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

type Fund = 'wage' | 'accompaniment';
type Totals = Record<Fund, { committed: number; approved: number; paid: number }>;

const total = (col: SQLiteColumn | SQL) => sql<number>`coalesce(sum(${col}), 0)`.mapWith(Number);

/** The aggregates of a phase, or of one organisation in it, per fund. */
function totals(db: DbOrTx, phaseId: number, organisationId: number | null): Totals {
  const rows = db
    .select({
      fund: budgetTotals.fund,
      committed: total(budgetTotals.committedCents),
      approved: total(budgetTotals.approvedCents),
      paid: total(budgetTotals.paidCents),
    })
    .from(budgetTotals)
    .where(
      and(
        eq(budgetTotals.phaseId, phaseId),
        organisationId === null ? undefined : eq(budgetTotals.organisationId, organisationId),
      ),
    )
    .groupBy(budgetTotals.fund)
    .all();
  const result: Totals = {
    wage: { committed: 0, approved: 0, paid: 0 },
    accompaniment: { committed: 0, approved: 0, paid: 0 },
  };
  for (const r of rows)
    result[r.fund] = { committed: r.committed, approved: r.approved, paid: r.paid };
  return result;
}

/** What the pairings of a phase (or of one organisation in it) hold against the budgets. */
export function committedTotals(db: DbOrTx, phaseId: number, organisationId: number | null) {
  const t = totals(db, phaseId, organisationId);
  return { wage: t.wage.committed, accompaniment: t.accompaniment.committed };
}

function fromTotals(
  t: Totals | undefined,
  envelopes: { wage: number | null; accompaniment: number | null },
): BudgetFigures {
  const fund = (name: Fund): FundFigures => {
    const envelope = envelopes[name];
    const committed = t?.[name].committed ?? 0;
    return {
      envelope,
      committed,
      approved: t?.[name].approved ?? 0,
      paid: t?.[name].paid ?? 0,
      remaining: envelope === null ? null : envelope - committed,
    };
  };
  return { wage: fund('wage'), accompaniment: fund('accompaniment') };
}

function figures(
  db: DbOrTx,
  phaseId: number,
  organisationId: number | null,
  envelopes: { wage: number | null; accompaniment: number | null },
): BudgetFigures {
  return fromTotals(totals(db, phaseId, organisationId), envelopes);
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

/**
 * Every participating organisation's figures in a phase at once (the coordinator's dashboard):
 * the same figures as `organisationBudget` for each, from two queries.
 */
export function organisationBudgets(db: DbOrTx, phaseId: number): Map<number, BudgetFigures> {
  const allocations = db
    .select()
    .from(phaseOrganisations)
    .where(eq(phaseOrganisations.phaseId, phaseId))
    .all();
  const rows = db.select().from(budgetTotals).where(eq(budgetTotals.phaseId, phaseId)).all();
  const byOrganisation = new Map<number, Totals>();
  for (const r of rows) {
    const t = byOrganisation.get(r.organisationId) ?? {
      wage: { committed: 0, approved: 0, paid: 0 },
      accompaniment: { committed: 0, approved: 0, paid: 0 },
    };
    t[r.fund] = { committed: r.committedCents, approved: r.approvedCents, paid: r.paidCents };
    byOrganisation.set(r.organisationId, t);
  }
  const out = new Map<number, BudgetFigures>();
  for (const a of allocations) {
    out.set(
      a.organisationId,
      fromTotals(byOrganisation.get(a.organisationId), {
        wage: a.wageAllocationCents,
        accompaniment: a.accompanimentAllocationCents,
      }),
    );
  }
  return out;
}

const committedStatement = (db: Db) =>
  prepared(db, 'budgets.committedForHire', () =>
    db
      .select({
        phaseWage: total(
          sql`CASE WHEN ${budgetTotals.fund} = 'wage' THEN ${budgetTotals.committedCents} END`,
        ),
        phaseAccompaniment: total(
          sql`CASE WHEN ${budgetTotals.fund} = 'accompaniment' THEN ${budgetTotals.committedCents} END`,
        ),
        wage: total(
          sql`CASE WHEN ${budgetTotals.organisationId} = ${sql.placeholder('organisationId')} AND ${budgetTotals.fund} = 'wage' THEN ${budgetTotals.committedCents} END`,
        ),
        accompaniment: total(
          sql`CASE WHEN ${budgetTotals.organisationId} = ${sql.placeholder('organisationId')} AND ${budgetTotals.fund} = 'accompaniment' THEN ${budgetTotals.committedCents} END`,
        ),
      })
      .from(budgetTotals)
      .where(eq(budgetTotals.phaseId, sql.placeholder('phaseId')))
      .prepare(),
  );

/**
 * The hire's check in one prepared read: what the whole phase and one organisation in it
 * commit (the same figures as committedTotals for both). Run it inside the hire's transaction.
 */
export function committedForHire(db: Db, phaseId: number, organisationId: number) {
  const r = committedStatement(db).get({ phaseId, organisationId });
  return {
    phase: { wage: r?.phaseWage ?? 0, accompaniment: r?.phaseAccompaniment ?? 0 },
    organisation: { wage: r?.wage ?? 0, accompaniment: r?.accompaniment ?? 0 },
  };
}
