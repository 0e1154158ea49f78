// Member organisations (« organismes membres ») and employer businesses.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull().unique(),
    regionCode: text().notNull(),
    city: text().notNull(),
    /** JSON array of ClientGroup codes the organisation serves (shared/clientGroups.ts). */
    clientGroups: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdAt: text().notNull(),
  },
  (t) => [check('organisations_region_code', sql`${t.regionCode} GLOB '[01][0-9]'`)],
);

export const businesses = sqliteTable(
  'businesses',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    legalName: text().notNull(),
    /** Quebec enterprise number: 10 digits. */
    neq: text().unique(),
    regionCode: text().notNull(),
    city: text().notNull(),
    createdAt: text().notNull(),
  },
  (t) => [
    check(
      'businesses_neq_digits',
      sql`${t.neq} IS NULL OR ${t.neq} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
    ),
    check('businesses_region_code', sql`${t.regionCode} GLOB '[01][0-9]'`),
  ],
);
