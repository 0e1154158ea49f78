// Payment notices (« avis de paiement »): when disbursements are marked paid, each payee (a
// business for wage subsidies, a member organisation for accompaniment) gets one notice listing
// the items of that payment, its date and reference; a reversal of a paid item gets a corrective
// notice. Append-only like the ledger they describe (triggers in migration 0009). They hold ids,
// amounts, dates and references, never a person's name, so anonymisation leaves them as they are.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ledgerEntries } from './money';
import { businesses, organisations } from './organisations';
import { pairings } from './pairings';
import { users } from './users';

export const paymentNotices = sqliteTable(
  'payment_notices',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    kind: text({ enum: ['payment', 'correction'] }).notNull(),
    payeeBusinessId: integer().references(() => businesses.id),
    payeeOrganisationId: integer().references(() => organisations.id),
    /** The payment date (a correction: the day of the reversal, Quebec time). */
    paidOn: text().notNull(),
    reference: text().notNull(),
    totalCents: integer().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
  },
  (t) => [
    check('payment_notices_kind', sql`${t.kind} IN ('payment','correction')`),
    check(
      'payment_notices_payee',
      sql`(${t.payeeBusinessId} IS NULL) <> (${t.payeeOrganisationId} IS NULL)`,
    ),
    check(
      'payment_notices_sign',
      sql`(${t.kind} = 'payment' AND ${t.totalCents} >= 0) OR (${t.kind} = 'correction' AND ${t.totalCents} <= 0)`,
    ),
    index('payment_notices_business_idx').on(t.payeeBusinessId, t.id),
    index('payment_notices_organisation_idx').on(t.payeeOrganisationId, t.id),
  ],
);

export const paymentNoticeItems = sqliteTable(
  'payment_notice_items',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    noticeId: integer()
      .notNull()
      .references(() => paymentNotices.id),
    /** The paid entry (payment notice) or the reversal entry (corrective notice). */
    ledgerEntryId: integer()
      .notNull()
      .references(() => ledgerEntries.id),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    amountCents: integer().notNull(),
    /** What was paid for: a claim's pay period, or an accompaniment milestone. */
    periodStart: text(),
    periodEnd: text(),
    milestone: text({ enum: ['hire', 'completion', 'retention'] }),
    /** On a correction: the notice that listed the reversed payment. */
    correctsNoticeId: integer(),
  },
  (t) => [
    // Each paid entry is on one payment notice, each reversal on one corrective notice.
    uniqueIndex('payment_notice_items_entry').on(t.ledgerEntryId),
    index('payment_notice_items_notice_idx').on(t.noticeId),
  ],
);
