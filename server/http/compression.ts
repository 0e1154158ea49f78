// Content coding for the HTTP surface: which coding a client accepts (brotli before gzip), and
// a middleware that compresses dynamic responses (tRPC's JSON, CSV exports) once they are big
// enough to gain from it. Static files are compressed at build time (scripts/precompress.ts)
// and served by staticAssets.ts with the same choice of coding.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

export type Coding = 'br' | 'gzip';

/** Below this many bytes a compressed body saves less than the header and the work cost. */
export const MIN_COMPRESS_BYTES = 1024;

// The order is the server's preference when the client rates both codings alike.
const CODINGS: readonly Coding[] = ['br', 'gzip'];

/**
 * The coding to answer with for an Accept-Encoding header, among those available: the one the
 * client rates highest (q-values, `*`, `q=0` refusals), brotli on a tie; null for identity.
 */
export function pickCoding(
  acceptEncoding: string | undefined,
  available: readonly Coding[] = CODINGS,
): Coding | null {
  if (!acceptEncoding) return null;
  const accepts = parseAccept(acceptEncoding);
  const wildcard = accepts.find((a) => a.type === '*')?.q;
  let best: { coding: Coding; q: number } | null = null;
  for (const coding of CODINGS) {
    if (!available.includes(coding)) continue;
    const explicit = accepts.find((a) => a.type.toLowerCase() === coding);
    const q = explicit ? explicit.q : (wildcard ?? 0);
    if (q > 0 && (!best || q > best.q)) best = { coding, q };
  }
  return best?.coding ?? null;
}

/** Adds Accept-Encoding to a Vary header value unless it is already there (or `*`). */
export function varyOnAcceptEncoding(current: string | null): string {
  if (!current) return 'Accept-Encoding';
  if (current.trim() === '*' || /(?:^|,)\s*accept-encoding\s*(?:,|$)/i.test(current)) {
    return current;
  }
  return `${current}, Accept-Encoding`;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses a body for a dynamic response. Brotli at quality 5 and gzip at level 6 are the
 * usual trade-offs for content compressed on every request (the build uses the maximum).
 */
export async function compressBody(
  body: Uint8Array,
  coding: Coding,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = await (coding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
        },
      })
    : gzipAsync(body, { level: 6 }));
  return asBody(out);
}

/** A view a Response accepts as its body (a copy only if Node handed a shared buffer). */
export function asBody(buf: Buffer): Uint8Array<ArrayBuffer> {
  return buf.buffer instanceof ArrayBuffer
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : Uint8Array.from(buf);
}

const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/**
 * Compresses responses of a compressible type (JSON, text, CSV…) of at least
 * MIN_COMPRESS_BYTES with the best coding the client accepts. Responses already coded (the
 * precompressed static files), partial, HEAD, `no-transform` or small are left as they are.
 */
export function compressResponses(): MiddlewareHandler {
  return async function compressResponse(c, next) {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (
      !type ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      res.headers.has('content-encoding') ||
      res.status === 206 ||
      res.status === 204 ||
      res.status === 304 ||
      c.req.method === 'HEAD' ||
      noTransform.test(res.headers.get('cache-control') ?? '') ||
      !res.body
    ) {
      return;
    }
    // The representation depends on Accept-Encoding whatever this client asked for.
    res.headers.set('Vary', varyOnAcceptEncoding(res.headers.get('vary')));
    const coding = pickCoding(c.req.header('accept-encoding'));
    if (!coding) return;
    const declared = res.headers.get('content-length');
    if (declared && Number(declared) < MIN_COMPRESS_BYTES) return;
    const raw = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    let body: Uint8Array<ArrayBuffer> = raw;
    if (raw.byteLength >= MIN_COMPRESS_BYTES) {
      body = await compressBody(raw, coding);
      headers.set('Content-Encoding', coding);
      const etag = headers.get('etag');
      if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    }
    headers.set('Content-Length', String(body.byteLength));
    // Replaced wholesale (not through Hono's setter, which would merge the old headers back).
    c.res = undefined;
    c.res = new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}
