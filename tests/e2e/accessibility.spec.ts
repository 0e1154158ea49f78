// Accessibility in the browser: axe-core on every page of every role (the signed-in pages are
// read from the app's own route map, web/src/routes.ts, so a new page is checked without being
// listed here), in French at 1280 and 390 px and in English at 1280 px: no serious or critical
// violation. Also: the dashboard does not shift while it loads (CLS ≤ 0.1), and after
// « Proposer » the keyboard focus is on the confirmation.
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { Role } from '../../shared/roles';
import { routesFor } from '../../web/src/routes';
import { type Api, apiAs, COORDINATOR, COUNSELLOR, EMPLOYER, login } from './support';

const ORG_ADMIN = 'direction.org1@passerelle.test';
const accounts: [Role, string][] = [
  ['coordinator', COORDINATOR],
  ['org_admin', ORG_ADMIN],
  ['counsellor', COUNSELLOR],
  ['employer', EMPLOYER],
];
const publicPages = [
  '/login',
  '/forgot-password',
  '/reset-password',
  '/invitation',
  '/privacy',
  '/recruit',
  '/recruit/confirm',
];

interface Listed {
  items: { id: number }[];
}

/** A record each role can open, for the routes with an `:id`. */
async function idsFor(api: Api, role: Role): Promise<Record<string, number>> {
  const first = async (path: string, input: unknown = {}) =>
    (await api.query<Listed>(path, input)).items[0]?.id ?? 0;
  const ids: Record<string, number> = {};
  if (role === 'coordinator') {
    ids['/phases'] = (await api.query<{ id: number }[]>('phases.list'))[0]?.id ?? 0;
    ids['/pairings'] = await first('pairings.list');
  }
  if (role === 'employer') {
    ids['/postings'] = await first('postings.list');
    ids['/pairings'] = await first('pairings.list');
  }
  if (role === 'counsellor' || role === 'org_admin') {
    ids['/job-seekers'] = await first('jobSeekers.list');
    ids['/open-postings'] = await first('postings.list');
    ids['/accompaniment'] = await first('pairings.list');
  }
  // The paperwork: a pairing's agreement, a payment notice (demo data has both).
  ids['/agreements'] = await first('pairings.list');
  if (role !== 'counsellor') ids['/payment-notices'] = await first('notices.list');
  return ids;
}

/** Every page `role` may open, with real ids in place of the route parameters. */
async function pagesOf(api: Api, role: Role): Promise<string[]> {
  const ids = await idsFor(api, role);
  const paths = ['/', ...new Set(routesFor(role).map((r) => r.path))];
  return paths.map((path) => {
    if (!path.includes(':')) return path;
    const base = path.slice(0, path.indexOf('/:'));
    const id = ids[base];
    expect(id, `no record to open ${path} as ${role}: add it to idsFor`).toBeGreaterThan(0);
    return path.replace(/:\w+/, String(id));
  });
}

/** Opens `path` and waits until it has its title and nothing is loading any more. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
  // Violations only: collecting every passing node doubles axe's time on big pages.
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

const configs = [
  { name: 'fr-CA at 1280 px', locale: 'fr-CA', width: 1280 },
  { name: 'fr-CA at 390 px', locale: 'fr-CA', width: 390 },
  { name: 'en-CA at 1280 px', locale: 'en-CA', width: 1280 },
] as const;

async function auditRole(
  browser: Browser,
  api: Api,
  role: Role,
  email: string,
  config: (typeof configs)[number],
): Promise<string[]> {
  const context = await browser.newContext({
    viewport: { width: config.width, height: 844 },
    locale: config.locale,
  });
  const page = await context.newPage();
  await login(page, email);
  const found: string[] = [];
  for (const path of await pagesOf(api, role)) {
    await open(page, path);
    found.push(...(await seriousViolations(page, `${role} ${path}`)));
  }
  await context.close();
  return found;
}

for (const config of configs) {
  test(`axe: every page of every role, ${config.name}: no serious or critical violation`, async ({
    browser,
    playwright,
    baseURL,
  }) => {
    // About 50 pages and one axe run each: minutes on a busy machine.
    test.setTimeout(1_500_000);
    const found: string[] = [];
    // Public pages, signed out.
    const context = await browser.newContext({
      viewport: { width: config.width, height: 844 },
      locale: config.locale,
    });
    const page = await context.newPage();
    if (config.locale === 'en-CA') {
      await page.goto('/login');
      await page.getByRole('button', { name: 'Switch to English' }).click();
    }
    for (const path of [...publicPages, '/no-such-page']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      found.push(...(await seriousViolations(page, `public ${path}`)));
    }
    await context.close();

    for (const [role, email] of accounts) {
      const api = await apiAs(playwright, baseURL ?? '', email);
      // English readers: the account's language, set for this pass and restored after it.
      if (config.locale === 'en-CA') await api.call('accounts.setLocale', { locale: 'en-CA' });
      try {
        found.push(...(await auditRole(browser, api, role, email, config)));
      } finally {
        if (config.locale === 'en-CA') await api.call('accounts.setLocale', { locale: 'fr-CA' });
        await api.ctx.dispose();
      }
    }
    expect(found).toEqual([]);
  });
}

/** The cumulative layout shift of `path` while it loads, measured by the browser. */
async function layoutShift(page: Page, path: string): Promise<number> {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!e.hadRecentInput) w.cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await expect(page.locator('canvas').first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  // Charts draw after their data: leave them the time to settle.
  await page.waitForTimeout(1500);
  return page.evaluate(() => (window as unknown as { cls: number }).cls);
}

test('the dashboard keeps its layout while it loads: CLS ≤ 0.1 at 1280 and 390 px', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, locale: 'fr-CA' });
    const page = await context.newPage();
    await login(page, COORDINATOR);
    const cls = await layoutShift(page, '/dashboard');
    expect(cls, `CLS at ${width} px`).toBeLessThanOrEqual(0.1);
    await context.close();
  }
});

test('after « Proposer », the keyboard focus is on the confirmation', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const api = await apiAs(playwright, baseURL ?? '', COUNSELLOR);
  const postings = await api.query<Listed>('postings.list', { limit: 20 });
  await login(page, COUNSELLOR);
  // The first open posting that has someone to propose.
  const propose = page.getByRole('button', { name: /^Proposer .* pour « / }).first();
  for (const p of postings.items) {
    await open(page, `/open-postings/${p.id}`);
    if ((await propose.count()) > 0) break;
  }
  await propose.click();
  await page.getByLabel("Message à l'employeur").fill('Prête à commencer lundi.');
  await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
  const done = page.getByRole('status').filter({ hasText: /^Candidature de .* envoyée/ });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
});
