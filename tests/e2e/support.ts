// Shared by the end-to-end specs: logging in through the screen, calling tRPC over HTTP as a
// given user (same Origin as the browser), and matching formatted money.
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { formatMoney } from '../../shared/format';

export const PASSWORD = 'Passerelle-demo-2026';

export async function login(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('Adresse courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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
