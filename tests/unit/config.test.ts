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
