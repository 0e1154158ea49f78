// Accounts on an installation without email (the e2e server has no SMTP_URL, as a fresh
// production install): the coordinator invites someone and gets the link on screen, the invitee
// opens it and is signed in; the coordinator makes a password reset link from the accounts page,
// the owner opens it, chooses a password and is signed in. And the built JavaScript has no
// source map, none is served. Also: a batch of payments recorded in one go.
import { expect, test } from '@playwright/test';
import { COORDINATOR, login, uniqueSuffix } from './support';

test.describe('accounts without email', () => {
  test('the invitation link is shown to the coordinator who made it and works; then a reset link does too', async ({
    page,
    browser,
  }) => {
    // Three people's sessions and two password hashes: more than the default allowance.
    test.setTimeout(90_000);
    const suffix = uniqueSuffix()
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    const email = `nouvelle.${suffix}@exemple.ca`;
    await login(page, COORDINATOR);
    await page.goto('/accounts');
    await page.getByLabel('Nom complet').fill('Nouvelle Coordinatrice');
    await page.getByLabel('Adresse courriel').fill(email);
    await page.getByLabel('Rôle').selectOption({ label: 'Coordination du projet' });
    await page.getByRole('button', { name: "Envoyer l'invitation" }).click();
    const shown = page.getByTestId('one-time-link');
    await expect(shown).toBeVisible();
    await expect(
      page.getByText(`transmettez vous-même ce lien d’invitation à ${email}`),
    ).toBeVisible();
    const invitationLink = await shown.inputValue();
    expect(invitationLink).toMatch(/\/invitation#token=[\w-]{40,}$/);

    const invitee = await (await browser.newContext({ locale: 'fr-CA' })).newPage();
    await invitee.goto(invitationLink);
    await invitee.getByLabel('Choisissez un mot de passe').fill('une phrase de passe solide');
    await invitee.getByRole('button', { name: 'Accepter et me connecter' }).click();
    await expect(invitee).not.toHaveURL(/invitation/);
    await expect(invitee.getByRole('heading', { level: 1 })).toBeVisible();
    await invitee.context().close();

    // A reset link for that account, from the accounts list.
    await page.reload();
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByRole('button', { name: /^Lien de réinitialisation/ }).click();
    await expect(page.getByText(/transmettez vous-même ce lien de réinitialisation/)).toBeVisible();
    const resetLink = await page.getByTestId('one-time-link').first().inputValue();
    expect(resetLink).toMatch(/\/reset-password#token=[\w-]{40,}$/);
    const owner = await (await browser.newContext({ locale: 'fr-CA' })).newPage();
    await owner.goto(resetLink);
    await owner.getByLabel('Nouveau mot de passe').fill('encore une autre phrase');
    await owner.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(owner).not.toHaveURL(/reset-password|login/);
    await expect(owner.getByRole('heading', { level: 1 })).toBeVisible();
    await owner.context().close();
  });

  test('the forgot-password page says that email is off', async ({ page }) => {
    await page.goto('/forgot-password');
    await expect(
      page.getByText('L’envoi de courriels est désactivé sur cette installation'),
    ).toBeVisible();
  });
});

test('no source map is built or served', async ({ page, request }) => {
  const scripts: string[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.push(r.url());
  });
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const js = await (await request.get(url)).text();
    expect(js).not.toContain('sourceMappingURL');
    expect((await request.get(`${url}.map`)).status()).toBe(404);
  }
});

test('the coordinator pays a batch of entries in one go', async ({ page }) => {
  await login(page, COORDINATOR);
  await page.goto('/money/review#to-pay');
  const section = page.locator('#to-pay');
  const items = section.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  expect(await items.count()).toBeGreaterThanOrEqual(2);
  const pill = section.locator('.coord-pill');
  const before = Number(await pill.innerText());
  const boxes = section.getByRole('checkbox', { name: /^Sélectionner/ });
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await section.getByRole('button', { name: 'Marquer la sélection payée' }).click();
  const reference = `LOT-${uniqueSuffix()}`;
  await section.getByLabel('Référence du paiement').fill(reference);
  await section.getByRole('button', { name: 'Enregistrer les 2 paiements' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `2 paiements enregistrés` }),
  ).toContainText(reference);
  // Both left the list (the count is the server's).
  await expect(pill).toHaveText(String(before - 2));
});
