// Strong sign-in in the browser: a new coordinator is led to set up a second factor before the
// review queue, sets up an authenticator app (codes computed here with otpauth), then signs in
// with a code, with a recovery code (once only); a passkey is registered with Chromium's virtual
// authenticator (CDP WebAuthn) and signs in alone and as the second step; the coordination sets
// the grace period and resets a person's second factor (audited).
import {
  type APIRequestContext,
  type BrowserContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { apiAs, COORDINATOR, login, uniqueSuffix } from './support';

const PASSPHRASE = 'une phrase de passe solide';

/** Invites someone as the demo coordinator (email is off in e2e: the link comes back). */
async function invite(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  baseURL: string,
  role: 'coordinator' | 'org_admin' | 'counsellor',
) {
  const coordinator = await apiAs(playwright, baseURL, COORDINATOR);
  const email = `mfa.${role}.${uniqueSuffix()}@example.test`;
  const organisationId = role === 'coordinator' ? undefined : 1;
  const { link } = await coordinator.call<{ link: string }>('accounts.invite', {
    email,
    name: `Personne ${role}`,
    role,
    locale: 'fr-CA',
    organisationId,
  });
  await coordinator.ctx.dispose();
  return { email, link };
}

async function accept(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Choisissez un mot de passe').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Accepter et me connecter' }).click();
  await expect(page).not.toHaveURL(/invitation/);
}

async function passwordStep(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérification en deux étapes');
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
  await expect(page).toHaveURL(/\/login/);
}

/** A code of a step later than `after` (a code is never accepted twice). */
async function freshCode(secret: string, after: number): Promise<{ code: string; step: number }> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
  for (;;) {
    const step = Math.floor(Date.now() / 30_000);
    if (step > after) return { code: totp.generate(), step };
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return cdp;
}

test.describe('strong sign-in', () => {
  test('a new coordinator sets up an app before the review queue, then signs in with a code and a recovery code', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { email, link } = await invite(playwright, baseURL ?? '', 'coordinator');
    await accept(page, link, 'Coordinatrice Sécurité');

    // Led to the set-up first, and again on the way to the review queue.
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toHaveText('Protégez votre compte');
    await expect(page.getByText(/Vous avez jusqu’au \d+/)).toBeVisible();
    await page.goto('/money/review');
    await expect(h1).toHaveText('Protégez votre compte');
    await expect(page).toHaveURL(/\/security\/setup\?next=%2Fmoney%2Freview/);
    await expect(page.getByRole('button', { name: 'Plus tard' })).toBeVisible();

    await page.getByRole('button', { name: 'Configurer une application' }).click();
    await expect(page.getByRole('img', { name: /Code QR/ })).toBeVisible();
    const secret = ((await page.locator('.totp-setup__key').textContent()) ?? '').replace(
      /\s/g,
      '',
    );
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel('Code à 6 chiffres').fill('000000');
    await page.getByRole('button', { name: 'Activer' }).click();
    await expect(page.getByText('Ce code n’est pas le bon.', { exact: false })).toBeVisible();
    const first = await freshCode(secret, 0);
    await page.getByLabel('Code à 6 chiffres').fill(first.code);
    await page.getByRole('button', { name: 'Activer' }).click();

    // The codes appear once the server has confirmed the app (wait for them, then read them).
    await expect(page.locator('.recovery-codes__list code')).toHaveCount(10);
    const codes = await page.locator('.recovery-codes__list code').allTextContents();
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await page.getByRole('button', { name: 'J’ai conservé mes codes' }).click();
    await expect(page.getByText('Votre compte est protégé')).toBeVisible();
    await page.getByRole('button', { name: 'Continuer' }).click();
    await expect(page).toHaveURL(/\/money\/review$/);
    await expect(h1).toHaveText('À traiter');

    // Signing in again: the password, then the app's code (a wrong one first).
    await signOut(page);
    await passwordStep(page, email);
    await page.getByLabel('Code de l’application d’authentification').fill('123456');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    const second = await freshCode(secret, first.step);
    await page.getByLabel('Code de l’application d’authentification').fill(second.code);
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(h1).not.toHaveText('Vérification en deux étapes');
    await expect(page).not.toHaveURL(/\/login|\/security\/setup/);

    // A recovery code works once.
    await signOut(page);
    await passwordStep(page, email);
    await page.getByRole('button', { name: 'Utiliser un code de récupération' }).click();
    await page.getByLabel('Code de récupération').fill((codes[0] ?? '').toLowerCase());
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto('/security');
    await expect(page.getByText('Il vous reste 9 codes.')).toBeVisible();
    await signOut(page);
    await passwordStep(page, email);
    await page.getByRole('button', { name: 'Utiliser un code de récupération' }).click();
    await page.getByLabel('Code de récupération').fill(codes[0] ?? '');
    await page.getByRole('button', { name: 'Vérifier' }).click();
    await expect(page.getByText('Ce code de récupération a déjà été utilisé.')).toBeVisible();
  });

  test('a passkey from the virtual authenticator signs in alone and as the second step', async ({
    page,
    context,
    playwright,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await virtualAuthenticator(context, page);
    const { email, link } = await invite(playwright, baseURL ?? '', 'counsellor');
    await accept(page, link, 'Conseillère Clé');
    // Not required for a counsellor: no set-up on the way, offered on « Sécurité de la connexion ».
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Protégez votre compte');
    await page.goto('/security');
    await expect(page.getByText('Double authentification non activée.')).toBeVisible();
    await page.getByRole('button', { name: 'Ajouter une clé d’accès' }).click();
    await page.getByLabel('Nom de la clé').fill('Ordinateur de test');
    await page.getByRole('button', { name: 'Ajouter une clé d’accès' }).click();
    await expect(page.locator('.recovery-codes__list code')).toHaveCount(10);
    await page.getByRole('button', { name: 'J’ai conservé mes codes' }).click();
    await expect(
      page.getByText('La clé d’accès « Ordinateur de test » est ajoutée.'),
    ).toBeVisible();
    await expect(page.getByText('Double authentification activée.')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Vos clés d’accès' })).toContainText(
      'Ordinateur de test',
    );

    // Passwordless: the passkey alone.
    await signOut(page);
    await page.getByRole('button', { name: 'Connexion avec une clé d’accès' }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto('/security');
    await expect(page.getByText(/dernière utilisation le/)).toBeVisible();

    // After the password, the passkey is the second step.
    await signOut(page);
    await passwordStep(page, email);
    await page.getByRole('button', { name: 'Utiliser ma clé d’accès' }).click();
    await expect(page).not.toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
      'Vérification en deux étapes',
    );
  });

  test('the coordination sets the grace period and resets a lost second factor', async ({
    page,
    playwright,
    baseURL,
  }) => {
    // A manager with an app set up, through the API.
    const { email, link } = await invite(playwright, baseURL ?? '', 'org_admin');
    const manager = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { Origin: baseURL ?? '' },
    });
    const token = link.split('#token=')[1];
    expect(
      (
        await manager.post('/trpc/accounts.acceptInvitation', {
          data: { token, name: 'Direction Perdue', password: PASSPHRASE },
        })
      ).ok(),
    ).toBe(true);
    const setup = await (await manager.post('/trpc/security.totpBegin', { data: {} })).json();
    const secret: string = setup.result.data.secret;
    const { code } = await freshCode(secret, 0);
    expect((await manager.post('/trpc/security.totpConfirm', { data: { code } })).ok()).toBe(true);
    await manager.dispose();

    await login(page, COORDINATOR);
    await page.goto('/security/accounts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sécurité des comptes');
    await page.getByLabel('Délai (jours)').fill('91');
    await page.getByRole('button', { name: 'Enregistrer le délai' }).click();
    await expect(page.getByText('au plus 90', { exact: false })).toBeVisible();
    await page.getByLabel('Délai (jours)').fill('30');
    await page.getByRole('button', { name: 'Enregistrer le délai' }).click();
    await expect(page.getByText('Délai enregistré : 30 jours.')).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: email });
    await expect(row).toContainText('Application');
    await expect(row).toContainText('Protégé');
    await row
      .getByRole('button', { name: 'Réinitialiser la double authentification de Direction Perdue' })
      .click();
    await expect(row.getByText(/Vérifiez d’abord son identité/)).toBeVisible();
    await row.getByRole('button', { name: 'Oui, réinitialiser' }).click();
    await expect(
      page.getByText('La double authentification de Direction Perdue est réinitialisée.'),
    ).toBeVisible();
    await expect(row).toContainText('Aucun');
    await expect(row).toContainText('Délai en cours');

    // Audited: the coordination's history says who reset whose.
    const api = await apiAs(playwright, baseURL ?? '', COORDINATOR);
    const audit = await api.query<{ items: { action: string; subjectId: number | null }[] }>(
      'audit.list',
      { action: 'mfa.reset' },
    );
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
    await api.ctx.dispose();
    // And the manager signs in with the password alone again, led to a new set-up.
    await signOut(page);
    await page.getByLabel('Adresse courriel').fill(email);
    await page.getByLabel('Mot de passe', { exact: false }).first().fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protégez votre compte');
  });
});
