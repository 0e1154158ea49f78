// Speed on a phone, header by header: the build's precompressed brotli and gzip copies served
// per Accept-Encoding with Vary, hashed assets cached for a year, the app page made per request
// (it carries who is signed in: appShell.test.ts) and never stored, the SPA fallback kept; the
// app page, tRPC's JSON and the CSV exports left to the proxy to compress.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/precompress';
import { createApp } from '../../server/app';
import { pickCoding } from '../../server/http/compression';
import { anOrganisation, aUser, phaseFields } from '../helpers/builders';
import { as, signIn } from '../helpers/callers';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const BASE = 'http://localhost:3000';
const ALL = 'gzip, deflate, br, zstd'; // what Chromium sends
const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{id:${i},label:"ligne ${i}"}`).join(',')}];\n`;
const styles = `.a { color: red; }\n`.repeat(100);
let webRoot = '';

beforeAll(() => {
  webRoot = mkdtempSync(join(tmpdir(), 'passerelle-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(
    join(webRoot, 'index.html'),
    `<!doctype html><html lang="fr-CA"><title>Passerelle</title>${'<!-- -->'.repeat(200)}</html>`,
  );
  writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), script);
  writeFileSync(
    join(webRoot, 'assets', 'index-AbC123.js.map'),
    `{"mappings":"${'A'.repeat(5000)}"}`,
  );
  writeFileSync(join(webRoot, 'assets', 'index-Xy9.css'), styles);
  writeFileSync(join(webRoot, 'assets', 'tiny-Q1.js'), 'export const a = 1;\n');
  precompressDir(webRoot);
});

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
beforeEach(() => {
  deps = testDeps();
  app = createApp(deps, { webRoot });
});

const get = (path: string, headers: Record<string, string> = {}) =>
  app.request(`${BASE}${path}`, { headers });

const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());

describe('precompression at build time', () => {
  it('writes .br and .gz beside text files worth it, never beside maps or tiny files', () => {
    const js = join(webRoot, 'assets', 'index-AbC123.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(readFileSync(`${js}.br`).length).toBeLessThan(readFileSync(`${js}.gz`).length);
    expect(() => readFileSync(`${js}.map.br`)).toThrow();
    expect(() => readFileSync(join(webRoot, 'assets', 'tiny-Q1.js.gz'))).toThrow();
  });
});

describe('choosing a coding', () => {
  it('prefers brotli, honours q-values, refusals and the wildcard', () => {
    expect(pickCoding(ALL)).toBe('br');
    expect(pickCoding('gzip')).toBe('gzip');
    expect(pickCoding('br;q=0, gzip')).toBe('gzip');
    expect(pickCoding('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(pickCoding('*')).toBe('br');
    expect(pickCoding('*;q=0.5, br;q=0')).toBe('gzip');
    expect(pickCoding('identity')).toBeNull();
    expect(pickCoding(undefined)).toBeNull();
    expect(pickCoding('br, gzip', ['gzip'])).toBe('gzip');
  });
});

describe('static files', () => {
  it('sends the brotli copy to browsers that accept it, with Vary and year-long immutable caching', async () => {
    const res = await get('/assets/index-AbC123.js', { 'accept-encoding': ALL });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends gzip to a client without brotli, and the file itself to one without either', async () => {
    const gz = await get('/assets/index-Xy9.css', { 'accept-encoding': 'gzip, deflate' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('content-type')).toMatch(/^text\/css/);
    expect(gunzipSync(await bytes(gz)).toString()).toBe(styles);
    const refused = await get('/assets/index-Xy9.css', { 'accept-encoding': 'br;q=0, gzip' });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-Xy9.css');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    expect(await plain.text()).toBe(styles);
  });

  it('sends a file without compressed copies as it is, without Vary', async () => {
    const res = await get('/assets/tiny-Q1.js', { 'accept-encoding': ALL });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe('export const a = 1;\n');
  });

  it('makes the app page per request, never stored, left to the proxy to compress, by name or as the SPA fallback', async () => {
    for (const path of ['/', '/index.html', '/accounts', '/postings/12']) {
      const res = await get(path, { accept: 'text/html', 'accept-encoding': ALL });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe('no-store');
      expect(res.headers.get('etag'), path).toBeNull();
      expect(res.headers.get('content-encoding'), path).toBeNull();
      expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(await res.text()).toContain('<title>Passerelle');
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
    }
  });

  it('answers 304 to a matching If-None-Match, per coding', async () => {
    const path = '/assets/index-Xy9.css';
    const first = await get(path, { 'accept-encoding': 'gzip' });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await get(path, { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toContain('immutable');
    const otherCoding = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(otherCoding.status).toBe(200);
    // The app page has no validator: it is made again each time.
    const html = await get('/', { accept: 'text/html', 'if-none-match': etag });
    expect(html.status).toBe(200);
  });

  it('keeps misses real: a missing asset or a non-HTML request is a 404, never index.html', async () => {
    for (const [path, accept] of [
      ['/assets/missing.js', 'text/html'],
      ['/assets/index-AbC123.js.br', '*/*'],
      ['/somewhere', 'application/json'],
      ['/trpc', 'text/html'],
      ['/exports/phases', 'text/html'],
      ['/api/x', 'text/html'],
    ] as const) {
      const res = await get(path, { accept, 'accept-encoding': ALL });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type') ?? '', path).not.toContain('text/html');
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const res = await app.request(`${BASE}/assets/index-AbC123.js`, {
      method: 'HEAD',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.arrayBuffer()).byteLength).toBe(0);
  });
});

describe('dynamic responses', () => {
  // The proxy in front compresses them (deploy/Caddyfile `encode`; the TLS end-to-end run checks
  // it): the server's one event loop no longer spends ~40 % of a list request's CPU on it.
  it('sends tRPC answers and CSV exports as they are, whatever the client accepts', async () => {
    const coordinator = await aUser(deps.db, 'coordinator');
    const org = anOrganisation(deps.db);
    for (let i = 0; i < 12; i++) await aUser(deps.db, 'counsellor', { organisationId: org.id });
    const cookie = `passerelle_session=${signIn(deps, coordinator.id).token}`;

    const json = await get('/trpc/accounts.list', { cookie, 'accept-encoding': ALL });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-encoding')).toBeNull();
    const text = await json.text();
    expect(text.length).toBeGreaterThan(1024);
    expect(JSON.parse(text)).toMatchObject({ result: { data: expect.any(Array) } });

    const { id } = await as(deps, coordinator.id).phases.create(
      phaseFields({ organisations: [{ organisationId: org.id, pairingTarget: 5 }] }),
    );
    const csv = await get(`/exports/phases/${id}/organisations.csv?locale=fr-CA`, {
      cookie,
      'accept-encoding': ALL,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-encoding')).toBeNull();
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  });
});
