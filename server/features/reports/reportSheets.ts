// The phase report as tables, in the reader's locale: one definition feeds both the CSV files
// and the XLSX workbook's sheets. Values stay raw (money in cents, rates in basis points,
// dates YYYY-MM-DD); each writer formats them for its file type.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Locale } from '../../../shared/locale';
import { nocBroadCategoryTitle, nocTitle } from '../../../shared/reference/noc';
import { regionName } from '../../../shared/reference/regions';
import { exportLabels } from '../../../shared/reports/exportLabels';
import type { ReportTable } from '../../../shared/reports/schemas';
import type { DbOrTx } from '../../db/client';
import {
  businesses,
  ledgerEntries,
  organisations,
  pairings,
  payments,
  postings,
} from '../../db/schema';
import type { PhaseReport } from './phaseReport';

export type ColumnKind = 'text' | 'int' | 'money' | 'date' | 'percent';
export interface Column {
  label: string;
  kind: ColumnKind;
  /** Characters, for the XLSX column width. */
  width: number;
}
/** null = empty; the string « < 5 » stands in for a suppressed small count. */
export type Value = string | number | null;

export interface ReportSheet {
  key: ReportTable;
  title: string;
  columns: Column[];
  rows: Value[][];
}

const col = (label: string, kind: ColumnKind, width?: number): Column => ({
  label,
  kind,
  width: width ?? (kind === 'text' ? 30 : kind === 'money' ? 16 : 12),
});

/** The rows a report sheet needs beyond the aggregates: pairings and ledger entries in scope. */
function pairingRows(db: DbOrTx, phaseId: number, organisationId: number | null) {
  return db
    .select({
      id: pairings.id,
      organisation: organisations.name,
      business: businesses.legalName,
      nocCode: postings.nocCode,
      regionCode: postings.regionCode,
      startDate: pairings.startDate,
      plannedEndDate: pairings.plannedEndDate,
      plannedWeeks: pairings.plannedWeeks,
      hoursPerWeek: pairings.hoursPerWeek,
      hourlyWageCents: pairings.hourlyWageCents,
      status: pairings.status,
      endDate: pairings.endDate,
      retentionOutcome: pairings.retentionOutcome,
      maxWageSubsidyCents: pairings.maxWageSubsidyCents,
      accompanimentCents: pairings.accompanimentCents,
      committedWageCents: pairings.committedWageCents,
      committedAccompanimentCents: pairings.committedAccompanimentCents,
    })
    .from(pairings)
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .where(
      and(
        eq(pairings.phaseId, phaseId),
        organisationId === null ? undefined : eq(pairings.organisationId, organisationId),
      ),
    )
    .orderBy(asc(pairings.startDate), asc(pairings.id))
    .all();
}

function disbursementRows(db: DbOrTx, phaseId: number, organisationId: number | null) {
  const payeeOrg = alias(organisations, 'payee_org');
  return db
    .select({
      id: ledgerEntries.id,
      createdAt: ledgerEntries.createdAt,
      kind: ledgerEntries.kind,
      fund: ledgerEntries.fund,
      organisation: organisations.name,
      payeeBusiness: businesses.legalName,
      payeeOrganisation: payeeOrg.name,
      pairingId: ledgerEntries.pairingId,
      amountCents: ledgerEntries.amountCents,
      paidOn: payments.paidOn,
      reference: payments.reference,
    })
    .from(ledgerEntries)
    .innerJoin(organisations, eq(organisations.id, ledgerEntries.organisationId))
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(payeeOrg, eq(payeeOrg.id, ledgerEntries.payeeOrganisationId))
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(
      and(
        eq(ledgerEntries.phaseId, phaseId),
        organisationId === null ? undefined : eq(ledgerEntries.organisationId, organisationId),
      ),
    )
    .orderBy(asc(ledgerEntries.id))
    .all();
}

/** Quebec's calendar date of an instant (ledger entries are stamped with instants). */
function quebecDate(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date(iso));
}

export function reportSheet(
  db: DbOrTx,
  report: PhaseReport,
  table: ReportTable,
  locale: Locale,
): ReportSheet {
  const L = exportLabels(locale);
  const c = L.col;
  const title = L.sheets[table];
  const base = { key: table, title };
  switch (table) {
    case 'organisations':
      return {
        ...base,
        columns: [
          col(c.organisation, 'text', 40),
          col(c.region, 'text', 28),
          col(c.target, 'int'),
          col(c.pairings, 'int'),
          col(c.attainment, 'percent'),
          col(c.active, 'int'),
          col(c.completed, 'int'),
          col(c.endedEarly, 'int'),
          col(c.wageCommitted, 'money', 20),
          col(c.wageApproved, 'money', 20),
          col(c.wagePaid, 'money', 20),
          col(c.accompanimentCommitted, 'money', 20),
          col(c.accompanimentApproved, 'money', 20),
          col(c.accompanimentPaid, 'money', 20),
        ],
        rows: report.organisations.map((o) => [
          o.name,
          regionName(o.regionCode, locale),
          o.pairingTarget,
          o.pairings,
          o.pairingTarget > 0 ? Math.round((o.pairings * 10_000) / o.pairingTarget) : null,
          o.active,
          o.completed,
          o.endedEarly,
          o.budget.wage.committed,
          o.budget.wage.approved,
          o.budget.wage.paid,
          o.budget.accompaniment.committed,
          o.budget.accompaniment.approved,
          o.budget.accompaniment.paid,
        ]),
      };
    case 'regions':
      return {
        ...base,
        columns: [col(c.region, 'text', 36), col(c.pairings, 'int')],
        rows: report.regions.map((r) => [regionName(r.regionCode, locale), r.pairings]),
      };
    case 'occupations':
      return {
        ...base,
        columns: [col(c.occupation, 'text', 60), col(c.pairings, 'int')],
        rows: report.occupations.map((r) => [
          `${r.category} — ${nocBroadCategoryTitle(r.category, locale)}`,
          r.pairings,
        ]),
      };
    case 'clientGroups':
      return {
        ...base,
        columns: [col(c.clientGroup, 'text', 44), col(c.people, 'int')],
        rows: report.byClientGroup.map((g) => [L.clientGroups[g.group], g.people ?? L.fewer]),
      };
    case 'weeks':
      return {
        ...base,
        columns: [col(c.weekOf, 'date', 14), col(c.pairings, 'int')],
        rows: report.weeks.map((w) => [w.weekStart, w.pairings]),
      };
    case 'outcomes': {
      const o = report.outcomes;
      const t = report.targets;
      const s = L.summary;
      return {
        ...base,
        columns: [
          col(c.measure, 'text', 50),
          col(c.pairings, 'int'),
          col(c.value, 'percent'),
          col(c.targetPercent, 'percent'),
        ],
        rows: [
          [s.pairings, o.pairings, null, null],
          [L.pairingStatus.active, o.active, null, null],
          [L.pairingStatus.completed, o.completed, o.completionRateBp, t.completionBp],
          [L.pairingStatus.ended_early, o.endedEarly, null, null],
          [s.retentionChecked, o.retentionChecked, null, null],
          [L.retention.employed, o.employed, o.retentionRateBp, t.retentionBp],
          [L.retention.not_employed, o.notEmployed, null, null],
          [L.retention.unknown, o.unknown, null, null],
        ],
      };
    }
    case 'money':
      return {
        ...base,
        columns: [
          col(c.fund, 'text', 30),
          col(c.envelope, 'money'),
          col(c.committed, 'money'),
          col(c.approved, 'money'),
          col(c.paid, 'money'),
          col(c.remaining, 'money'),
        ],
        rows: (['wage', 'accompaniment'] as const).map((f) => {
          const m = report.money[f];
          return [L.fund[f], m.envelope, m.committed, m.approved, m.paid, m.remaining];
        }),
      };
    case 'pairings':
      return {
        ...base,
        columns: [
          col(c.pairing, 'int'),
          col(c.organisation, 'text', 36),
          col(c.employer, 'text', 36),
          col(c.occupationCode, 'text', 44),
          col(c.region, 'text', 26),
          col(c.startDate, 'date'),
          col(c.plannedEndDate, 'date'),
          col(c.plannedWeeks, 'int'),
          col(c.hoursPerWeek, 'int'),
          col(c.hourlyWage, 'money', 14),
          col(c.status, 'text', 20),
          col(c.endDate, 'date'),
          col(c.retention, 'text', 20),
          col(c.maxWageSubsidy, 'money', 20),
          col(c.accompanimentAmount, 'money', 20),
          col(c.wageCommitted, 'money', 20),
          col(c.accompanimentCommitted, 'money', 20),
        ],
        rows: pairingRows(db, report.phase.id, report.scope.organisationId).map((p) => [
          p.id,
          p.organisation,
          p.business,
          `${p.nocCode} — ${nocTitle(p.nocCode, locale)}`,
          regionName(p.regionCode, locale),
          p.startDate,
          p.plannedEndDate,
          p.plannedWeeks,
          p.hoursPerWeek,
          p.hourlyWageCents,
          L.pairingStatus[p.status],
          p.endDate,
          p.retentionOutcome ? L.retention[p.retentionOutcome] : null,
          p.maxWageSubsidyCents,
          p.accompanimentCents,
          p.committedWageCents,
          p.committedAccompanimentCents,
        ]),
      };
    case 'disbursements':
      return {
        ...base,
        columns: [
          col(c.entry, 'int'),
          col(c.date, 'date'),
          col(c.kind, 'text', 24),
          col(c.fund, 'text', 28),
          col(c.organisation, 'text', 36),
          col(c.payee, 'text', 36),
          col(c.pairing, 'int'),
          col(c.amount, 'money'),
          col(c.paidOn, 'date'),
          col(c.reference, 'text', 18),
        ],
        rows: disbursementRows(db, report.phase.id, report.scope.organisationId).map((e) => [
          e.id,
          quebecDate(e.createdAt),
          L.entryKind[e.kind],
          L.fund[e.fund],
          e.organisation,
          e.payeeBusiness ?? e.payeeOrganisation,
          e.pairingId,
          e.amountCents,
          e.paidOn,
          e.reference,
        ]),
      };
  }
}
