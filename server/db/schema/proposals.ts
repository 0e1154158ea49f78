// Proposals (« candidatures proposées »): a counsellor proposes a job seeker for a posting;
// every transition is kept in proposal_events.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { DeclineReason } from '../../../shared/proposals/proposalMachine';
import { jobSeekers } from './jobSeekers';
import { organisations } from './organisations';
import { postings } from './postings';
import { users } from './users';

const statuses = ['proposed', 'interview', 'hired', 'declined', 'withdrawn', 'expired'] as const;

export const proposals = sqliteTable(
  'proposals',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    postingId: integer()
      .notNull()
      .references(() => postings.id),
    jobSeekerId: integer()
      .notNull()
      .references(() => jobSeekers.id),
    /** The seeker's organisation, copied for fast, safe filtering. */
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    proposedBy: integer()
      .notNull()
      .references(() => users.id),
    message: text().notNull().default(''),
    status: text({ enum: statuses }).notNull().default('proposed'),
    declineReason: text().$type<DeclineReason>(),
    declineComment: text(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    /** When the employer first acted on it (interview, decline, hire). */
    answeredAt: text(),
    /** When the "no answer for 7 days" reminder went to the employer. */
    reminderSentAt: text(),
    /** When the counsellor last looked at the employer's answer. */
    seenByOrganisationAt: text(),
    /** When an employer first opened the candidate card. */
    seenByEmployerAt: text(),
  },
  (t) => [
    check(
      'proposals_status',
      sql`${t.status} IN ('proposed','interview','hired','declined','withdrawn','expired')`,
    ),
    // One active proposal per person and posting.
    uniqueIndex('proposals_active_unique')
      .on(t.postingId, t.jobSeekerId)
      .where(sql`status IN ('proposed','interview')`),
    index('proposals_posting_idx').on(t.postingId, t.status),
    index('proposals_org_idx').on(t.organisationId, t.status, t.updatedAt),
    // The organisation's proposals list (features/proposals/readProposals.ts), each sort.
    index('proposals_org_updated_idx').on(t.organisationId, t.updatedAt, t.id),
    index('proposals_org_id_idx').on(t.organisationId, t.id),
    index('proposals_org_status_id_idx').on(t.organisationId, t.status, t.id),
    index('proposals_seeker_idx').on(t.jobSeekerId, t.status),
    index('proposals_status_created_idx').on(t.status, t.createdAt),
  ],
);

export const proposalEvents = sqliteTable(
  'proposal_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    proposalId: integer()
      .notNull()
      .references(() => proposals.id),
    at: text().notNull(),
    /** Null when the system fired the transition (expiry). */
    actorUserId: integer().references(() => users.id),
    fromStatus: text().$type<(typeof statuses)[number]>(),
    toStatus: text().$type<(typeof statuses)[number]>().notNull(),
    reason: text(),
    comment: text(),
  },
  (t) => [index('proposal_events_proposal_idx').on(t.proposalId, t.at)],
);
