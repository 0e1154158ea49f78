import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3300);
const DB = 'test-results/e2e/passerelle.db';
const FILES = 'test-results/e2e/files';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e/artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? 'list' : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'fr-CA',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: no browser download here (STACK.md).
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The built app on a fresh database with demo data.
    command: `rm -rf test-results/e2e/passerelle.db* ${FILES} && node dist/server/main.js`,
    url: `http://localhost:${PORT}/healthz`,
    reuseExistingServer: false,
    // Seeding the demo data (agreements rendered and signed, pay stubs) on a busy machine.
    timeout: 180_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_PATH: DB,
      FILES_DIR: FILES,
      SEED_DEMO: '1',
      APP_URL: `http://localhost:${PORT}`,
      NODE_ENV: 'production',
    },
  },
});
