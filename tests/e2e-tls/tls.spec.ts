// Through Caddy over HTTPS: HSTS on every answer, the session cookie Secure with the __Host-
// prefix, the client's real address (as Caddy saw it) recorded through TRUST_PROXY and not one
// the browser made up, Caddy's request id carried into the app, and a sign-in and a flow that
// work (an employer publishes a hiring need), and the app's JSON compressed by Caddy (the app
// leaves dynamic answers to the proxy's `encode`).
import { expect, type Response, test } from '@playwright/test';
import { COUNSELLOR, login } from '../e2e/support';

const EMPLOYER = 'employeur1@passerelle.test';
const COORDINATOR = 'coordination@passerelle.test';
const PASSWORD = 'Passerelle-demo-2026';

test('HTTPS through Caddy: HSTS, __Host- Secure cookie, real client IP, a flow', async ({
  page,
  context,
  browser,
}) => {
  // A header a client could forge: Caddy replaces it with the address it really saw.
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': '203.0.113.9' });
  const home = await page.goto('/login');
  expect(home?.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(home?.url()).toMatch(/^https:\/\//);

  await page.getByLabel('Adresse courriel').fill(EMPLOYER);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(PASSWORD);
  const answer = page.waitForResponse((r) => r.url().includes('/trpc/auth.login'));
  await page.getByRole('button', { name: 'Se connecter' }).click();
  const login = await answer;
  expect(login.status()).toBe(200);
  expect(login.headers()['strict-transport-security']).toContain('max-age=31536000');
  expect(login.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boulangerie du Plateau inc.');

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name === '__Host-passerelle_session');
  expect(session).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });
  expect(session?.domain).toBe('localhost');
  expect(cookies.find((c) => c.name === 'passerelle_session')).toBeUndefined();

  // A flow: publish a hiring need.
  const title = `Boulanger·ère TLS ${Date.now().toString(36)}`;
  await page.getByRole('link', { name: 'Publier un besoin' }).first().click();
  await page.getByLabel('Titre du poste').fill(title);
  await page.getByLabel('Profession (CNP 2021)').fill('63202');
  await page.getByLabel('Salaire horaire').fill('18,50');
  await page.getByLabel('Description des tâches').fill('Préparer les pâtes.');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page).toHaveURL(/\/postings\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  // The audit history records the employer's sign-in from ::1 (Caddy's client), never the
  // forged address, though the app's own peer was 127.0.0.1.
  // (Asked from a browser page: Caddy listens on ::1, which Node's resolver does not try.)
  const coordinator = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
  await coordinator.goto('/privacy');
  const items = await coordinator.evaluate(
    async ({ email, password }) => {
      const signIn = await fetch('/trpc/auth.login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (!signIn.ok) throw new Error(`login ${signIn.status}`);
      const input = encodeURIComponent(JSON.stringify({ action: 'auth.login_succeeded' }));
      const res = await fetch(`/trpc/audit.list?input=${input}`);
      const body = await res.json();
      return body.result.data.items as { ip: string | null }[];
    },
    { email: COORDINATOR, password: PASSWORD },
  );
  expect(items.length).toBeGreaterThanOrEqual(2);
  for (const item of items) expect(item.ip).toBe('::1');
});

test('big JSON answers come compressed to the browser through the proxy, small ones as they are', async ({
  page,
}) => {
  await login(page, COUNSELLOR);
  // Each tRPC answer's decoded size, read as it arrives. An answer of the home that the
  // navigation below drops before its body is read (the browser forgets it) is left out.
  const read: Promise<[Response, number] | null>[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/trpc/') && r.status() === 200) {
      read.push(
        r.body().then(
          (b): [Response, number] => [r, b.length],
          () => null,
        ),
      );
    }
  });
  await page.goto('/open-postings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0);
  const json = (await Promise.all(read)).filter((x) => x !== null);
  let compressed = 0;
  for (const [r, size] of json) {
    const coding = (await r.allHeaders())['content-encoding'];
    // Caddy's `encode` leaves bodies under 512 bytes alone (its minimum_length).
    if (size >= 1024) {
      expect(coding, r.url()).toMatch(/^(zstd|gzip)$/);
      compressed++;
    } else if (size < 512) {
      expect(coding, r.url()).toBeUndefined();
    }
  }
  expect(compressed).toBeGreaterThan(0);
});
