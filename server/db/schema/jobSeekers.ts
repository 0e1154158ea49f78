// Job seekers (« personnes participantes »), owned by one member organisation; their
// consents per purpose; and the log of every read of a file (Law 25).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ClientGroup } from '../../../shared/clientGroups';
import { organisations } from './organisations';
import { users } from './users';

export const jobSeekers = sqliteTable(
  'job_seekers',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    firstName: text().notNull(),
    lastName: text().notNull(),
    /** Accent- and case-folded « last name, first name », kept by triggers (db/sortKey.ts). */
    nameKey: text().notNull().default(''),
    /** YYYY-MM-DD */
    birthDate: text(),
    email: text().notNull().default(''),
    phone: text().notNull().default(''),
    regionCode: text().notNull(),
    city: text().notNull().default(''),
    targetNocCodes: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    skills: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    hoursPerWeek: integer().notNull(),
    /** YYYY-MM-DD */
    availableFrom: text().notNull(),
    languages: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Written for employers; shown only with consent to be proposed. */
    presentation: text().notNull().default(''),
    /** Sensitive: never shown to employers; coordinators see aggregates only. */
    clientGroups: text({ mode: 'json' }).$type<ClientGroup[]>().notNull().default(sql`'[]'`),
    /** Organisation only. */
    privateNotes: text().notNull().default(''),
    /** Kept in step with the consents table, in the same transaction, for fast matching. */
    canBeProposed: integer({ mode: 'boolean' }).notNull().default(false),
    canShareContact: integer({ mode: 'boolean' }).notNull().default(false),
    status: text({ enum: ['active', 'closed'] })
      .notNull()
      .default('active'),
    closedAt: text(),
    /** Personal data removed (retention period over, or at the person's request). */
    anonymisedAt: text(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('job_seekers_status', sql`${t.status} IN ('active','closed')`),
    check('job_seekers_region', sql`${t.regionCode} GLOB '[01][0-9]'`),
    check('job_seekers_hours', sql`${t.hoursPerWeek} BETWEEN 1 AND 80`),
    index('job_seekers_org_name_idx').on(t.organisationId, t.lastName, t.firstName),
    index('job_seekers_org_email_idx').on(t.organisationId, t.email),
    // The retention job's scan: closed files by closure date.
    index('job_seekers_status_closed_idx').on(t.status, t.closedAt),
    // Covering for matching (server/features/matching): an organisation's proposable people
    // in id order, with every column the score reads, without visiting the table.
    index('job_seekers_match_idx').on(
      t.organisationId,
      t.canBeProposed,
      t.status,
      t.id,
      t.regionCode,
      t.hoursPerWeek,
      t.availableFrom,
      t.targetNocCodes,
      t.skills,
      t.languages,
      t.firstName,
      t.lastName,
    ),
    // Lists (features/jobSeekers/readJobSeekers.ts): one per sort, keyset on (key, id).
    index('job_seekers_org_status_idx').on(t.organisationId, t.status, t.id),
    index('job_seekers_org_status_name_idx').on(t.organisationId, t.status, t.nameKey, t.id),
    index('job_seekers_org_status_updated_idx').on(t.organisationId, t.status, t.updatedAt, t.id),
  ],
);

/**
 * 'transfer_notes': the person agrees that their private notes and client groups follow their
 * file if it is transferred to another member organisation (features/transfers).
 */
export const consentPurposes = [
  'participation',
  'proposal',
  'contact_sharing',
  'transfer_notes',
] as const;

export const consents = sqliteTable(
  'consents',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    jobSeekerId: integer()
      .notNull()
      .references(() => jobSeekers.id),
    purpose: text({ enum: consentPurposes }).notNull(),
    /** YYYY-MM-DD: when the person gave it. */
    givenOn: text().notNull(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    recordedAt: text().notNull(),
    withdrawnOn: text(),
    withdrawnRecordedBy: integer().references(() => users.id),
    withdrawnRecordedAt: text(),
  },
  (t) => [
    check(
      'consents_purpose',
      sql`${t.purpose} IN ('participation','proposal','contact_sharing','transfer_notes')`,
    ),
    index('consents_seeker_idx').on(t.jobSeekerId, t.purpose),
  ],
);

export const fileAccessLog = sqliteTable(
  'file_access_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    jobSeekerId: integer()
      .notNull()
      .references(() => jobSeekers.id),
    userId: integer()
      .notNull()
      .references(() => users.id),
    at: text().notNull(),
    action: text().notNull().default('view'),
  },
  (t) => [
    index('file_access_seeker_idx').on(t.jobSeekerId, t.at),
    index('file_access_user_idx').on(t.userId, t.at),
  ],
);
