// On the wire: the SPA's initial JavaScript as a browser receives it, and Lighthouse's mobile
// performance score and cumulative layout shift on a few pages, with Debian's Chromium,
// offline — through the proxy production puts in front (Caddy with `encode zstd gzip`, as in
// deploy/Caddyfile: the server sends its precompressed static files, the proxy compresses the
// JSON), or straight from the server when Caddy is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './lib/proc';
import { BROWSER_HEADERS } from './lib/trpc';

/** Caddy in front of `target` on `port`, compressing as in production; null without Caddy. */
export async function startProxy(target: string, port: number) {
  if (spawnSync('caddy', ['version']).status !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-proxy-'));
  const config = join(dir, 'Caddyfile');
  writeFileSync(
    config,
    `{\n\tadmin off\n\tauto_https off\n}\nhttp://127.0.0.1:${port} {\n\tencode zstd gzip\n\treverse_proxy ${new URL(target).host}\n}\n`,
  );
  const child = spawn('caddy', ['run', '--adapter', 'caddyfile', '--config', config], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2_000);
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { base, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`caddy did not answer on ${base}: ${stderr}`);
}

/** GET with a browser's Accept-Encoding; the bytes as received (not decoded). */
function rawGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; bytes: number; body: Buffer; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { headers: { ...BROWSER_HEADERS, accept: '*/*', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            bytes: body.length,
            body,
            encoding: String(res.headers['content-encoding'] ?? 'identity'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The initial JS of the login page (scripts and module preloads of index.html), as transferred. */
export async function initialJsTransfer(base: string) {
  const page = await rawGet(`${base}/login`, {
    accept: 'text/html',
    'accept-encoding': 'identity',
  });
  const html = page.body.toString('utf8');
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) srcs.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    srcs.add(m[1] ?? '');
  let bytes = 0;
  const encodings = new Set<string>();
  for (const src of srcs) {
    if (!src) continue;
    const res = await rawGet(new URL(src, base).toString());
    if (res.status !== 200) throw new Error(`${src}: HTTP ${res.status}`);
    bytes += res.bytes;
    encodings.add(res.encoding);
  }
  return { kb: Math.round((bytes / 1024) * 10) / 10, files: srcs.size, encodings: [...encodings] };
}

export interface LighthousePage {
  name: string;
  path: string;
  cookie?: string;
}

/** Lighthouse (mobile, its default) on each page, one Chromium each; performance score and CLS. */
export async function lighthouse(base: string, pages: LighthousePage[]) {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-lighthouse-'));
  const results: Record<
    string,
    { score: number; cls: number; lcp_ms: number; tbt_ms: number; fcp_ms: number }
  > = {};
  const failures: Record<string, string> = {};
  try {
    for (const page of pages) {
      const out = join(dir, `${page.name}.json`);
      const args = [
        join(root, 'node_modules', 'lighthouse', 'cli', 'index.js'),
        `${base}${page.path}`,
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance',
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ];
      if (page.cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: page.cookie })}`);
      // A page Lighthouse could not measure (killed after 4 minutes on an overloaded machine,
      // or a runtime error) is reported as a failure, not as a score.
      try {
        await new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, args, {
            cwd: root,
            env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
            stdio: ['ignore', 'ignore', 'pipe'],
          });
          let stderr = '';
          child.stderr.on('data', (d: Buffer) => {
            stderr = (stderr + d.toString()).slice(-3_000);
          });
          const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
          child.on('exit', (code) => {
            clearTimeout(timer);
            if (code === 0) resolve();
            else reject(new Error(`lighthouse ${page.path} exited with ${code}: ${stderr}`));
          });
        });
        const report = JSON.parse(readFileSync(out, 'utf8')) as {
          finalDisplayedUrl?: string;
          categories: { performance: { score: number | null } };
          audits: Record<string, { numericValue?: number }>;
          runtimeError?: { message: string };
        };
        if (report.runtimeError)
          throw new Error(`lighthouse ${page.path}: ${report.runtimeError.message}`);
        // A page that sent the browser elsewhere (the login, the second factor's set-up) was
        // not the page measured: reported as a failure, not as its score.
        const landed = new URL(report.finalDisplayedUrl ?? `${base}${page.path}`);
        if (landed.pathname !== new URL(`${base}${page.path}`).pathname)
          throw new Error(`lighthouse ${page.path}: landed on ${landed.pathname}${landed.search}`);
        const num = (id: string) =>
          Math.round((report.audits[id]?.numericValue ?? 0) * 1_000) / 1_000;
        results[page.name] = {
          score: Math.round((report.categories.performance.score ?? 0) * 100),
          cls: num('cumulative-layout-shift'),
          lcp_ms: Math.round(num('largest-contentful-paint')),
          tbt_ms: Math.round(num('total-blocking-time')),
          fcp_ms: Math.round(num('first-contentful-paint')),
        };
      } catch (err) {
        failures[page.name] = err instanceof Error ? err.message.slice(0, 500) : String(err);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { results, failures };
}
