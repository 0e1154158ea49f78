// The end-to-end run through Caddy over HTTPS (playwright.tls.config.ts). Needs Caddy
// (apt-get install caddy; .ci/run installs it): without it, a developer's `npm test` says so and
// goes on, while CI (CI=true) fails.
import { spawnSync } from 'node:child_process';

const caddy = spawnSync('caddy', ['version'], { encoding: 'utf8' });
if (caddy.status !== 0) {
  const message =
    'Caddy is not installed: the HTTPS end-to-end run (through Caddy) did not run. apt-get install -y caddy';
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const run = spawnSync(
  process.execPath,
  ['node_modules/@playwright/test/cli.js', 'test', '-c', 'playwright.tls.config.ts'],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 1);
