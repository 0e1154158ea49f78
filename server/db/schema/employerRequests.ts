// « Recruter avec FIT »: hiring needs sent by employers through the public form. A request is
// visible to nobody until its contact confirms the email (single-use link, only its SHA-256
// stored); then to the member organisations serving its region, one of whose counsellors takes
// it in charge (business, employer account, draft posting). Unconfirmed requests are deleted
// after 7 days by the housekeeping job.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { businesses, organisations } from './organisations';
import { postings } from './postings';
import { users } from './users';

export const employerRequestStatuses = ['unconfirmed', 'confirmed', 'taken'] as const;

export const employerRequests = sqliteTable(
  'employer_requests',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    status: text({ enum: employerRequestStatuses }).notNull().default('unconfirmed'),
    locale: text({ enum: ['fr-CA', 'en-CA'] })
      .notNull()
      .default('fr-CA'),
    neq: text().notNull(),
    legalName: text().notNull(),
    contactName: text().notNull(),
    contactEmail: text().notNull(),
    contactPhone: text().notNull().default(''),
    regionCode: text().notNull(),
    city: text().notNull(),
    title: text().notNull(),
    nocCode: text().notNull(),
    hoursPerWeek: integer().notNull(),
    hourlyWageCents: integer().notNull(),
    positions: integer().notNull(),
    startDate: text().notNull(),
    durationWeeks: integer().notNull(),
    description: text().notNull().default(''),
    requirements: text().notNull().default(''),
    /** SHA-256 of the confirmation link's token; cleared once used. */
    confirmTokenHash: text().unique(),
    confirmExpiresAt: text().notNull(),
    createdAt: text().notNull(),
    confirmedAt: text(),
    takenAt: text(),
    takenBy: integer().references(() => users.id),
    takenOrganisationId: integer().references(() => organisations.id),
    businessId: integer().references(() => businesses.id),
    postingId: integer().references(() => postings.id),
    employerUserId: integer().references(() => users.id),
  },
  (t) => [
    check('employer_requests_status', sql`${t.status} IN ('unconfirmed','confirmed','taken')`),
    check('employer_requests_region', sql`${t.regionCode} GLOB '[01][0-9]'`),
    check(
      'employer_requests_neq',
      sql`${t.neq} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
    ),
    index('employer_requests_status_region_idx').on(t.status, t.regionCode, t.id),
    index('employer_requests_status_created_idx').on(t.status, t.createdAt),
  ],
);
