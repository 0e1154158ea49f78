// Lists keep their view in the URL: a filter and a sort set on a list survive a reload and open
// the same view from the link in another browser; the coordinator's audit history is filtered
// and kept the same way.
import { expect, test } from '@playwright/test';
import {
  COORDINATOR,
  COUNSELLOR,
  EMPLOYER,
  horizontalOverflow,
  login,
  newLoggedInPage,
} from './support';

test('open postings: region and sort in the URL, same view after reload and from the link', async ({
  page,
  browser,
}) => {
  await login(page, COUNSELLOR);
  await page.goto('/open-postings');
  await expect(page.getByRole('heading', { level: 1, name: 'Offres ouvertes' })).toBeVisible();
  await page.getByLabel('Région').selectOption('06');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/region=06/);
  await page.getByLabel('Trier par').selectOption({ label: 'Salaire, le plus élevé d’abord' });
  await expect(page).toHaveURL(/sort=wage/);
  await expect(page).toHaveURL(/region=06/);
  const titles = page.locator('.org-posting__title');
  await expect(titles.first()).toBeVisible();
  const shown = await titles.allTextContents();
  expect(shown.length).toBeGreaterThan(0);

  await page.reload();
  await expect(page.getByLabel('Trier par')).toHaveValue('wage:desc');
  await expect(page.getByLabel('Région')).toHaveValue('06');
  await expect(titles.first()).toBeVisible();
  expect(await titles.allTextContents()).toEqual(shown);

  const url = page.url();
  const other = await newLoggedInPage(browser, COUNSELLOR);
  await other.goto(url);
  await expect(other.getByLabel('Trier par')).toHaveValue('wage:desc');
  await expect(other.locator('.org-posting__title').first()).toBeVisible();
  expect(await other.locator('.org-posting__title').allTextContents()).toEqual(shown);
  await other.context().close();
});

test('pairings (coordinator): status and sort survive a reload; a bad parameter is ignored', async ({
  page,
}) => {
  await login(page, COORDINATOR);
  await page.goto('/pairings?status=completed&sort=startDate&dir=asc&phase=abc');
  await expect(page.getByLabel('Trier par')).toHaveValue('startDate:asc');
  await expect(page.getByLabel('Statut', { exact: true })).toHaveValue('completed');
  const rows = page.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const first = await rows.allTextContents();
  await page.getByLabel('Trier par').selectOption('startDate:desc');
  await expect(page).not.toHaveURL(/dir=asc/);
  await expect(page).toHaveURL(/sort=startDate/);
  // Rewriting the URL drops the parameter that was ignored.
  await expect(page).not.toHaveURL(/phase=/);
  await expect.poll(async () => (await rows.allTextContents())[0]).not.toBe(first[0]);
  await page.reload();
  await expect(page.getByLabel('Trier par')).toHaveValue('startDate:desc');
});

test('audit history: the coordinator filters by action, kept after a reload', async ({ page }) => {
  await login(page, COORDINATOR);
  await page.getByRole('navigation').getByRole('link', { name: 'Historique' }).click();
  await expect(page).toHaveURL(/\/audit/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Historique des actions' }),
  ).toBeVisible();
  await page.getByLabel('Action').selectOption({ label: 'Connexion' });
  await expect(page).toHaveURL(/action=auth\.login_succeeded/);
  const cells = page.locator('tbody tr td:nth-child(3)');
  await expect(cells.first()).toHaveText('Connexion');
  await page.reload();
  await expect(page.getByLabel('Action')).toHaveValue('auth.login_succeeded');
  await expect(cells.first()).toHaveText('Connexion');
  expect(new Set(await cells.allTextContents())).toEqual(new Set(['Connexion']));
});

test('claims (employer): the business’s claims, sorted by amount from the URL', async ({
  page,
}) => {
  await login(page, EMPLOYER);
  await page.getByRole('navigation').getByRole('link', { name: 'Réclamations' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Réclamations de subvention salariale' }),
  ).toBeVisible();
  await page.getByLabel('Trier par').selectOption('amount:desc');
  await expect(page).toHaveURL(/sort=amount/);
  await page.reload();
  await expect(page.getByLabel('Trier par')).toHaveValue('amount:desc');
});

test('wide list tables scroll inside their frame on a phone: the page never scrolls sideways', async ({
  page,
  browser,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, EMPLOYER);
  await page.goto('/claims');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  const coordinator = await newLoggedInPage(browser, COORDINATOR);
  await coordinator.setViewportSize({ width: 390, height: 844 });
  await coordinator.goto('/audit');
  await expect(coordinator.getByRole('table')).toBeVisible();
  expect(await horizontalOverflow(coordinator)).toBeLessThanOrEqual(0);
});
