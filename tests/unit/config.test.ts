import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, DATABASE_PATH: './data/passerelle.db', SEED_DEMO: true });
    expect(c.appUrl).toBe('http://localhost:3000');
    expect(c.SMTP_URL).toBeUndefined();
  });

  it('reads and coerces values', () => {
    const c = loadConfig({
      PORT: '8080',
      SEED_DEMO: '0',
      APP_URL: 'https://fit.example.ca/',
      SMTP_URL: 'smtp://mail:25',
    });
    expect(c.PORT).toBe(8080);
    expect(c.SEED_DEMO).toBe(false);
    expect(c.appUrl).toBe('https://fit.example.ca');
  });

  it('seeds demo data by default except in production, where only SEED_DEMO=1 asks for it', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: '' }).SEED_DEMO).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: '1' }).SEED_DEMO).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
  });

  it('trusts loopback proxies by default and takes a list of addresses and ranges', () => {
    expect(loadConfig({}).trustedProxies.check('127.0.0.1', 'ipv4')).toBe(true);
    expect(loadConfig({}).trustedProxies.check('::1', 'ipv6')).toBe(true);
    expect(loadConfig({}).trustedProxies.check('10.0.0.1', 'ipv4')).toBe(false);
    const c = loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, fd00::/8 ,192.0.2.7' });
    expect(c.trustedProxies.check('10.9.8.7', 'ipv4')).toBe(true);
    expect(c.trustedProxies.check('fd00::1', 'ipv6')).toBe(true);
    expect(c.trustedProxies.check('192.0.2.7', 'ipv4')).toBe(true);
    expect(c.trustedProxies.check('127.0.0.1', 'ipv4')).toBe(false);
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/40' })).toThrow(/TRUSTED_PROXIES/);
    expect(() => loadConfig({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/TRUSTED_PROXIES/);
  });

  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '99999', SEED_DEMO: 'maybe', APP_URL: 'not a url' });
      expect.unreachable();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('SEED_DEMO');
      expect(msg).toContain('APP_URL');
      expect(msg).toContain('"maybe"');
    }
  });
});
