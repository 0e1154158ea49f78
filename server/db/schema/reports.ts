// The funder report's counts, kept by the database. Triggers (migration «report_counts») add
// and remove each pairing's contribution in the transaction of every insert, update or delete
// of a pairing, and of a change to the region or occupation of the posting it fills, so the
// phase report reads a few hundred rows whatever the number of pairings (as budgets read
// budget_totals). features/reports/phaseReport.ts reads them; tests/api/reportCounts.test.ts
// and the invariants of tests/helpers/invariants.ts compare them with a recomputation from the
// raw rows.
import { sql } from 'drizzle-orm';
import { check, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const reportDims = ['status', 'outcome', 'due', 'week', 'place', 'group'] as const;
export type ReportDim = (typeof reportDims)[number];

/**
 * Pairings counted per phase, scope and key. `organisationId` 0 is the whole phase (every
 * organisation); any other value, the pairings attributed to that organisation. Per `dim`:
 * - status: the pairing's status;
 * - outcome: its retention outcome, when recorded;
 * - due: its retention check's due date, while no outcome is recorded;
 * - week: the Monday of the week it starts;
 * - place: the posting's region and occupation category, « 06/6 »;
 * - group: a client group; `n` counts distinct people, not pairings (report_people).
 * Rows whose count went back to 0 stay; readers skip them.
 */
export const reportCounts = sqliteTable(
  'report_counts',
  {
    phaseId: integer().notNull(),
    organisationId: integer().notNull(),
    dim: text({ enum: reportDims }).notNull(),
    key: text().notNull(),
    n: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.organisationId, t.dim, t.key] }),
    check('report_counts_dim', sql`${t.dim} IN ('status','outcome','due','week','place','group')`),
  ],
);

/**
 * Who is counted in a client group (report_counts, dim 'group'): per phase, scope (0: the whole
 * phase) and person, how many of their pairings carry the group. A person counts once however
 * many pairings they have; the row goes when its last pairing stops carrying the group.
 */
export const reportPeople = sqliteTable(
  'report_people',
  {
    phaseId: integer().notNull(),
    organisationId: integer().notNull(),
    jobSeekerId: integer().notNull(),
    grp: text().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.phaseId, t.organisationId, t.jobSeekerId, t.grp] })],
);
