// Program phases: dates, budget envelopes, subsidy rules (data of the phase, not code), and
// the participating member organisations with their targets and optional allocations.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import type { SubsidyRules } from '../../../shared/money/rules';
import { organisations } from './organisations';

export const phases = sqliteTable(
  'phases',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    number: integer().notNull().unique(),
    name: text().notNull(),
    startDate: text().notNull(),
    endDate: text().notNull(),
    status: text({ enum: ['draft', 'open', 'closed'] })
      .notNull()
      .default('draft'),
    wageEnvelopeCents: integer().notNull().default(0),
    accompanimentEnvelopeCents: integer().notNull().default(0),
    /** SubsidyRules (shared/money/rules.ts); null until set. */
    rules: text({ mode: 'json' }).$type<SubsidyRules>(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    openedAt: text(),
    closedAt: text(),
  },
  (t) => [
    check('phases_status', sql`${t.status} IN ('draft','open','closed')`),
    check('phases_dates', sql`${t.startDate} <= ${t.endDate}`),
    check(
      'phases_envelopes',
      sql`${t.wageEnvelopeCents} >= 0 AND ${t.accompanimentEnvelopeCents} >= 0`,
    ),
    // At most one open phase at a time.
    uniqueIndex('phases_one_open').on(t.status).where(sql`status = 'open'`),
  ],
);

export const phaseOrganisations = sqliteTable(
  'phase_organisations',
  {
    phaseId: integer()
      .notNull()
      .references(() => phases.id),
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    pairingTarget: integer().notNull().default(0),
    /** Optional caps on what this organisation's pairings may commit. */
    wageAllocationCents: integer(),
    accompanimentAllocationCents: integer(),
  },
  (t) => [
    primaryKey({ columns: [t.phaseId, t.organisationId] }),
    check('phase_org_target', sql`${t.pairingTarget} >= 0`),
    check(
      'phase_org_allocations',
      sql`(${t.wageAllocationCents} IS NULL OR ${t.wageAllocationCents} >= 0) AND (${t.accompanimentAllocationCents} IS NULL OR ${t.accompanimentAllocationCents} >= 0)`,
    ),
    index('phase_org_org_idx').on(t.organisationId),
  ],
);
