import { expect, test } from '@playwright/test';
import { horizontalOverflow, PASSWORD, passSecondFactorSetup, submitLogin } from './support';

const homes = [
  { email: 'coordination@passerelle.test', heading: 'Coordination du projet' },
  { email: 'direction.org1@passerelle.test', heading: 'Direction — Accès-Travail Montréal' },
  { email: 'conseil.org1@passerelle.test', heading: 'Bonjour Sophie Tremblay' },
  { email: 'conseil.org2@passerelle.test', heading: 'Bonjour Karim Benali' },
  { email: 'employeur1@passerelle.test', heading: 'Boulangerie du Plateau inc.' },
  { email: 'employeur2@passerelle.test', heading: 'Entrepôts Laurentides ltée' },
];

test.describe('connexion', () => {
  for (const h of homes) {
    test(`${h.email} lands on their own home`, async ({ page }) => {
      await submitLogin(page, h.email);
      // Coordinators and managers: the second factor's set-up first (« Plus tard »).
      await passSecondFactorSetup(page);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h.heading);
      await expect(page).toHaveURL(/\/$/);
    });
  }

  test('a counsellor of organisation 2 sees their own organisation, not organisation 1', async ({
    page,
  }) => {
    await submitLogin(page, 'conseil.org2@passerelle.test');
    await expect(page.getByText("Service d'intégration au travail de l'Estrie")).toBeVisible();
    await expect(page.getByText('Estrie', { exact: true })).toBeVisible();
    await expect(page.getByText('Accès-Travail Montréal')).toHaveCount(0);
  });

  test('the login page lists the demo accounts', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { name: 'Comptes de démonstration' })).toBeVisible();
    await expect(page.getByText(`Mot de passe de tous les comptes : ${PASSWORD}`)).toBeVisible();
  });

  test('a wrong password shows the generic error and stays on the login page', async ({ page }) => {
    await submitLogin(page, 'employeur2@passerelle.test', 'pas le bon mot de passe');
    await expect(page.getByRole('alert')).toHaveText('Adresse courriel ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('bad input is reported next to the field, in French', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Adresse courriel').fill('pas-un-courriel');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(
      page.getByText('Entrez une adresse courriel valide (ex. : nom@exemple.ca).'),
    ).toBeVisible();
    await expect(page.getByLabel('Adresse courriel')).toHaveAttribute('aria-invalid', 'true');
  });

  test('keyboard only: skip link, tab to the fields, Enter to log in', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Aller au contenu principal' })).toBeFocused();
    const email = page.getByLabel('Adresse courriel');
    for (let i = 0; i < 10 && !(await email.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(email).toBeFocused();
    await page.keyboard.type('conseil.org1@passerelle.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour Sophie Tremblay');
  });

  test('switch to English and back; the choice is remembered on the account', async ({ page }) => {
    await submitLogin(page, 'direction.org1@passerelle.test');
    await passSecondFactorSetup(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Direction — Accès-Travail Montréal',
    );
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Management — Accès-Travail Montréal',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Management — Accès-Travail Montréal',
    );
    await page.getByRole('button', { name: 'Passer au français' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Direction — Accès-Travail Montréal',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr-CA');
  });

  test('logout ends the session: the home is no longer reachable', async ({ page }) => {
    await submitLogin(page, 'employeur1@passerelle.test');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boulangerie du Plateau inc.');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText('Vous êtes déconnecté·e.')).toBeVisible();
    await page.goto('/');
    await expect(page).toHaveURL(/\/login$/);
    const me = await page.request.get('/trpc/auth.me');
    expect((await me.json()).result.data).toBeNull();
  });

  test('usable at 390 px: no horizontal scrolling on login and home', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/login');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await submitLogin(page, 'coordination@passerelle.test');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protégez votre compte');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await passSecondFactorSetup(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Coordination du projet');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
