// Pairings (« jumelages »): a confirmed hire within a phase, attributed to the job seeker's
// organisation, with the maxima committed against the budgets; and the counsellors'
// follow-ups (accompaniment).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ClientGroup } from '../../../shared/clientGroups';
import type { EndEarlyReason } from '../../../shared/money/machines';
import { jobSeekers } from './jobSeekers';
import { businesses, organisations } from './organisations';
import { phases } from './phases';
import { postings } from './postings';
import { proposals } from './proposals';
import { users } from './users';

export const pairings = sqliteTable(
  'pairings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    businessId: integer()
      .notNull()
      .references(() => businesses.id),
    proposalId: integer()
      .notNull()
      .unique()
      .references(() => proposals.id),
    jobSeekerId: integer()
      .notNull()
      .references(() => jobSeekers.id),
    postingId: integer()
      .notNull()
      .references(() => postings.id),
    /**
     * The member organisation that accompanies the person now, when their file was transferred
     * after the hire (features/transfers); null: the pairing's own organisation. The pairing
     * itself (and its money) stays attributed to organisationId.
     */
    accompanyingOrganisationId: integer().references(() => organisations.id),
    /**
     * The person's client groups when the pairing was created, copied by a trigger (migration
     * 0009): reports of a phase count these, so a later change of the file (a transfer without
     * the notes consent, a correction) never changes a past report.
     */
    clientGroups: text({ mode: 'json' }).$type<ClientGroup[]>().notNull().default(sql`'[]'`),
    startDate: text().notNull(),
    plannedEndDate: text().notNull(),
    hourlyWageCents: integer().notNull(),
    hoursPerWeek: integer().notNull(),
    plannedWeeks: integer().notNull(),
    /** The maxima computed at hire under the phase's rules. */
    maxWageSubsidyCents: integer().notNull(),
    accompanimentCents: integer().notNull(),
    /**
     * What the pairing holds against the budgets: the maxima at hire; after an early end, only
     * what its claims and tranches already used (the rest goes back to the budget).
     */
    committedWageCents: integer().notNull(),
    committedAccompanimentCents: integer().notNull(),
    status: text({ enum: ['active', 'completed', 'ended_early'] })
      .notNull()
      .default('active'),
    endDate: text(),
    endReason: text().$type<EndEarlyReason>(),
    endComment: text(),
    /** 12 weeks after the end. */
    retentionDueOn: text(),
    retentionOutcome: text({ enum: ['employed', 'not_employed', 'unknown'] }),
    retentionCheckedOn: text(),
    /**
     * The counsellor who follows the pairing: at hire, the one who proposed the person; then as
     * changed by an amendment. Null only for rows older than this column (see its migration).
     */
    counsellorId: integer().references(() => users.id),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('pairings_status', sql`${t.status} IN ('active','completed','ended_early')`),
    check(
      'pairings_money',
      sql`${t.maxWageSubsidyCents} >= 0 AND ${t.accompanimentCents} >= 0 AND ${t.committedWageCents} BETWEEN 0 AND ${t.maxWageSubsidyCents} AND ${t.committedAccompanimentCents} BETWEEN 0 AND ${t.accompanimentCents}`,
    ),
    check(
      'pairings_terms',
      sql`${t.hoursPerWeek} > 0 AND ${t.plannedWeeks} > 0 AND ${t.hourlyWageCents} > 0`,
    ),
    check(
      'pairings_retention',
      sql`${t.retentionOutcome} IS NULL OR ${t.retentionOutcome} IN ('employed','not_employed','unknown')`,
    ),
    index('pairings_phase_org_idx').on(t.phaseId, t.organisationId, t.status),
    index('pairings_business_idx').on(t.businessId, t.status),
    // Pairings lists (features/pairings/readPairings.ts): newest or by start date, per scope.
    index('pairings_org_status_idx').on(t.organisationId, t.status, t.id),
    index('pairings_org_start_idx').on(t.organisationId, t.startDate, t.id),
    index('pairings_status_start_idx').on(t.status, t.startDate, t.id),
    index('pairings_start_idx').on(t.startDate, t.id),
    index('pairings_phase_start_idx').on(t.phaseId, t.startDate, t.id),
    index('pairings_seeker_idx').on(t.jobSeekerId, t.status),
    // The report counts' trigger on a posting's region or occupation finds its pairings here.
    index('pairings_posting_idx').on(t.postingId),
    index('pairings_accompanying_idx')
      .on(t.accompanyingOrganisationId, t.status)
      .where(sql`accompanying_organisation_id IS NOT NULL`),
  ],
);

export const followUps = sqliteTable(
  'follow_ups',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    on: text().notNull(),
    withWhom: text({ enum: ['person', 'employer', 'both'] }).notNull(),
    kind: text({ enum: ['call', 'visit', 'meeting', 'other'] }).notNull(),
    notes: text().notNull().default(''),
    nextOn: text(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    recordedAt: text().notNull(),
  },
  (t) => [
    check('follow_ups_with', sql`${t.withWhom} IN ('person','employer','both')`),
    check('follow_ups_kind', sql`${t.kind} IN ('call','visit','meeting','other')`),
    index('follow_ups_pairing_idx').on(t.pairingId, t.on),
    index('follow_ups_next_idx').on(t.nextOn),
  ],
);
