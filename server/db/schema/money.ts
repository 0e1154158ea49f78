// Money: wage-subsidy claims, accompaniment tranches, and the append-only ledger of
// disbursements with its payments. Ledger and payment rows are never updated or deleted
// (database triggers in the migration refuse it); a mistake is corrected by a reversal entry.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { RejectReason } from '../../../shared/money/machines';
import { businesses, organisations } from './organisations';
import { pairings } from './pairings';
import { phases } from './phases';
import { users } from './users';

export const claims = sqliteTable(
  'claims',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    periodStart: text().notNull(),
    periodEnd: text().notNull(),
    /** Hours worked in hundredths (37.5 h = 3750). */
    hoursWorkedHundredths: integer().notNull(),
    grossWagesCents: integer().notNull(),
    /** Computed by the calculator at submission. */
    amountCents: integer().notNull(),
    /** 'reversed': approved, then its ledger entry reversed (it no longer counts). */
    status: text({ enum: ['submitted', 'approved', 'rejected', 'reversed'] })
      .notNull()
      .default('submitted'),
    rejectReason: text().$type<RejectReason>(),
    rejectComment: text(),
    submittedBy: integer()
      .notNull()
      .references(() => users.id),
    submittedAt: text().notNull(),
    reviewedBy: integer().references(() => users.id),
    reviewedAt: text(),
  },
  (t) => [
    check('claims_status', sql`${t.status} IN ('submitted','approved','rejected','reversed')`),
    check('claims_period', sql`${t.periodStart} <= ${t.periodEnd}`),
    check(
      'claims_amounts',
      sql`${t.hoursWorkedHundredths} > 0 AND ${t.grossWagesCents} > 0 AND ${t.amountCents} >= 0`,
    ),
    index('claims_pairing_idx').on(t.pairingId, t.periodStart),
    index('claims_status_idx').on(t.status, t.submittedAt),
    // The coordinator's claims list (features/money/listClaims.ts): each sort, by status or not.
    index('claims_status_id_idx').on(t.status, t.id),
    index('claims_submitted_idx').on(t.submittedAt, t.id),
    index('claims_amount_idx').on(t.amountCents, t.id),
    index('claims_status_amount_idx').on(t.status, t.amountCents, t.id),
  ],
);

export const tranches = sqliteTable(
  'tranches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    milestone: text({ enum: ['hire', 'completion', 'retention'] }).notNull(),
    amountCents: integer().notNull(),
    /** 'reversed': approved, then its ledger entry reversed; a new 'due' tranche replaces it. */
    status: text({ enum: ['due', 'approved', 'rejected', 'reversed'] })
      .notNull()
      .default('due'),
    dueOn: text().notNull(),
    rejectReason: text().$type<RejectReason>(),
    rejectComment: text(),
    reviewedBy: integer().references(() => users.id),
    reviewedAt: text(),
  },
  (t) => [
    check('tranches_status', sql`${t.status} IN ('due','approved','rejected','reversed')`),
    check('tranches_amount', sql`${t.amountCents} >= 0`),
    // One tranche per milestone that counts; reversed ones stay beside their replacement.
    uniqueIndex('tranches_pairing_milestone')
      .on(t.pairingId, t.milestone)
      .where(sql`status <> 'reversed'`),
    index('tranches_status_idx').on(t.status, t.dueOn),
  ],
);

export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: ['wage_subsidy', 'accompaniment', 'reversal'] }).notNull(),
    /** Which budget the money comes from (a reversal takes its entry's). */
    fund: text({ enum: ['wage', 'accompaniment'] }).notNull(),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    /** Payee: the employer business (wage subsidy) or the organisation (accompaniment). */
    payeeBusinessId: integer().references(() => businesses.id),
    payeeOrganisationId: integer().references(() => organisations.id),
    claimId: integer().references(() => claims.id),
    trancheId: integer().references(() => tranches.id),
    reversesEntryId: integer(),
    /** Negative for a reversal. */
    amountCents: integer().notNull(),
    note: text().notNull().default(''),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [
    check('ledger_kind', sql`${t.kind} IN ('wage_subsidy','accompaniment','reversal')`),
    check(
      'ledger_fund',
      sql`${t.fund} IN ('wage','accompaniment') AND (${t.kind} = 'reversal' OR (${t.kind} = 'wage_subsidy') = (${t.fund} = 'wage'))`,
    ),
    check(
      'ledger_sign',
      sql`(${t.kind} = 'reversal' AND ${t.amountCents} < 0 AND ${t.reversesEntryId} IS NOT NULL) OR (${t.kind} <> 'reversal' AND ${t.amountCents} >= 0 AND ${t.reversesEntryId} IS NULL)`,
    ),
    check(
      'ledger_payee',
      sql`(${t.payeeBusinessId} IS NULL) <> (${t.payeeOrganisationId} IS NULL)`,
    ),
    uniqueIndex('ledger_one_reversal')
      .on(t.reversesEntryId)
      .where(sql`reverses_entry_id IS NOT NULL`),
    uniqueIndex('ledger_one_claim')
      .on(t.claimId)
      .where(sql`claim_id IS NOT NULL AND kind <> 'reversal'`),
    uniqueIndex('ledger_one_tranche')
      .on(t.trancheId)
      .where(sql`tranche_id IS NOT NULL AND kind <> 'reversal'`),
    // Covering: budget sums per phase and organisation read the index only.
    index('ledger_phase_org_idx').on(t.phaseId, t.organisationId, t.fund, t.amountCents),
    index('ledger_pairing_idx').on(t.pairingId),
    // The ledger list (features/money/review.ts listLedger): newest first within each scope.
    index('ledger_payee_business_idx').on(t.payeeBusinessId, t.phaseId, t.id),
    index('ledger_org_phase_idx').on(t.organisationId, t.phaseId, t.id),
    index('ledger_phase_fund_idx').on(t.phaseId, t.fund, t.id),
    index('ledger_phase_id_idx').on(t.phaseId, t.id),
    index('ledger_org_id_idx').on(t.organisationId, t.id),
  ],
);

/**
 * A batch of payments recorded at once (one transfer file: same day, same reference), in one
 * transaction. `batchKey` is made by the client when the form opens: the same batch submitted
 * twice (a double click, a retry after a lost answer) is recorded once.
 */
export const paymentBatches = sqliteTable(
  'payment_batches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    batchKey: text().notNull().unique(),
    paidOn: text().notNull(),
    reference: text().notNull(),
    /** The ledger entries paid, ascending (to tell a replay from another batch on the same key). */
    ledgerEntryIds: text({ mode: 'json' }).$type<number[]>().notNull(),
    totalCents: integer().notNull(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    recordedAt: text().notNull(),
  },
  (t) => [check('payment_batches_total', sql`${t.totalCents} >= 0`)],
);

export const payments = sqliteTable(
  'payments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    ledgerEntryId: integer()
      .notNull()
      .unique()
      .references(() => ledgerEntries.id),
    paidOn: text().notNull(),
    reference: text().notNull(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    recordedAt: text().notNull(),
    /** The batch it was paid in; null when paid on its own. */
    batchId: integer().references(() => paymentBatches.id),
  },
  (t) => [index('payments_paid_on_idx').on(t.paidOn), index('payments_batch_idx').on(t.batchId)],
);

/**
 * Budget aggregates per phase, organisation and fund: what the pairings commit, what the ledger
 * approved (reversals included) and what was paid. Kept by database triggers (see the
 * 0005_budget_totals migration) in the same transaction as every change to pairings,
 * ledger_entries and payments, so no code path can forget them; read by
 * server/features/money/budgets.ts instead of summing a million ledger rows.
 */
export const budgetTotals = sqliteTable(
  'budget_totals',
  {
    phaseId: integer().notNull(),
    organisationId: integer().notNull(),
    fund: text({ enum: ['wage', 'accompaniment'] }).notNull(),
    committedCents: integer().notNull().default(0),
    approvedCents: integer().notNull().default(0),
    paidCents: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.organisationId, t.fund] }),
    check('budget_totals_fund', sql`${t.fund} IN ('wage','accompaniment')`),
  ],
);

/**
 * The ledger entries approved and waiting for payment: not a reversal, not reversed, not paid.
 * Kept by database triggers (the 0022_entries_to_pay migration) in the transaction that adds
 * an entry, a reversal or a payment, so the coordination's queue reads this short list instead
 * of checking every ledger entry against the payments (430 ms at scale 1).
 */
export const entriesToPay = sqliteTable('entries_to_pay', {
  ledgerEntryId: integer()
    .primaryKey()
    .references(() => ledgerEntries.id),
  amountCents: integer().notNull(),
});
