// The end-to-end run through Caddy over HTTPS (deploy/Caddyfile's set-up): the built app in
// production mode behind the proxy (APP_URL https://…, TRUST_PROXY=1), Caddy with its internal
// certificate authority. `npm test` runs it when Caddy is installed (scripts/e2e-tls.mjs).
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3300);
const TLS_PORT = Number(process.env.E2E_TLS_PORT ?? 4443);
const BASE = `https://localhost:${TLS_PORT}`;
const DIR = 'test-results/e2e-tls';

export default defineConfig({
  testDir: 'tests/e2e-tls',
  outputDir: `${DIR}/artifacts`,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // One long test (sign-in, a flow, a second browser), on a machine others share.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE,
    // Caddy's internal CA is not in the browser's trust store.
    ignoreHTTPSErrors: true,
    locale: 'fr-CA',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: `rm -rf ${DIR}/passerelle.db* ${DIR}/replica && node dist/server/main.js`,
      url: `http://127.0.0.1:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(PORT),
        HOST: '127.0.0.1',
        DATABASE_PATH: `${DIR}/passerelle.db`,
        FILES_DIR: `${DIR}/files`,
        SEED_DEMO: '1',
        APP_URL: BASE,
        TRUST_PROXY: '1',
        NODE_ENV: 'production',
        LOG_FORMAT: 'json',
      },
    },
    {
      command: 'caddy run --config tests/e2e-tls/Caddyfile --adapter caddyfile',
      // Listening on ::1 only (Node resolves localhost to 127.0.0.1): wait for the port.
      port: TLS_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      env: {
        E2E_PORT: String(PORT),
        E2E_TLS_PORT: String(TLS_PORT),
        // Caddy keeps its CA and certificates here, not in the user's home.
        XDG_DATA_HOME: `${process.cwd()}/${DIR}/caddy-data`,
        XDG_CONFIG_HOME: `${process.cwd()}/${DIR}/caddy-config`,
      },
    },
  ],
});
