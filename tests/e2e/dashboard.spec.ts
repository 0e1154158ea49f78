// The phase dashboard and funder report: the coordinator opens phase 10's dashboard, sees its
// charts and tables, downloads the XLSX report and a CSV, and opens the printable version; an
// organisation's manager sees their organisation only.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { apiAs, COORDINATOR, drawEveryChart, login } from './support';

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
  // Charts are drawn (canvas with a text alternative) as they come near the screen, and each
  // has its table.
  const charts = page.locator('canvas[role="img"]');
  await expect(charts.first()).toBeVisible();
  expect(await drawEveryChart(page)).toBeGreaterThanOrEqual(6);
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
  // The printable report draws every chart without being scrolled.
  await expect
    .poll(() => page.locator('.dash-chart canvas[role="img"]').count())
    .toBe(await page.locator('.dash-chart').count());
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

test('on a phone, a chart is drawn when it comes near the screen, not before', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'fr-CA',
  });
  const page = await context.newPage();
  await login(page, COORDINATOR);
  await page.goto('/dashboard');
  const boxes = page.locator('.dash-chart');
  await expect(page.getByRole('heading', { name: 'Budget de la phase' })).toBeAttached();
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(6);
  // The report is there, sized, but the charts far below the key figures are not drawn.
  await page.waitForTimeout(1000);
  const last = boxes.nth(count - 1);
  // Its box already has the chart's height: nothing moves when it is drawn.
  expect((await last.boundingBox())?.height).toBeGreaterThanOrEqual(160);
  await expect(last.locator('canvas')).toHaveCount(0);
  const drawnBefore = await page.locator('.dash-chart canvas').count();
  expect(drawnBefore).toBeLessThan(count);
  // Printed from here, its empty box is left out (its table is printed).
  await page.emulateMedia({ media: 'print' });
  await expect(last).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  // Scrolled to, it is drawn, with its text alternative.
  await last.scrollIntoViewIfNeeded();
  await expect(last.getByRole('img', { name: /^Graphique à barres/ })).toBeVisible();
  await context.close();
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
