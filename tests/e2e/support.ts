// Shared by the end-to-end specs: the demo accounts, logging in through the screen, calling tRPC
// over HTTP as a given user (same Origin as the browser), the open phase (or one opened now),
// unique names and dates for one run, and matching formatted money.
import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { addDays, quebecToday } from '../../shared/dates';
import { formatMoney } from '../../shared/format';
import { currentFitRules, type SubsidyRules } from '../../shared/money/rules';
import { MAIL_DB } from './paths';

export const PASSWORD = 'Passerelle-demo-2026';
export const COORDINATOR = 'coordination@passerelle.test';
export const EMPLOYER = 'employeur1@passerelle.test';
export const COUNSELLOR = 'conseil.org1@passerelle.test';

/** Fills the login form and submits it, without saying what should follow. */
export async function submitLogin(page: Page, email: string, password = PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/**
 * The demo's coordinator and managers have no second factor yet (README: inside the grace
 * period), so signing in leads them to its set-up first: « Plus tard » goes on to the page.
 */
export async function passSecondFactorSetup(page: Page) {
  await expect(page).not.toHaveURL(/\/login/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toBeVisible();
  // In the account's language (a spec may have switched to English).
  const setup = /^(Protégez votre compte|Protect your account)$/;
  if (!setup.test((await h1.textContent()) ?? '')) return;
  await page.getByRole('button', { name: /^(Plus tard|Later)$/ }).click();
  await expect(h1).not.toHaveText(setup);
}

export async function login(page: Page, email: string) {
  await submitLogin(page, email);
  await passSecondFactorSetup(page);
}

/** A page of its own (a new browser context, in fr-CA) where `email` is logged in. */
export async function newLoggedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-CA' });
  const page = await context.newPage();
  await login(page, email);
  return page;
}

/** Whether the page scrolls sideways: more than zero means it does. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

export async function apiAs(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  baseURL: string,
  email: string,
) {
  const ctx = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: baseURL },
  });
  const res = await ctx.post('/trpc/auth.login', { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return {
    ctx,
    async call<T>(path: string, input: unknown): Promise<T> {
      const r = await ctx.post(`/trpc/${path}`, { data: input });
      const body = await r.json();
      expect(r.ok(), `${path}: ${JSON.stringify(body)}`).toBe(true);
      return body.result.data as T;
    },
    async query<T>(path: string, input?: unknown): Promise<T> {
      const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
      const r = await ctx.get(`/trpc/${path}${qs}`);
      const body = await r.json();
      expect(r.ok(), `${path}: ${JSON.stringify(body)}`).toBe(true);
      return body.result.data as T;
    },
  };
}

export type Api = Awaited<ReturnType<typeof apiAs>>;

export interface OpenPhase {
  id: number;
  number: number;
  rules: SubsidyRules;
  startDate: string;
  endDate: string;
}

/**
 * The open phase, or one created and opened now around `today` (organisations 1 to 4 take
 * part), so that a spec needing one does not depend on the demo data or on another spec.
 */
export async function openPhase(coordinator: Api, today = isoDate()): Promise<OpenPhase> {
  const current = await coordinator.query<OpenPhase | null>('phases.current');
  if (current?.rules) return current;
  const all = await coordinator.query<{ number: number }[]>('phases.list');
  const number = Math.max(0, ...all.map((p) => p.number)) + 1;
  const created = await coordinator.call<{ id: number }>('phases.create', {
    number,
    name: `Phase ${number}`,
    startDate: addDays(today, -60),
    endDate: addDays(today, 300),
    wageEnvelopeCents: 50_000_000,
    accompanimentEnvelopeCents: 10_000_000,
    rules: currentFitRules,
    organisations: [1, 2, 3, 4].map((organisationId) => ({
      organisationId,
      pairingTarget: 10,
    })),
  });
  await coordinator.call('phases.transition', { phaseId: created.id, action: 'open' });
  const opened = await coordinator.query<OpenPhase | null>('phases.current');
  if (!opened?.rules) throw new Error('no open phase');
  return opened;
}

/** Letters and digits that differ from one run (and one call) to the next. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** `label` made unique for this run, so other spec files and earlier runs do not matter. */
export function unique(label: string): string {
  return `${label} ${uniqueSuffix()}`;
}

/** A date (YYYY-MM-DD) `days` from today in Québec. */
export function isoDate(days = 0): string {
  return addDays(quebecToday(new Date()), days);
}

/** A formatted amount as a pattern: browsers and Node may use different (no-break) spaces. */
export function moneyPattern(cents: number): string {
  return formatMoney(cents, 'fr-CA')
    .replace(/[.$]/g, (c) => `\\${c}`)
    .replace(/\s/gu, '\\s');
}

/** Money as the screens show it, in fr-CA, for comparing text read from the page. */
export function money(cents: number): string {
  return formatMoney(cents, 'fr-CA');
}

/** Cents from a formatted fr-CA amount read on a page (« 1 234,56 $ »). */
export function centsOf(text: string): number {
  const digits = text.replace(/[^\d,-]/g, '').replace(',', '.');
  return Math.round(Number.parseFloat(digits) * 100);
}

/**
 * The link in the last email the server sent to `to`. Without SMTP the server keeps its outbox in
 * the e2e database (playwright.config.ts); reading it is what a mailbox would show.
 */
export async function lastLinkSentTo(to: string): Promise<string> {
  const { default: Database } = await import('better-sqlite3');
  // The app with email on (playwright.config.ts): the other one sends nothing.
  const db = new Database(MAIL_DB, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const row = db
      .prepare('SELECT text_body FROM outbox WHERE to_address = ? ORDER BY id DESC LIMIT 1')
      .get(to) as { text_body: string } | undefined;
    const link = row?.text_body.match(/https?:\/\/\S+#token=[\w-]+/)?.[0];
    if (!link) throw new Error(`no link sent to ${to}`);
    return link;
  } finally {
    db.close();
  }
}

/**
 * The caller's party accepts the pairing's agreement in force over HTTP, as its page would (the
 * document's fingerprint read, then sent back); nothing when that party has already accepted.
 */
export async function acceptAgreement(api: Api, pairingId: number) {
  const agreement = await api.query<{
    canSign: boolean;
    current: { versionId: number; documentSha256: string } | null;
  }>('agreements.get', { pairingId, locale: 'fr-CA' });
  if (!agreement.canSign || !agreement.current) return;
  await api.call('agreements.sign', {
    pairingId,
    versionId: agreement.current.versionId,
    locale: 'fr-CA',
    documentSha256: agreement.current.documentSha256,
  });
}

/**
 * Scrolls to each of the dashboard's chart boxes in turn (a chart is drawn when it nears the
 * screen) and waits for its canvas; returns how many there are.
 */
export async function drawEveryChart(page: Page): Promise<number> {
  const boxes = page.locator('.dash-chart');
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    await boxes.nth(i).scrollIntoViewIfNeeded();
    await expect(boxes.nth(i).locator('canvas[role="img"]')).toBeVisible();
  }
  return count;
}
