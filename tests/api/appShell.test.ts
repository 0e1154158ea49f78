// The page of an HTML navigation carries who is signed in (auth.me's own answer) in a data block
// no browser runs, escaped so that no text can close it; a signed-in page names the catalogue's
// chunks its first screen waits for; the page is never stored; the build's manifest is not served.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { pageWithBoot, readShellChunks, scriptSafeJson } from '../../server/http/appShell';
import { BOOT_ELEMENT_ID } from '../../shared/auth/boot';
import { anOrganisation, aUser } from '../helpers/builders';
import { signIn } from '../helpers/callers';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const BASE = 'http://localhost:3000';
const TEMPLATE =
  '<!doctype html><html lang="fr-CA"><head><title>Passerelle</title></head><body><div id="root"></div></body></html>';
let webRoot = '';

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'passerelle-shell-'));
  mkdirSync(join(webRoot, 'assets'));
  mkdirSync(join(webRoot, '.vite'));
  writeFileSync(join(webRoot, 'index.html'), TEMPLATE);
  writeFileSync(join(webRoot, 'assets', 'index-A1.js'), 'export {};\n');
  // The build's manifest, as Vite writes it: the sections import a shared chunk.
  writeFileSync(
    join(webRoot, '.vite', 'manifest.json'),
    JSON.stringify({
      'index.html': { file: 'assets/index-A1.js', isEntry: true },
      'src/i18n/fr-CA-sections.ts': {
        file: 'assets/fr-CA-sections-S1.js',
        isDynamicEntry: true,
        imports: ['_messages-M1.js'],
      },
      '_messages-M1.js': { file: 'assets/messages-M1.js' },
      'src/i18n/en-CA.ts': {
        file: 'assets/en-CA-E1.js',
        isDynamicEntry: true,
        imports: ['_messages-M1.js'],
      },
    }),
  );
});

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(() => {
  deps = testDeps();
  app = createApp(deps, { webRoot });
});

const page = (path: string, cookie?: string) =>
  app.request(`${BASE}${path}`, {
    headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
  });

/** The data block's text, parsed. */
function bootOf(html: string): unknown {
  const open = `<script type="application/json" id="${BOOT_ELEMENT_ID}">`;
  const start = html.indexOf(open);
  expect(start, 'the data block').toBeGreaterThan(0);
  const end = html.indexOf('</script>', start);
  return JSON.parse(html.slice(start + open.length, end));
}

const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);

describe('the page of an HTML navigation', () => {
  it('tells a visitor that no one is signed in, names no chunk, and is never stored', async () => {
    for (const path of ['/', '/login', '/index.html', '/postings/12']) {
      const res = await page(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      const html = await res.text();
      expect(bootOf(html), path).toEqual({ me: null });
      expect(preloads(html), path).toEqual([]);
      // The block sits in the body, after the app's root.
      expect(html.indexOf(BOOT_ELEMENT_ID)).toBeGreaterThan(html.indexOf('<div id="root">'));
    }
  });

  it('carries the signed-in person as auth.me answers, and names the chunks of their first screen', async () => {
    const org = anOrganisation(deps.db);
    const user = await aUser(deps.db, 'counsellor', { organisationId: org.id });
    const cookie = `passerelle_session=${signIn(deps, user.id).token}`;
    const api = await app.request(`${BASE}/trpc/auth.me`, { headers: { cookie } });
    const me = ((await api.json()) as { result: { data: Record<string, unknown> } }).result.data;
    expect(me).toMatchObject({ id: user.id, role: 'counsellor', locale: 'fr-CA' });

    const res = await page('/job-seekers', cookie);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(bootOf(html)).toEqual({ me });
    expect(preloads(html)).toEqual(['/assets/fr-CA-sections-S1.js', '/assets/messages-M1.js']);
    // In the head, so the browser fetches them beside the app's code.
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('names the English catalogue too for a person who reads English', async () => {
    const user = await aUser(deps.db, 'employer', { locale: 'en-CA' });
    const html = await (
      await page('/', `passerelle_session=${signIn(deps, user.id).token}`)
    ).text();
    expect(bootOf(html)).toMatchObject({ me: { id: user.id, locale: 'en-CA' } });
    expect(preloads(html)).toEqual([
      '/assets/fr-CA-sections-S1.js',
      '/assets/messages-M1.js',
      '/assets/en-CA-E1.js',
    ]);
  });

  it('keeps a name that looks like markup inside the data block', async () => {
    const name = '</script><script>alert(1)</script><!--';
    const user = await aUser(deps.db, 'employer', { name });
    const html = await (
      await page('/', `passerelle_session=${signIn(deps, user.id).token}`)
    ).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<!--');
    expect(bootOf(html)).toMatchObject({ me: { name } });
  });

  it('answers a cookie that no longer works with no one signed in, and clears it', async () => {
    const res = await page('/', 'passerelle_session=not-a-session');
    expect(res.status).toBe(200);
    expect(bootOf(await res.text())).toEqual({ me: null });
    expect(res.headers.get('set-cookie') ?? '').toMatch(/passerelle_session=;.*Max-Age=0/i);
  });

  it('is still the app when the signed-in person cannot be read: without the block, never a 500', async () => {
    const user = await aUser(deps.db, 'employer');
    const cookie = `passerelle_session=${signIn(deps, user.id).token}`;
    deps.db.$client.close();
    const res = await page('/', cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain(BOOT_ELEMENT_ID);
  });

  it('does not serve the build manifest', async () => {
    const res = await app.request(`${BASE}/.vite/manifest.json`, { headers: { accept: '*/*' } });
    expect(res.status).toBe(404);
  });
});

describe('writing the page', () => {
  it('escapes every « < » of the data, so nothing in it can end the element', () => {
    expect(scriptSafeJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
    expect(JSON.parse(scriptSafeJson({ a: '</script><!--' }))).toEqual({ a: '</script><!--' });
  });

  it('appends the block to a page without a body, and names no chunk without a manifest', () => {
    const none = readShellChunks(join(webRoot, 'assets'));
    expect(none).toEqual({ signedIn: [], english: [] });
    const html = pageWithBoot('<html><title>x</title></html>', { me: { locale: 'fr-CA' } }, none);
    expect(html).toMatch(
      /<script type="application\/json" id="passerelle-boot">.*<\/script><\/html>$/,
    );
  });
});
