// Accessibility in the browser: axe-core on every page of every role (the signed-in pages are
// read from the app's own route map, web/src/routes.ts, so a new page is checked without being
// listed here), in French at 1280 and 390 px and in English at 1280 px: no serious or critical
// violation. Also: the dashboard does not shift while it loads (CLS ≤ 0.1), and after
// « Proposer » the keyboard focus is on the confirmation.
//
// Time: one browser page per role, logged in once; each page is reached by the app's own
// navigation (no reload of the app), checked at 1280 px, then at 390 px by resizing the same
// page; the English pass follows in the same page once the account speaks English. axe is
// injected once per loaded document and run there (no blank page per check, as the
// @axe-core/playwright builder does to finish its partial runs).
import { expect, type Page, test } from '@playwright/test';
import axe from 'axe-core';
import type { Role } from '../../shared/roles';
import { routesFor } from '../../web/src/routes';
import {
  type Api,
  apiAs,
  COORDINATOR,
  COUNSELLOR,
  drawEveryChart,
  EMPLOYER,
  login,
} from './support';

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
  '/no-such-page',
];
const DESKTOP = { width: 1280, height: 844 };
const PHONE = { width: 390, height: 844 };

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

/** Waits until the page has its title and nothing is loading any more. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
  // Some pages fill in over a few tasks (the dashboard adds its sections one per task, and a
  // table's frame becomes a region once the browser has laid it out): wait until the page has
  // not changed for 300 ms.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let timer = setTimeout(finish, 300);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, 300);
        });
        function finish() {
          observer.disconnect();
          done();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        setTimeout(finish, 10_000);
      }),
  );
}

/** Opens `path` through the app's router (as a click on a link would), then waits for it. */
async function visit(page: Page, path: string) {
  const before = await page.evaluateHandle(() => document.querySelector('h1'));
  await page.evaluate((to) => window.history.pushState(null, '', to), path);
  // The previous page's title leaves first (every route mounts its own page).
  await page.waitForFunction((h) => !h?.isConnected, before);
  await before.dispose();
  await settled(page);
  expect(new URL(page.url()).pathname).toBe(path.split('?')[0]);
}

/** The width of the same page, then two frames for the layout and the media queries. */
async function resize(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

interface Found {
  id: string;
  impact: string | null | undefined;
  targets: string[];
}

/** The serious and critical violations of the page as it is now, "where: rule (impact) nodes". */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const found: Found[] = await page.evaluate(async () => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Violations only: collecting every passing node doubles axe's time on big pages.
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      }));
  });
  return found.map((v) => `${where}: ${v.id} (${v.impact}) ${v.targets.join(' | ')}`);
}

test('axe: the public pages, fr-CA at 1280 and 390 px and en-CA at 1280 px', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-CA' });
  const page = await context.newPage();
  const found: string[] = [];
  // The check itself finds what it must: an image without a text alternative is critical.
  await page.goto('/login');
  await settled(page);
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.id = 'axe-canary';
    img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    document.body.append(img);
  });
  expect(await seriousViolations(page, 'canary')).toEqual([
    'canary: image-alt (critical) #axe-canary',
  ]);
  for (const path of publicPages) {
    await page.goto(path);
    await settled(page);
    found.push(...(await seriousViolations(page, `public ${path} fr-CA 1280`)));
    await resize(page, PHONE);
    found.push(...(await seriousViolations(page, `public ${path} fr-CA 390`)));
    await resize(page, DESKTOP);
  }
  await page.goto('/login');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
  for (const path of publicPages) {
    await page.goto(path);
    await settled(page);
    found.push(...(await seriousViolations(page, `public ${path} en-CA 1280`)));
  }
  await context.close();
  expect(found).toEqual([]);
});

for (const [role, email] of accounts) {
  test(`axe: every page of the ${role}, fr-CA at 1280 and 390 px and en-CA at 1280 px`, async ({
    browser,
    playwright,
    baseURL,
  }) => {
    // Up to 23 pages, three checks each: minutes on a busy machine.
    test.setTimeout(900_000);
    const api = await apiAs(playwright, baseURL ?? '', email);
    const context = await browser.newContext({ viewport: DESKTOP, locale: 'fr-CA' });
    const page = await context.newPage();
    const found: string[] = [];
    try {
      await login(page, email);
      await settled(page);
      const pages = await pagesOf(api, role);
      for (const path of pages) {
        if (path !== '/') await visit(page, path);
        found.push(...(await seriousViolations(page, `${role} ${path} fr-CA 1280`)));
        await resize(page, PHONE);
        found.push(...(await seriousViolations(page, `${role} ${path} fr-CA 390`)));
        await resize(page, DESKTOP);
      }
      // English readers: the account's language, set for this pass and restored after it.
      await api.call('accounts.setLocale', { locale: 'en-CA' });
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-CA');
      await settled(page);
      for (const path of pages) {
        if (path !== '/') await visit(page, path);
        found.push(...(await seriousViolations(page, `${role} ${path} en-CA 1280`)));
      }
    } finally {
      await api.call('accounts.setLocale', { locale: 'fr-CA' });
      await api.ctx.dispose();
      await context.close();
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
  await expect(page.locator('.dash-chart').first()).toBeAttached();
  await expect(page.locator('.loading')).toHaveCount(0);
  // Charts are drawn as they come near the screen, into boxes sized before: scroll to each,
  // then leave them the time to settle.
  await drawEveryChart(page);
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
    await page.goto(`/open-postings/${p.id}`);
    await settled(page);
    if ((await propose.count()) > 0) break;
  }
  await propose.click();
  await page.getByLabel('Message à l’employeur').fill('Prête à commencer lundi.');
  await page.getByRole('button', { name: 'Envoyer la candidature' }).click();
  const done = page.getByRole('status').filter({ hasText: /^Candidature de .* envoyée/ });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
});
