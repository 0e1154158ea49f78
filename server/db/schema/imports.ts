// Imports of job seekers' files from a spreadsheet (features/imports): one row per confirmed
// import. The file itself is never stored: the preview is computed from the uploaded bytes and
// the import re-reads the same file (its SHA-256 must match the previewed one).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { organisations } from './organisations';
import { users } from './users';

export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
    format: text({ enum: ['csv', 'xlsx'] }).notNull(),
    fileSha256: text().notNull(),
    rowCount: integer().notNull(),
  },
  (t) => [
    check('import_batches_format', sql`${t.format} IN ('csv','xlsx')`),
    index('import_batches_org_idx').on(t.organisationId, t.id),
  ],
);
