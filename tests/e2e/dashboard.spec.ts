// The phase dashboard and funder report: the coordinator opens phase 10's dashboard, sees its
// charts and tables, downloads the XLSX report and a CSV, and opens the printable version; an
// organisation's manager sees their organisation only.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs, COORDINATOR, login } from './support';

const ORG_ADMIN = 'direction.org1@passerelle.test';

interface Report {
  phase: { id: number; number: number };
  totals: { pairings: number };
  organisations: { name: string }[];
  scope: { organisationName: string | null };
}

test('the coordinator reads phase 10, downloads the report and prints it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await apiAs(playwright, baseURL ?? '', COORDINATOR);
  const phases = await api.query<{ id: number; number: number }[]>('phases.list');
  const p10 = phases.find((p) => p.number === 10);
  expect(p10).toBeDefined();
  const report = await api.query<Report>('reports.phase', { phaseId: p10?.id });
  expect(report.totals.pairings).toBeGreaterThanOrEqual(20);

  await login(page, COORDINATOR);
  await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tableau de bord' })).toBeVisible();
  // The open phase is shown by default.
  await expect(page.getByLabel('Phase', { exact: true })).toHaveValue('10');
  await expect(
    page.getByRole('heading', { name: 'Jumelages par organisme et cible' }),
  ).toBeVisible();
  // Charts are drawn (canvas with a text alternative) and each has its table.
  const charts = page.locator('canvas[role="img"]');
  await expect(charts.first()).toBeVisible();
  // They are drawn one per task (chartTurns.ts): the last ones come a few tasks after the first.
  await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(6);
  const orgTable = page.getByRole('table', { name: 'Jumelages par organisme et cible' });
  await expect(orgTable.getByRole('row')).toHaveCount(report.organisations.length + 1);
  await expect(
    page.getByRole('table', { name: 'Personnes jumelées par groupe de clientèle' }),
  ).toContainText(/moins de 5|\d/);
  await expect(page.getByText(`${report.totals.pairings} sur une cible de`)).toBeVisible();

  // The XLSX report: a real download that opens.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le rapport (Excel)' }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(/^passerelle-rapport-phase-10-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile((await xlsx.path()) ?? '');
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  expect(wb.getWorksheet('Sommaire')).toBeDefined();
  expect((wb.getWorksheet('Jumelages')?.rowCount ?? 0) - 1).toBe(report.totals.pairings);

  // One table as CSV, in the French dialect.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger en CSV — Jumelages par région' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^passerelle-régions-phase-10-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await csv.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFFRégion;Jumelages')).toBe(true);
  expect(text.split('\r\n').length).toBeGreaterThan(2);

  // The printable report: a header with the phase and date, every section.
  await page.getByRole('link', { name: 'Version imprimable' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Rapport de la phase 10' }),
  ).toBeVisible();
  await expect(page.getByText(/Produit le/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Budget de la phase' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Phase 9 (closed) from the picker.
  await page.goto('/dashboard');
  await page.getByLabel('Phase', { exact: true }).selectOption('9');
  await expect(page).toHaveURL(/phase=9/);
  await expect(page.getByText('56 sur une cible de 56')).toBeVisible();
});

test('an organisation manager sees their organisation only', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await apiAs(playwright, baseURL ?? '', ORG_ADMIN);
  const phases = await api.query<{ id: number; number: number }[]>('phases.list');
  const p10 = phases.find((p) => p.number === 10);
  const report = await api.query<Report>('reports.phase', { phaseId: p10?.id });
  expect(report.organisations).toHaveLength(1);
  const name = report.scope.organisationName ?? '';

  await login(page, ORG_ADMIN);
  await page.getByRole('navigation').getByRole('link', { name: 'Tableau de bord' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Tableau de bord — ${name}` }),
  ).toBeVisible();
  const orgTable = page.getByRole('table', { name: 'Jumelages par organisme et cible' });
  await expect(orgTable.getByRole('row')).toHaveCount(2);
  await expect(orgTable).toContainText(name);
  await expect(page.getByRole('heading', { name: 'Budget de votre organisme' })).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: 'Télécharger en CSV — Jumelages par organisme et cible' })
      .click(),
  ]);
  const lines = (await readFile((await csv.path()) ?? '', 'utf8')).split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(name);
});
