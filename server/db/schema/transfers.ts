// Transfers of a job seeker's file to another member organisation: requested by the holding
// organisation (reason, message), accepted or declined by the receiving one. One pending
// request per person at a time.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { transferReasons, transferStatuses } from '../../../shared/transfers/schemas';
import { jobSeekers } from './jobSeekers';
import { organisations } from './organisations';
import { users } from './users';

export const transferRequests = sqliteTable(
  'transfer_requests',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    jobSeekerId: integer()
      .notNull()
      .references(() => jobSeekers.id),
    fromOrganisationId: integer()
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: integer()
      .notNull()
      .references(() => organisations.id),
    reason: text({ enum: transferReasons }).notNull(),
    /** For the receiving organisation; erased when the person's file is anonymised. */
    message: text().notNull().default(''),
    status: text({ enum: transferStatuses }).notNull().default('pending'),
    requestedBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
    decidedBy: integer().references(() => users.id),
    decidedAt: text(),
    /** Why the receiving organisation declined; erased with the file. */
    declineComment: text(),
    /** On acceptance: whether private notes and client groups moved (the person consented). */
    notesMoved: integer({ mode: 'boolean' }),
  },
  (t) => [
    check(
      'transfer_requests_status',
      sql`${t.status} IN ('pending','accepted','declined','cancelled')`,
    ),
    check(
      'transfer_requests_reason',
      sql`${t.reason} IN ('moved','closer_services','specialised_services','person_request','other')`,
    ),
    check('transfer_requests_orgs', sql`${t.fromOrganisationId} <> ${t.toOrganisationId}`),
    uniqueIndex('transfer_requests_one_pending').on(t.jobSeekerId).where(sql`status = 'pending'`),
    index('transfer_requests_to_idx').on(t.toOrganisationId, t.status, t.id),
    index('transfer_requests_from_idx').on(t.fromOrganisationId, t.status, t.id),
    index('transfer_requests_seeker_idx').on(t.jobSeekerId, t.id),
  ],
);
