// Import files for tests and the import benchmark: CSV text and XLSX bytes built from rows of
// cells keyed by the French headers.
import ExcelJS from 'exceljs';
import { importColumns } from '../../shared/imports/columns';

export type Cells = Record<string, string>;

export function personRow(n: number, over: Cells = {}): Cells {
  return {
    prenom: 'Personne',
    nom: `Importée${n}`,
    date_naissance: '1990-01-15',
    courriel: `personne${n}@exemple.ca`,
    telephone: '514 555-0101',
    region: '06',
    ville: 'Montréal',
    heures_semaine: '35',
    disponible_le: '2026-12-01',
    codes_cnp: '75101|65100',
    competences: 'manutention|caisse',
    langues: 'fr|en',
    presentation: '',
    groupes: 'youth',
    notes_privees: '',
    consentement_participation: 'oui',
    consentement_propositions: 'oui',
    consentement_coordonnees: 'non',
    consentement_notes_transfert: 'non',
    date_consentement: '2026-11-01',
    ...over,
  };
}

const headers = importColumns.map((c) => c.fr);

export function csvFile(rows: Cells[], separator = ';'): string {
  const quote = (v: string) => (/[;,"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [
    headers.join(separator),
    ...rows.map((r) => headers.map((h) => quote(r[h] ?? '')).join(separator)),
  ].join('\r\n');
}

export function csvBase64(rows: Cells[], separator = ';'): string {
  return Buffer.from(`\uFEFF${csvFile(rows, separator)}`, 'utf8').toString('base64');
}

export async function xlsxBase64(rows: Cells[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Personnes');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
