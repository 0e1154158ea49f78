import { defineConfig, devices } from '@playwright/test';
import { E2E_DB, MAIL_DB } from './tests/e2e/paths';

const PORT = Number(process.env.E2E_PORT ?? 3300);
const DB = E2E_DB;
const FILES = 'test-results/e2e/files';
// A second app with email on, for the flows that only work by email (« Recruter avec FIT »'s
// confirmation, the invitation that follows): its own database, and a mail sink on PORT + 2.
const MAIL_PORT = PORT + 1;
const SMTP_PORT = PORT + 2;
const serverEnv = {
  HOST: '127.0.0.1',
  SEED_DEMO: '1',
  NODE_ENV: 'production',
};
const emailSpecs = /growth\.spec\.ts/;

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
  projects: [
    {
      name: 'chromium',
      testIgnore: emailSpecs,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    {
      name: 'chromium-email',
      testMatch: emailSpecs,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: `http://localhost:${MAIL_PORT}`,
      },
    },
  ],
  webServer: [
    {
      // The built app on a fresh database with demo data.
      command: `rm -rf test-results/e2e/passerelle.db* ${FILES} && node dist/server/main.js`,
      url: `http://localhost:${PORT}/healthz`,
      reuseExistingServer: false,
      // Seeding the demo data (agreements rendered and signed, pay stubs) on a busy machine.
      timeout: 180_000,
      env: {
        ...serverEnv,
        PORT: String(PORT),
        DATABASE_PATH: DB,
        FILES_DIR: FILES,
        APP_URL: `http://localhost:${PORT}`,
      },
    },
    {
      command: `node tests/e2e/smtpSink.mjs ${SMTP_PORT}`,
      port: SMTP_PORT,
      reuseExistingServer: false,
    },
    {
      command: `rm -rf test-results/e2e/mail && mkdir -p test-results/e2e/mail && node dist/server/main.js`,
      url: `http://localhost:${MAIL_PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 180_000,
      env: {
        ...serverEnv,
        PORT: String(MAIL_PORT),
        DATABASE_PATH: MAIL_DB,
        FILES_DIR: 'test-results/e2e/mail/files',
        APP_URL: `http://localhost:${MAIL_PORT}`,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      },
    },
  ],
});
