// The HTTP surface through Hono's in-process fetch: headers, cookies, Origin check, limits,
// plain-JSON wire format, and the SPA fallback.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp, MAX_BODY_BYTES } from '../../server/app';
import { aUser, TEST_PASSWORD } from '../helpers/builders';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
const ORIGIN = 'http://localhost:3000';

function webRoot() {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Passerelle</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'app.js.map'), '{"sources":["secret.ts"]}');
  return dir;
}

beforeEach(() => {
  deps = testDeps();
  app = createApp(deps, { webRoot: webRoot() });
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function login(email: string, password = TEST_PASSWORD) {
  const res = await post('/trpc/auth.login', { email, password });
  return { res, cookie: res.headers.get('set-cookie') ?? '' };
}

describe('HTTP surface', () => {
  it('GET /healthz checks the database and answers JSON', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    // Replication is off in tests that do not start Litestream; the health check says so.
    expect(await res.json()).toEqual({
      status: 'ok',
      replication: { state: 'off', lagSeconds: null, lastSyncedAt: null, syncInterval: null },
    });
  });

  it('sends security headers on every response', async () => {
    for (const path of ['/healthz', '/login', '/trpc/auth.me']) {
      const res = await app.request(`http://localhost:3000${path}`, {
        headers: { accept: 'text/html' },
      });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('login sets an HttpOnly SameSite=Lax cookie, not Secure over plain HTTP; me then works', async () => {
    const u = await aUser(deps.db, 'coordinator');
    const { res, cookie } = await login(u.email);
    expect(res.status).toBe(200);
    expect(cookie).toMatch(/^passerelle_session=[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const me = await app.request('http://localhost:3000/trpc/auth.me', {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    const body = (await me.json()) as { result: { data: { email: string; role: string } } };
    expect(body.result.data).toMatchObject({ email: u.email, role: 'coordinator' });
  });

  it('uses a Secure __Host- cookie when served over HTTPS', async () => {
    const httpsDeps = testDeps({ APP_URL: 'https://passerelle.example.ca' });
    const httpsApp = createApp(httpsDeps);
    const u = await aUser(httpsDeps.db, 'coordinator');
    const res = await httpsApp.request('https://passerelle.example.ca/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://passerelle.example.ca' },
      body: JSON.stringify({ email: u.email, password: TEST_PASSWORD }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-passerelle_session=/);
    expect(cookie).toContain('Secure');
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  });

  it('refuses a mutation from a foreign Origin before running it', async () => {
    const u = await aUser(deps.db, 'coordinator');
    const res = await post(
      '/trpc/auth.login',
      { email: u.email, password: TEST_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
    const site = await post(
      '/trpc/auth.login',
      { email: u.email, password: TEST_PASSWORD },
      { 'sec-fetch-site': 'cross-site' },
    );
    expect(site.status).toBe(403);
  });

  it('refuses form-encoded posts (no CSRF through plain HTML forms)', async () => {
    const res = await app.request('http://localhost:3000/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40b.ca&password=x',
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });

  it('limits the body size with a 413', async () => {
    const res = await post('/trpc/auth.login', {
      email: 'a@b.ca',
      password: 'x'.repeat(MAX_BODY_BYTES),
    });
    expect(res.status).toBe(413);
  });

  it('limits batch size', async () => {
    const paths = Array.from({ length: 11 }, () => 'auth.me').join(',');
    const input = JSON.stringify(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [i, {}])));
    const res = await app.request(
      `http://localhost:3000/trpc/${paths}?batch=1&input=${encodeURIComponent(input)}`,
    );
    expect(res.status).toBe(400);
  });

  it('answers bad input with 400 and field errors as plain JSON, never 500', async () => {
    const res = await post('/trpc/auth.login', { email: 'nope', password: '' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { data: { fieldErrors: Record<string, { key: string }[]> } };
    };
    expect(body.error.data.fieldErrors.email?.[0]?.key).toBe('validation.email');
    expect(body.error.data.fieldErrors.password?.[0]?.key).toBe('validation.required');
    for (const junk of [
      '{',
      'null',
      '[]',
      '"x"',
      JSON.stringify({ email: 42, password: { a: 1 } }),
    ]) {
      const r = await post('/trpc/auth.login', junk);
      expect(r.status, junk).toBeGreaterThanOrEqual(400);
      expect(r.status, junk).toBeLessThan(500);
    }
  });

  it('wrong password: 401 with the generic catalogue code', async () => {
    const u = await aUser(deps.db, 'employer');
    const { res } = await login(u.email, 'definitely wrong');
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error: { data: { appCode: string } } };
    expect(body.error.data.appCode).toBe('auth.invalidCredentials');
  });

  it('an unknown procedure is a 404, not a 500', async () => {
    const res = await app.request('http://localhost:3000/trpc/nope.nothing');
    expect(res.status).toBe(404);
  });

  it('serves index.html for HTML navigations only; a missing asset is a real 404', async () => {
    const page = await app.request('http://localhost:3000/accounts', {
      headers: { accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Passerelle</title>');
    const asset = await app.request('http://localhost:3000/assets/app.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const missing = await app.request('http://localhost:3000/assets/missing.js', {
      headers: { accept: 'text/html' },
    });
    expect(missing.status).toBe(404);
    const json = await app.request('http://localhost:3000/somewhere', {
      headers: { accept: 'application/json' },
    });
    expect(json.status).toBe(404);
  });

  it('never serves a source map, even one left in the web root', async () => {
    for (const accept of ['*/*', 'text/html']) {
      const map = await app.request('http://localhost:3000/assets/app.js.map', {
        headers: { accept },
      });
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('secret.ts');
    }
  });

  it('an org_admin sees only their own organisation’s accounts', async () => {
    const admin = await aUser(deps.db, 'org_admin');
    const colleague = await aUser(deps.db, 'counsellor', { organisationId: admin.organisationId });
    const stranger = await aUser(deps.db, 'counsellor');
    const { cookie } = await login(admin.email);
    const res = await app.request('http://localhost:3000/trpc/accounts.list', {
      headers: { cookie: cookie.split(';')[0] ?? '' },
    });
    const body = (await res.json()) as { result: { data: { id: number }[] } };
    const ids = body.result.data.map((r) => r.id);
    expect(ids).toContain(colleague.id);
    expect(ids).toContain(admin.id);
    expect(ids).not.toContain(stranger.id);
  });
});
