// The downloadable import templates (CSV and XLSX, French or English headers): the header row
// and one example row, built from the same column list the import reads.
import { writeCsv } from '../../../shared/csv';
import { importColumns } from '../../../shared/imports/columns';
import type { Locale } from '../../../shared/locale';
import { excelJs } from '../../lazyModule';

export function templateCsv(locale: Locale): string {
  const headers = importColumns.map((c) => (locale === 'fr-CA' ? c.fr : c.en));
  const example = importColumns.map((c) =>
    locale === 'en-CA' && c.example === 'oui'
      ? 'yes'
      : locale === 'en-CA' && c.example === 'non'
        ? 'no'
        : c.example,
  );
  return writeCsv(headers, [example], { locale });
}

export async function templateXlsx(locale: Locale): Promise<Buffer> {
  const { Workbook } = await excelJs();
  const wb = new Workbook();
  const sheet = wb.addWorksheet(locale === 'fr-CA' ? 'Personnes' : 'People');
  sheet.addRow(importColumns.map((c) => (locale === 'fr-CA' ? c.fr : c.en)));
  sheet.addRow(
    importColumns.map((c) =>
      locale === 'en-CA' && c.example === 'oui'
        ? 'yes'
        : locale === 'en-CA' && c.example === 'non'
          ? 'no'
          : c.example,
    ),
  );
  sheet.getRow(1).font = { bold: true };
  // Every cell as text, so Excel keeps leading zeros (region 06) and ISO dates as typed.
  for (let c = 1; c <= importColumns.length; c++) sheet.getColumn(c).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
