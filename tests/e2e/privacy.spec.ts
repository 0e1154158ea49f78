// Privacy in the browser: the public notice names the privacy officer in both languages; a name
// crafted as HTML is shown as text and never runs; the manager sees who read the file in the
// access log, exports it (JSON + CSV) and closes it after confirming.
import { expect, test } from '@playwright/test';
import { quebecToday } from '../../shared/dates';
import { apiAs, login } from './support';

test('the public privacy notice names the privacy officer, in French and in English', async ({
  page,
}) => {
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Protection des renseignements personnels',
  );
  await expect(
    page.getByText('Nadia Fortin, Responsable de la protection des renseignements personnels'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'vie.privee@passerelle.test' })).toBeVisible();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Protection of personal information',
  );
  await page.getByRole('button', { name: 'Passer au français' }).click();
});

test('a name written as HTML is text; the manager sees the read, exports and closes the file', async ({
  page,
  browser,
  playwright,
  baseURL,
}) => {
  const hostile = `<img src=x onerror="window.__xss=1">${Date.now().toString(36)}`;
  const counsellorApi = await apiAs(playwright, baseURL ?? '', 'conseil.org1@passerelle.test');
  const today = quebecToday(new Date());
  const { id } = await counsellorApi.call<{ id: number }>('jobSeekers.create', {
    firstName: hostile,
    lastName: 'Test',
    regionCode: '06',
    hoursPerWeek: 35,
    availableFrom: today,
    consents: { participation: true, proposal: false, contactSharing: false, givenOn: today },
  });

  // The counsellor opens the file: the name is shown as typed, nothing runs.
  page.on('dialog', () => {
    throw new Error('a script ran');
  });
  await login(page, 'conseil.org1@passerelle.test');
  await page.goto(`/job-seekers/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(hostile);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // The manager sees that read in the access log.
  const manager = await (await browser.newContext({ locale: 'fr-CA' })).newPage();
  await login(manager, 'direction.org1@passerelle.test');
  await manager
    .getByRole('navigation')
    .getByRole('link', { name: 'Journal des consultations' })
    .click();
  await manager.getByLabel('Numéro de dossier').fill(String(id));
  await manager.getByRole('button', { name: 'Filtrer' }).click();
  await expect(manager).toHaveURL(new RegExp(`file=${id}`));
  const row = manager.getByRole('row').filter({ hasText: 'Sophie Tremblay' });
  await expect(row.first()).toContainText('Consultation');

  // Export (two files), then close after confirming.
  await manager.goto(`/job-seekers/${id}`);
  const downloads: string[] = [];
  manager.on('download', (d) => downloads.push(d.suggestedFilename()));
  await manager.getByRole('button', { name: 'Exporter toutes les données (JSON et CSV)' }).click();
  await expect(
    manager.getByText('Données exportées : deux fichiers ont été téléchargés.'),
  ).toBeVisible();
  await expect.poll(() => downloads.sort()).toEqual([`dossier-${id}.csv`, `dossier-${id}.json`]);
  await manager.getByRole('button', { name: 'Fermer le dossier' }).click();
  await manager.getByRole('button', { name: 'Confirmer' }).click();
  await expect(manager.getByText('Dossier fermé.')).toBeVisible();
});
