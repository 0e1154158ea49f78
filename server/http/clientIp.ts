// The client's IP address, for throttling and the audit history. Directly on the Internet it is
// the socket's peer. Behind proxies (TRUST_PROXY=1) each proxy appends the address it received
// the request from to X-Forwarded-For, and whatever the client itself wrote comes first; so the
// chain [X-Forwarded-For entries…, socket peer] is read from the right, skipping the hops that
// are trusted proxies (TRUSTED_PROXIES, loopback by default): the first untrusted hop is the
// client. A request that does not come from a trusted proxy is not believed at all.
import { BlockList, isIP } from 'node:net';

export type TrustedProxies = BlockList;

/** Parses "127.0.0.0/8, ::1, 10.0.0.5" (addresses or CIDR ranges); throws on a bad entry. */
export function parseTrustedProxies(list: string): TrustedProxies {
  const block = new BlockList();
  for (const raw of list.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = '', prefixText] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`not an IP address: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefixText === undefined) {
      block.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    const max = family === 4 ? 32 : 128;
    if (!/^\d{1,3}$/.test(prefixText) || prefix > max) throw new Error(`bad prefix: ${entry}`);
    block.addSubnet(address, prefix, type);
  }
  return block;
}

function normalise(address: string): string | null {
  const a = address.trim();
  return isIP(a) === 0 ? null : a;
}

function isTrusted(trusted: TrustedProxies, address: string): boolean {
  return trusted.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

export function clientIp(p: {
  /** The socket's remote address; null for in-process requests (tests), read as trusted. */
  peer: string | null;
  forwardedFor: string | null | undefined;
  trustProxy: boolean;
  trusted: TrustedProxies;
}): string | null {
  const peer = p.peer === null ? null : normalise(p.peer);
  if (!p.trustProxy || !p.forwardedFor) return peer;
  if (peer !== null && !isTrusted(p.trusted, peer)) return peer;
  const hops = p.forwardedFor.split(',');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalise(hops[i] ?? '');
    // A hop that is not an address: the chain cannot be read past it.
    if (hop === null) return peer;
    if (!isTrusted(p.trusted, hop)) return hop;
  }
  // Every hop is a trusted proxy: the request started inside; the first hop is the origin.
  return normalise(hops[0] ?? '') ?? peer;
}
