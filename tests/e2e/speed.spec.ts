// Speed on a phone, seen from Chromium: the main script comes over the wire as the build's
// brotli copy (byte for byte), cached for a year; the app page is made per request and never
// stored; the CSP forbids eval and the app never trips it (zod runs jitless), through login and
// forms that validate. A page opens without asking who is signed in: the page says it; a page
// opened from an email's link asks what it shows at once, not after its code.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, type Response, test } from '@playwright/test';
import { apiAs, COUNSELLOR, EMPLOYER, login } from './support';

const webRoot = join(process.cwd(), 'dist', 'web');

test('the main script is transferred brotli-compressed and cached; the CSP sees no eval', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });

  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const html = responses.find((r) => new URL(r.url()).pathname === '/login');
  expect(html?.headers()['cache-control']).toBe('no-store');
  const csp = html?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');

  const indexHtml = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const mainSrc = /<script type="module"[^>]*src="([^"]+)"/.exec(indexHtml)?.[1] ?? '';
  expect(mainSrc).toMatch(/^\/assets\/index-[\w-]+\.js$/);
  const main = responses.find((r) => new URL(r.url()).pathname === mainSrc);
  expect(main, mainSrc).toBeDefined();
  if (!main) return;
  const headers = await main.allHeaders();
  expect(headers['content-encoding']).toBe('br');
  expect(headers.vary).toBe('Accept-Encoding');
  expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const raw = statSync(join(webRoot, mainSrc)).size;
  const brotli = statSync(join(webRoot, `${mainSrc}.br`)).size;
  const { responseBodySize } = await main.request().sizes();
  // What crossed the wire is the build's brotli copy, a quarter of the script or less.
  expect(responseBodySize).toBe(brotli);
  expect(brotli).toBeLessThan(raw / 3);
  // The browser decoded it to the very script the build wrote.
  expect((await main.body()).length).toBe(raw);

  // Logging in, opening pages and forms that validate with the shared zod schemas.
  await login(page, COUNSELLOR);
  await page.goto('/job-seekers/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('button', { name: /Inscrire|Enregistrer/ })
    .first()
    .click();
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await page.goto('/open-postings');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const trpc = responses.filter((r) => r.url().includes('/trpc/'));
  expect(trpc.length).toBeGreaterThan(0);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});

test('a page opens without asking who is signed in, and fetches its catalogue beside the code', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await login(page, EMPLOYER);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const asked: string[] = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  const opened = page.waitForResponse((r) => new URL(r.url()).pathname === '/postings');
  await page.goto('/postings');
  const html = await (await opened).text();
  await expect(page.getByRole('heading', { level: 1, name: /offres/i })).toBeVisible();
  // The page named the French catalogue's sections for the browser to fetch at once.
  const named = [...html.matchAll(/rel="modulepreload" crossorigin href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  expect(named.some((href) => /\/assets\/fr-CA-sections-[\w-]+\.js$/.test(href))).toBe(true);
  expect(html).toContain('<script type="application/json" id="passerelle-boot">');
  // The list was asked for, in the app's first request (beside the bell's count, before the
  // page's code ran) and once; who is signed in was not.
  await expect
    .poll(() => asked.some((p) => p.startsWith('/trpc/') && p.includes('postings.')))
    .toBe(true);
  const trpcAsked = asked.filter((p) => p.startsWith('/trpc/'));
  expect(trpcAsked[0]?.split(',')).toEqual(
    expect.arrayContaining(['/trpc/notifications.unreadCount', 'postings.list']),
  );
  expect(
    trpcAsked.flatMap((p) => p.split(',')).filter((p) => p.endsWith('postings.list')),
  ).toHaveLength(1);
  expect(asked.filter((p) => p.includes('auth.me'))).toEqual([]);
});

/** The procedures of each tRPC request the page makes from now on, one array per request. */
function trpcBatches(page: Page): string[][] {
  const batches: string[][] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/trpc/')) batches.push(pathname.slice('/trpc/'.length).split(','));
  });
  return batches;
}

test('a pairing opened from an email’s link asks for the pairing and its agreement together, once', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const api = await apiAs(playwright, baseURL ?? '', EMPLOYER);
  const listed = await api.query<{ items: { id: number }[] }>('pairings.list', {});
  const pairingId = listed.items[0]?.id;
  expect(pairingId).toBeDefined();
  await login(page, EMPLOYER);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const batches = trpcBatches(page);
  await page.goto(`/pairings/${pairingId}`);
  await expect(page.getByRole('heading', { name: 'Entente de jumelage' })).toBeVisible();
  // Both in the first request that names either: the agreement does not wait for the pairing.
  const first = batches.find((b) => b.includes('pairings.get') || b.includes('agreements.get'));
  expect(first).toEqual(expect.arrayContaining(['pairings.get', 'agreements.get']));
  // The page found them there and asked neither again.
  const all = batches.flat();
  expect(all.filter((p) => p === 'pairings.get')).toHaveLength(1);
  expect(all.filter((p) => p === 'agreements.get')).toHaveLength(1);
});

test('an agreement and a payment notice opened from their emails’ links are asked in the app’s first request, once', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const api = await apiAs(playwright, baseURL ?? '', EMPLOYER);
  const pairings = await api.query<{ items: { id: number }[] }>('pairings.list', {});
  const notices = await api.query<{ items: { id: number; reference: string }[] }>('notices.list', {
    limit: 1,
  });
  const pairingId = pairings.items[0]?.id;
  const notice = notices.items[0];
  expect(pairingId).toBeDefined();
  expect(notice).toBeDefined();
  await login(page, EMPLOYER);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const batches = trpcBatches(page);
  for (const [href, procedure, shown] of [
    [`/agreements/${pairingId}`, 'agreements.get', page.getByRole('link', { name: /jumelage/i })],
    [`/payment-notices/${notice?.id}`, 'notices.get', page.getByText(notice?.reference ?? '?')],
  ] as const) {
    batches.length = 0;
    await page.goto(href);
    await expect(shown.first()).toBeVisible();
    // Beside the bell's count, in the first request: it did not wait for the page's code.
    expect(batches[0]).toEqual(expect.arrayContaining(['notifications.unreadCount', procedure]));
    expect(batches.flat().filter((p) => p.endsWith(procedure))).toHaveLength(1);
  }
});
