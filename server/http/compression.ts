// Content coding of the static files: which coding a client accepts (brotli before gzip). The
// build compresses the web app once (scripts/precompress.ts) and staticAssets.ts serves the copy
// chosen here. Dynamic answers (tRPC's JSON, exports) leave the server as they are: the proxy in
// front (Caddy's `encode`, deploy/Caddyfile) compresses them on its own cores, which measured
// cheaper than doing it on the server's one event loop (README, « Performance »).
import { parseAccept } from 'hono/utils/accept';

export type Coding = 'br' | 'gzip';

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

/** A view a Response accepts as its body (a copy only if Node handed a shared buffer). */
export function asBody(buf: Buffer): Uint8Array<ArrayBuffer> {
  return buf.buffer instanceof ArrayBuffer
    ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    : Uint8Array.from(buf);
}
