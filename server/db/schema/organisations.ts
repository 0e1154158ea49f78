// Member organisations (« organismes membres ») and employer businesses.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ClientGroup } from '../../../shared/clientGroups';

export const organisations = sqliteTable(
  'organisations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull().unique(),
    /** Accent- and case-folded name for sorting, kept by triggers (db/sortKey.ts). */
    nameKey: text().notNull().default(''),
    regionCode: text().notNull(),
    city: text().notNull(),
    /** JSON array of ClientGroup codes the organisation serves (shared/clientGroups.ts). */
    clientGroups: text({ mode: 'json' }).$type<ClientGroup[]>().notNull().default(sql`'[]'`),
    createdAt: text().notNull(),
  },
  (t) => [
    check('organisations_region_code', sql`${t.regionCode} GLOB '[01][0-9]'`),
    // Lists and reports by name read the key from here instead of computing it per row.
    index('organisations_name_key_idx').on(t.nameKey, t.id),
  ],
);

export const businesses = sqliteTable(
  'businesses',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    legalName: text().notNull(),
    /** Accent- and case-folded legal name for sorting, kept by triggers (db/sortKey.ts). */
    nameKey: text().notNull().default(''),
    /** Quebec enterprise number: 10 digits. */
    neq: text().unique(),
    regionCode: text().notNull(),
    city: text().notNull(),
    /** Free-text sector of activity (e.g. « Fabrication alimentaire »). */
    sector: text().notNull().default(''),
    size: text({ enum: ['1-9', '10-49', '50-199', '200+'] }),
    contactName: text().notNull().default(''),
    contactEmail: text().notNull().default(''),
    contactPhone: text().notNull().default(''),
    createdAt: text().notNull(),
    updatedAt: text(),
  },
  (t) => [
    check(
      'businesses_size',
      sql`${t.size} IS NULL OR ${t.size} IN ('1-9','10-49','50-199','200+')`,
    ),
    check(
      'businesses_neq_digits',
      sql`${t.neq} IS NULL OR ${t.neq} GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'`,
    ),
    check('businesses_region_code', sql`${t.regionCode} GLOB '[01][0-9]'`),
    // Pickers list every business by name (features/organisations/directory.ts).
    index('businesses_name_key_idx').on(t.nameKey, t.id),
  ],
);
