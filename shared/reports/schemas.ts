// Reports: the inputs of the dashboard query and of the export downloads, the program's
// targets, and the small-cell rule for client groups.
import { z } from 'zod';
import { locales } from '../locale';
import { idSchema } from '../schemaParts';

/** The dashboard's report: of `phaseId`, or without it of the phase a dashboard opens on. */
export const phaseReportInput = z.object({ phaseId: idSchema.optional() });

/** The tables of the phase report, each downloadable as CSV. */
export const reportTables = [
  'organisations',
  'regions',
  'occupations',
  'clientGroups',
  'weeks',
  'outcomes',
  'money',
  'pairings',
  'disbursements',
] as const;
export type ReportTable = (typeof reportTables)[number];

/** Query of a download URL (/exports/…): the phase, the table, the reader's locale. */
export const exportQuery = z.object({
  phaseId: z.coerce.number().int().positive().max(2_147_483_647),
  locale: z.enum(locales).default('fr-CA'),
});
export const csvExportQuery = exportQuery.extend({ table: z.enum(reportTables) });

/**
 * The funder's targets the program reports against (BRIEF « Subsidy rules »), in basis points:
 * 75 % of placements completed, 60 % still employed 12 weeks after.
 */
export const programTargets = { completionBp: 7_500, retentionBp: 6_000 } as const;

/**
 * Client groups are reported as counts of people; a count from 1 to 4 could single someone
 * out, so it is shown as « < 5 » (null in the data) and never enters a total or a chart.
 */
export const SMALL_CELL = 5;

export function suppressSmall(count: number): number | null {
  return count > 0 && count < SMALL_CELL ? null : count;
}

/** A rate in basis points, or null when there is nothing to divide by yet. */
export function rateBp(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 10_000) / whole) : null;
}
