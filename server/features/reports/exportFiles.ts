// Writes report sheets as files: one table as CSV (shared/csv.ts, in the reader's dialect), or
// the whole phase report as an XLSX workbook with real numbers, currency formats, dates as
// dates, frozen headings and column widths.
import type ExcelJS from 'exceljs';
import { type CsvCell, money, writeCsv } from '../../../shared/csv';
import type { Locale } from '../../../shared/locale';
import { exportLabels } from '../../../shared/reports/exportLabels';
import { excelJs } from '../../lazyModule';
import type { PhaseReport } from './phaseReport';
import type { ColumnKind, ReportSheet, Value } from './reportSheets';

function csvValue(v: Value, kind: ColumnKind): CsvCell {
  if (typeof v !== 'number') return v;
  if (kind === 'money') return money(v);
  if (kind === 'percent') return v / 100;
  return v;
}

export function sheetToCsv(sheet: ReportSheet, locale: Locale): string {
  return writeCsv(
    sheet.columns.map((c) => c.label),
    sheet.rows.map((r) => r.map((v, i) => csvValue(v, sheet.columns[i]?.kind ?? 'text'))),
    { locale },
  );
}

function numberFormats(locale: Locale): Record<ColumnKind, string | undefined> {
  return {
    text: undefined,
    int: '0',
    money: locale === 'fr-CA' ? '#,##0.00 $' : '$#,##0.00',
    percent: locale === 'fr-CA' ? '0.0 %' : '0.0%',
    date: 'yyyy-mm-dd',
  };
}

function dateValue(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

function xlsxValue(v: Value, kind: ColumnKind): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'string') return kind === 'date' ? dateValue(v) : v;
  if (kind === 'money') return v / 100;
  if (kind === 'percent') return v / 10_000;
  return v;
}

function addSheet(wb: ExcelJS.Workbook, sheet: ReportSheet, locale: Locale) {
  const fmt = numberFormats(locale);
  const ws = wb.addWorksheet(sheet.title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = sheet.columns.map((c, i) => ({
    header: c.label,
    key: `c${i}`,
    width: c.width,
  }));
  for (const r of sheet.rows) {
    ws.addRow(r.map((v, i) => xlsxValue(v, sheet.columns[i]?.kind ?? 'text')));
  }
  sheet.columns.forEach((c, i) => {
    const numFmt = fmt[c.kind];
    if (numFmt) ws.getColumn(i + 1).numFmt = numFmt;
  });
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.numFmt = '@';
  head.alignment = { wrapText: true, vertical: 'top' };
}

function addSummary(wb: ExcelJS.Workbook, report: PhaseReport, locale: Locale) {
  const L = exportLabels(locale);
  const s = L.summary;
  const fmt = numberFormats(locale);
  const ws = wb.addWorksheet(L.sheets.summary, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: L.col.measure, key: 'measure', width: 52 },
    { header: L.col.value, key: 'value', width: 22 },
    { header: L.col.targetPercent, key: 'target', width: 14 },
  ];
  const add = (label: string, value: ExcelJS.CellValue, numFmt?: string, target?: number) => {
    const row = ws.addRow([label, value, target ?? null]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
    if (target !== undefined) row.getCell(3).numFmt = fmt.percent ?? '0%';
  };
  const p = report.phase;
  const o = report.outcomes;
  const bp = (v: number | null) => (v === null ? null : v / 10_000);
  add(s.phase, `${p.number} — ${p.name}`);
  add(s.scope, report.scope.organisationName ?? s.wholePhase);
  add(s.dates, `${p.startDate} – ${p.endDate}`);
  add(s.status, L.phaseStatus[p.status]);
  add(s.generatedOn, dateValue(report.generatedOn), fmt.date);
  add(s.pairings, report.totals.pairings, fmt.int);
  add(s.pairingTarget, report.totals.pairingTarget, fmt.int);
  add(s.completionRate, bp(o.completionRateBp), fmt.percent, report.targets.completionBp / 10_000);
  add(s.retentionRate, bp(o.retentionRateBp), fmt.percent, report.targets.retentionBp / 10_000);
  add(s.retentionChecked, o.retentionChecked, fmt.int);
  for (const f of ['wage', 'accompaniment'] as const) {
    const m = report.money[f];
    for (const k of ['envelope', 'committed', 'approved', 'paid', 'remaining'] as const) {
      const v = m[k];
      add(`${L.fund[f]} — ${L.col[k]}`, v === null ? null : v / 100, fmt.money);
    }
  }
  ws.addRow([]);
  ws.addRow([s.smallCells]);
  ws.getRow(1).font = { bold: true };
}

export async function reportWorkbook(
  report: PhaseReport,
  sheets: ReportSheet[],
  locale: Locale,
  now: Date,
): Promise<Buffer> {
  const { Workbook } = await excelJs();
  const wb = new Workbook();
  wb.creator = 'Passerelle';
  wb.created = now;
  addSummary(wb, report, locale);
  for (const sheet of sheets) addSheet(wb, sheet, locale);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
