// Program-wide settings, one row: personal-data retention and the privacy officer shown on the
// public privacy page (Law 25).
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const programSettings = sqliteTable(
  'program_settings',
  {
    id: integer().primaryKey(),
    /** Years after the last pairing ended or the file closed before personal data is anonymised. */
    retentionYears: integer().notNull().default(7),
    privacyOfficerName: text().notNull().default(''),
    privacyOfficerTitle: text().notNull().default(''),
    /** The same title in English, for English readers of the privacy page. */
    privacyOfficerTitleEn: text().notNull().default(''),
    privacyOfficerEmail: text().notNull().default(''),
    privacyOfficerPhone: text().notNull().default(''),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('program_settings_single', sql`${t.id} = 1`),
    check('program_settings_retention', sql`${t.retentionYears} BETWEEN 1 AND 50`),
  ],
);
