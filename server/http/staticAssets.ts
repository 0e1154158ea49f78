// The built single-page app: files of dist/web served from an index made at start (the build
// does not change under a running server), each in the coding the client accepts when the
// build precompressed it (.br, .gz beside the file), with caching by kind: Vite's hashed
// /assets/* for a year and immutable, everything else revalidated on each use. HTML navigations
// outside the API and assets fall back to index.html; any other miss is a real 404 (STACK.md:
// never an HTML 200 for a missing /assets/x.js). index.html is the app's page with what its
// first render needs written in (`boot`, appShell.ts): made per request, never stored.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { type BootData, pageWithBoot, readShellChunks, type ShellChunks } from './appShell';
import { asBody, type Coding, pickCoding } from './compression';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
/** The app's page with a person's data in it: neither a browser nor a proxy keeps it. */
export const NO_STORE = 'no-store';

/** What the app's first render needs, for this request (undefined: nothing, the app asks). */
export type Boot = (c: Context) => Promise<BootData | undefined>;

const SUFFIX: Record<Coding, string> = { br: '.br', gzip: '.gz' };
// Files up to this size stay in memory after their first request; bigger ones are read from
// disk each time.
const KEEP_IN_MEMORY_BYTES = 1024 * 1024;

interface Variant {
  file: string;
  size: number;
  etag: string;
}

interface StaticFile {
  type: string;
  cacheControl: string;
  identity: Variant;
  coded: Partial<Record<Coding, Variant>>;
}

function variant(file: string, tag = ''): Variant | null {
  try {
    const s = statSync(file);
    if (!s.isFile()) return null;
    return {
      file,
      size: s.size,
      etag: `"${s.size.toString(16)}-${Math.floor(s.mtimeMs).toString(16)}${tag}"`,
    };
  } catch {
    return null;
  }
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Every servable file of the build by URL path (the .br/.gz siblings are variants, not files). */
export function indexWebRoot(webRoot: string): Map<string, StaticFile> {
  const index = new Map<string, StaticFile>();
  for (const file of walk(webRoot)) {
    // Source maps are not published (the build makes none; a stray one is not served either).
    if (file.endsWith('.br') || file.endsWith('.gz') || file.endsWith('.map')) continue;
    // The build's manifest (.vite/) is for the server (appShell.ts), not for browsers.
    if (relative(webRoot, file).startsWith(`.vite${sep}`)) continue;
    const identity = variant(file);
    if (!identity) continue;
    const url = `/${relative(webRoot, file).split(sep).join('/')}`;
    const coded: StaticFile['coded'] = {};
    for (const coding of ['br', 'gzip'] as const) {
      const v = variant(file + SUFFIX[coding], `-${coding}`);
      if (v) coded[coding] = v;
    }
    index.set(url, {
      type: getMimeType(file) ?? 'application/octet-stream',
      cacheControl: url.startsWith('/assets/') ? IMMUTABLE : REVALIDATE,
      identity,
      coded,
    });
  }
  return index;
}

const memory = new Map<string, Uint8Array<ArrayBuffer>>();

async function contents(v: Variant): Promise<Uint8Array<ArrayBuffer>> {
  const kept = memory.get(v.file);
  if (kept) return kept;
  const body = asBody(await readFile(v.file));
  if (v.size <= KEEP_IN_MEMORY_BYTES) memory.set(v.file, body);
  return body;
}

async function send(c: Context, f: StaticFile): Promise<Response> {
  const codings = Object.keys(f.coded) as Coding[];
  const coding = codings.length > 0 ? pickCoding(c.req.header('accept-encoding'), codings) : null;
  const chosen = (coding && f.coded[coding]) || f.identity;
  const headers = new Headers({
    'Content-Type': f.type,
    'Cache-Control': f.cacheControl,
    ETag: chosen.etag,
  });
  if (codings.length > 0) headers.set('Vary', 'Accept-Encoding');
  if (coding) headers.set('Content-Encoding', coding);
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === chosen.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Length', String(chosen.size));
  const body = await contents(chosen);
  return new Response(body, { status: 200, headers });
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const NOT_THE_APP = ['/trpc', '/api', '/exports', '/files', '/assets'];

/** index.html with this request's boot data; left to the proxy to compress (compression.ts). */
async function sendPage(
  c: Context,
  template: string,
  chunks: ShellChunks,
  boot: Boot,
): Promise<Response> {
  const data = await boot(c);
  const html = data === undefined ? template : pageWithBoot(template, data, chunks);
  return c.html(html, 200, { 'Cache-Control': NO_STORE });
}

/** Serves the SPA built in webRoot on app, when there is one (tests and dev may have none). */
export function serveWebApp(app: Hono, webRoot: string | undefined, boot: Boot): void {
  if (!webRoot) return;
  const index = (() => {
    try {
      return indexWebRoot(webRoot);
    } catch {
      return new Map<string, StaticFile>();
    }
  })();
  const indexHtml = index.get('/index.html');
  if (!indexHtml) return;
  const template = readFileSync(indexHtml.identity.file, 'utf8');
  const chunks = readShellChunks(webRoot);
  const page = (c: Context) => sendPage(c, template, chunks, boot);
  app.get('*', (c) => {
    const path = decodePath(c.req.path);
    const file = path === '/' ? indexHtml : path ? index.get(path) : undefined;
    if (file === indexHtml) return page(c);
    if (file) return send(c, file);
    const wantsHtml = (c.req.header('accept') ?? '').includes('text/html');
    if (!wantsHtml || NOT_THE_APP.some((p) => c.req.path === p || c.req.path.startsWith(`${p}/`))) {
      return c.notFound();
    }
    return page(c);
  });
}
