// Downloads of the phase report: one table as CSV, or the whole report as XLSX. Same
// authorization as the dashboard (reportScope); every export is written to the audit history.
import type { Locale } from '../../../shared/locale';
import type { ReportTable } from '../../../shared/reports/schemas';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { reportWorkbook, sheetToCsv } from './exportFiles';
import { type ExportSubject, exportFileName } from './exportNames';
import { phaseReport } from './phaseReport';
import { reportSheet } from './reportSheets';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

/** The sheets of the workbook, after its summary. */
const workbookSheets: ReportTable[] = [
  'organisations',
  'outcomes',
  'money',
  'regions',
  'occupations',
  'clientGroups',
  'weeks',
  'pairings',
  'disbursements',
];

function audit(
  deps: Deps,
  actor: Actor,
  req: RequestInfo,
  phaseId: number,
  details: Record<string, unknown>,
) {
  recordAudit(deps.db, {
    at: deps.clock.now(),
    actorUserId: actor.userId,
    action: 'report.exported',
    subjectType: 'phase',
    subjectId: phaseId,
    ip: req.ip,
    details,
  });
}

function fileName(
  report: ReturnType<typeof phaseReport>,
  subject: ExportSubject,
  locale: Locale,
  extension: 'csv' | 'xlsx',
): string {
  return exportFileName({
    phaseNumber: report.phase.number,
    organisationId: report.scope.organisationId,
    subject,
    locale,
    on: report.generatedOn,
    extension,
  });
}

export function exportTableCsv(
  deps: Deps,
  actor: Actor,
  input: { phaseId: number; table: ReportTable; locale: Locale },
  req: RequestInfo,
): ExportFile {
  const report = phaseReport(deps, actor, input.phaseId);
  const sheet = reportSheet(deps.db, report, input.table, input.locale);
  const body = sheetToCsv(sheet, input.locale);
  audit(deps, actor, req, input.phaseId, {
    format: 'csv',
    table: input.table,
    organisationId: report.scope.organisationId,
    rows: sheet.rows.length,
  });
  return {
    filename: fileName(report, input.table, input.locale, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    body,
  };
}

export async function exportWorkbook(
  deps: Deps,
  actor: Actor,
  input: { phaseId: number; locale: Locale },
  req: RequestInfo,
): Promise<ExportFile> {
  const report = phaseReport(deps, actor, input.phaseId);
  const sheets = workbookSheets.map((t) => reportSheet(deps.db, report, t, input.locale));
  const body = await reportWorkbook(report, sheets, input.locale, deps.clock.now());
  audit(deps, actor, req, input.phaseId, {
    format: 'xlsx',
    organisationId: report.scope.organisationId,
  });
  return {
    filename: fileName(report, 'report', input.locale, 'xlsx'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
