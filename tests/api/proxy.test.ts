// Behind a proxy (TRUST_PROXY=1), over a real socket: the IP recorded for a login, and counted
// by its throttle, is the hop the trusted proxy appended to X-Forwarded-For, never what the
// client wrote; without a trusted proxy in front the header is ignored.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { auditEvents } from '../../server/db/schema';
import { aUser } from '../helpers/builders';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function listen(deps: TestDeps): Promise<string> {
  const app = createApp(deps);
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve(`http://127.0.0.1:${(info as AddressInfo).port}`);
    });
    servers.push(server);
  });
}

async function failLogin(base: string, email: string, forwardedFor: string) {
  const res = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ email, password: 'wrong password' }),
  });
  return res.status;
}

function failureIps(deps: TestDeps) {
  return deps.db
    .select({ ip: auditEvents.ip })
    .from(auditEvents)
    .where(eq(auditEvents.action, 'auth.login_failed'))
    .all()
    .map((r) => r.ip);
}

describe('client IP behind a proxy', { timeout: 30_000 }, () => {
  it('with TRUST_PROXY=1 and a loopback proxy: the rightmost untrusted hop, whatever the client prepends', async () => {
    const deps = testDeps({ TRUST_PROXY: '1' });
    const u = await aUser(deps.db, 'counsellor');
    const base = await listen(deps);
    // The client rotates a forged first entry; its proxy appends the real address.
    for (let i = 0; i < 5; i++) {
      expect(await failLogin(base, u.email, `10.9.9.${i}, 203.0.113.5`)).toBe(401);
    }
    expect(new Set(failureIps(deps))).toEqual(new Set(['203.0.113.5']));
    // So forging does not escape the (account, IP) limit.
    expect(await failLogin(base, u.email, '10.9.9.99, 203.0.113.5')).toBe(429);
  });

  it('a chain of trusted proxies (TRUSTED_PROXIES) is skipped', async () => {
    const deps = testDeps({ TRUST_PROXY: '1', TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' });
    const u = await aUser(deps.db, 'counsellor');
    const base = await listen(deps);
    await failLogin(base, u.email, '6.6.6.6, 198.51.100.7, 10.1.2.3');
    expect(failureIps(deps)).toEqual(['198.51.100.7']);
  });

  it('without TRUST_PROXY, or when the peer is not a trusted proxy, the header is ignored', async () => {
    const off = testDeps();
    const u = await aUser(off.db, 'counsellor');
    await failLogin(await listen(off), u.email, '203.0.113.5');
    expect(failureIps(off)).toEqual(['127.0.0.1']);

    const untrustedPeer = testDeps({ TRUST_PROXY: '1', TRUSTED_PROXIES: '10.0.0.1' });
    const v = await aUser(untrustedPeer.db, 'counsellor');
    await failLogin(await listen(untrustedPeer), v.email, '203.0.113.5');
    expect(failureIps(untrustedPeer)).toEqual(['127.0.0.1']);
  });
});
