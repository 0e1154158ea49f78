// Hiring needs (« besoins de main-d'œuvre ») posted by employer businesses.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { businesses } from './organisations';
import { users } from './users';

export const postings = sqliteTable(
  'postings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    businessId: integer()
      .notNull()
      .references(() => businesses.id),
    title: text().notNull(),
    nocCode: text().notNull(),
    regionCode: text().notNull(),
    city: text().notNull(),
    hoursPerWeek: integer().notNull(),
    hourlyWageCents: integer().notNull(),
    positions: integer().notNull(),
    /** Calendar date YYYY-MM-DD. */
    startDate: text().notNull(),
    durationWeeks: integer().notNull(),
    description: text().notNull().default(''),
    requirements: text().notNull().default(''),
    /** JSON array of skills sought, matched against job seekers' skills. */
    skills: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** JSON array of language codes (shared/languages.ts). */
    languages: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    status: text({ enum: ['draft', 'open', 'filled', 'closed'] })
      .notNull()
      .default('draft'),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    openedAt: text(),
    closedAt: text(),
  },
  (t) => [
    check('postings_status', sql`${t.status} IN ('draft','open','filled','closed')`),
    check('postings_noc', sql`${t.nocCode} GLOB '[0-9][0-9][0-9][0-9][0-9]'`),
    check('postings_region', sql`${t.regionCode} GLOB '[01][0-9]'`),
    check('postings_hours', sql`${t.hoursPerWeek} BETWEEN 1 AND 80`),
    check('postings_wage', sql`${t.hourlyWageCents} BETWEEN 1 AND 100000`),
    check('postings_positions', sql`${t.positions} BETWEEN 1 AND 500`),
    check('postings_duration', sql`${t.durationWeeks} BETWEEN 1 AND 260`),
    index('postings_business_idx').on(t.businessId, t.status),
    index('postings_status_region_idx').on(t.status, t.regionCode, t.id),
    // The trade filter (a NOC prefix) with any sort: the page's ids come from this index alone.
    index('postings_status_noc_sorts_idx').on(t.status, t.nocCode, t.startDate, t.hourlyWageCents),
    // Lists (features/postings/readPostings.ts): each sort, with and without the region filter.
    index('postings_status_id_idx').on(t.status, t.id),
    index('postings_status_start_idx').on(t.status, t.startDate, t.id),
    index('postings_status_wage_idx').on(t.status, t.hourlyWageCents, t.id),
    index('postings_status_region_start_idx').on(t.status, t.regionCode, t.startDate, t.id),
    index('postings_status_region_wage_idx').on(t.status, t.regionCode, t.hourlyWageCents, t.id),
  ],
);
