// The client IP behind proxies: the nearest hop that is not a trusted proxy, read from the right
// of [X-Forwarded-For…, socket peer]; what the client writes itself (the left) is never taken
// while an untrusted hop stands to its right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientIp, parseTrustedProxies } from '../../server/http/clientIp';

const loopback = parseTrustedProxies('127.0.0.0/8,::1');
const lan = parseTrustedProxies('127.0.0.1,10.0.0.0/8');

describe('clientIp', () => {
  it('without TRUST_PROXY, is the socket peer whatever the headers say', () => {
    expect(
      clientIp({
        peer: '203.0.113.5',
        forwardedFor: '1.2.3.4',
        trustProxy: false,
        trusted: loopback,
      }),
    ).toBe('203.0.113.5');
  });

  it('behind one loopback proxy, is the entry the proxy appended (the rightmost), not the forged leftmost', () => {
    expect(
      clientIp({
        peer: '127.0.0.1',
        forwardedFor: '6.6.6.6, 203.0.113.5',
        trustProxy: true,
        trusted: loopback,
      }),
    ).toBe('203.0.113.5');
  });

  it('skips every trusted proxy of a chain', () => {
    expect(
      clientIp({
        peer: '10.0.0.2',
        forwardedFor: '6.6.6.6, 198.51.100.7, 10.0.0.9, 127.0.0.1',
        trustProxy: true,
        trusted: lan,
      }),
    ).toBe('198.51.100.7');
  });

  it('does not believe the header of a request that did not come through a trusted proxy', () => {
    expect(
      clientIp({
        peer: '198.51.100.7',
        forwardedFor: '127.0.0.1',
        trustProxy: true,
        trusted: loopback,
      }),
    ).toBe('198.51.100.7');
  });

  it('reads IPv6 and IPv4-mapped peers', () => {
    expect(
      clientIp({ peer: '::1', forwardedFor: '2001:db8::5', trustProxy: true, trusted: loopback }),
    ).toBe('2001:db8::5');
    expect(
      clientIp({
        peer: '::ffff:127.0.0.1',
        forwardedFor: '203.0.113.5',
        trustProxy: true,
        trusted: loopback,
      }),
    ).toBe('203.0.113.5');
  });

  it('stops at a hop that is not an address, and takes the peer', () => {
    expect(
      clientIp({
        peer: '127.0.0.1',
        forwardedFor: '203.0.113.5, garbage',
        trustProxy: true,
        trusted: loopback,
      }),
    ).toBe('127.0.0.1');
  });

  it('whatever a client prepends, the answer is the hop its trusted proxy appended', () => {
    const ipv4 = fc.ipV4();
    fc.assert(
      fc.property(fc.array(fc.oneof(ipv4, fc.string()), { maxLength: 5 }), ipv4, (forged, real) => {
        fc.pre(!real.startsWith('127.'));
        const header = [...forged, real].join(', ');
        expect(
          clientIp({
            peer: '127.0.0.1',
            forwardedFor: header,
            trustProxy: true,
            trusted: loopback,
          }),
        ).toBe(real);
      }),
    );
  });
});
