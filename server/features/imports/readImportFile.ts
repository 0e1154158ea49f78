// Turns an uploaded CSV or XLSX file into rows keyed by column (shared/imports/columns.ts).
// Refuses, with a translated reason, a file too large, unreadable, empty, with more than
// IMPORT_MAX_ROWS people, or without the required columns. Columns it does not know are
// ignored (and named, so the preview can say so).
import { createHash } from 'node:crypto';
import { parseCsv } from '../../../shared/csvRead';
import { appError } from '../../../shared/errors';
import {
  columnOfHeader,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportColumnKey,
  type ImportRow,
  importColumns,
} from '../../../shared/imports/columns';
import { excelSerialToIsoDate, readFirstSheet, UnreadableWorkbook } from './xlsxSheet';

export interface ImportFile {
  sha256: string;
  format: 'csv' | 'xlsx';
  /** Data rows with their line number in the file (the header is line 1). */
  rows: { line: number; cells: ImportRow }[];
  ignoredColumns: string[];
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Excel saves "CSV" in Windows-1252.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Dates typed in Excel arrive as day serials: those of the date columns become YYYY-MM-DD. */
const dateColumns: ReadonlySet<ImportColumnKey> = new Set([
  'birth_date',
  'available_from',
  'consent_date',
]);

function xlsxRows(bytes: Buffer): string[][] {
  try {
    const { rows, tooMany } = readFirstSheet(bytes, IMPORT_MAX_ROWS);
    if (tooMany !== null) {
      throw appError('import.tooManyRows', { max: IMPORT_MAX_ROWS, count: `${tooMany}+` });
    }
    return rows;
  } catch (e) {
    if (
      e instanceof UnreadableWorkbook ||
      e instanceof RangeError ||
      (e instanceof Error && 'code' in e)
    ) {
      throw appError('import.unreadable');
    }
    throw e;
  }
}

export function readImportFile(format: 'csv' | 'xlsx', contentBase64: string): ImportFile {
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw appError('import.empty');
  if (bytes.length > IMPORT_MAX_BYTES) throw appError('import.unreadable');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const table = format === 'csv' ? parseCsv(decodeText(bytes)) : xlsxRows(bytes);
  const [header, ...data] = table;
  if (!header || data.length === 0) throw appError('import.empty');
  if (data.length > IMPORT_MAX_ROWS) {
    throw appError('import.tooManyRows', { max: IMPORT_MAX_ROWS, count: data.length });
  }
  const keys = header.map((h) => columnOfHeader(h ?? ''));
  const missing = importColumns.filter((c) => c.required && !keys.includes(c.key));
  if (missing.length > 0) {
    throw appError('import.missingColumns', { columns: missing.map((c) => c.fr).join(', ') });
  }
  const ignoredColumns = header.filter((h, i) => (h ?? '').trim() !== '' && !keys[i]);
  // Line numbers as the spreadsheet shows them: the header is line 1.
  let line = 1;
  const rows = data.map((cells) => {
    line++;
    const row: ImportRow = {};
    keys.forEach((key: ImportColumnKey | undefined, i) => {
      if (!key) return;
      const cell = cells[i] ?? '';
      row[key] =
        format === 'xlsx' && dateColumns.has(key) && /^\d+(\.\d+)?$/.test(cell)
          ? excelSerialToIsoDate(Number(cell))
          : cell;
    });
    return { line, cells: row };
  });
  return { sha256, format, rows, ignoredColumns };
}
