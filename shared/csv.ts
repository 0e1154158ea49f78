// The one CSV writer (reports, exports, the privacy export). The dialect follows the reader's
// locale so the file opens correctly in Excel: French (Canada) reads ';' between cells and a
// decimal comma, English reads ',' and a decimal point. Files carry a UTF-8 byte-order mark so
// Excel reads accents correctly. Text that a spreadsheet would run as a formula (= + - @ tab CR
// at the start) gets a leading apostrophe; real numbers are written as numbers, negatives too.
import type { Locale } from './locale';

/** Money in integer cents, written as dollars with two decimals. */
export interface CsvMoney {
  cents: number;
}
export type CsvCell = string | number | boolean | null | undefined | CsvMoney;

export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

export const BOM = '\uFEFF';

export function csvDialect(locale: Locale): CsvDialect {
  return locale === 'fr-CA' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

export const money = (cents: number): CsvMoney => ({ cents });

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text a spreadsheet would evaluate is neutralised with a leading apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function numberText(n: number, decimals: number | null, d: CsvDialect): string {
  if (!Number.isFinite(n)) return '';
  const s = decimals === null ? String(n) : n.toFixed(decimals);
  return d.decimal === ',' ? s.replace('.', ',') : s;
}

export function csvCell(value: CsvCell, d: CsvDialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return numberText(value, null, d);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'object') return numberText(value.cents / 100, 2, d);
  const text = neutraliseFormula(value);
  return text.includes('"') ||
    text.includes(d.separator) ||
    text.includes('\n') ||
    text.includes('\r')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** A whole file: a header row, then the rows; CRLF between lines (RFC 4180). */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  opts: { locale: Locale; bom?: boolean },
): string {
  const d = csvDialect(opts.locale);
  const line = (cells: readonly CsvCell[]) => cells.map((c) => csvCell(c, d)).join(d.separator);
  const body = [line(header), ...rows.map(line)].join('\r\n');
  return `${opts.bom === false ? '' : BOM}${body}`;
}
