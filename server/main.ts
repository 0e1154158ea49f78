// Entry point: configuration → database (migrated, seeded when empty) → HTTP server.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { composeDeps } from './compose';
import { type Config, ConfigError, loadConfig } from './config';
import { createJobRunner } from './jobs/runner';
import { DEMO_PASSWORD, demoAccounts, isEmpty, seedDemoData } from './seed/demoData';

function webRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/server/main.js → dist/web; server/main.ts (dev) → dist/web
  return here.endsWith('/dist/server') ? resolve(here, '../web') : resolve(here, '../dist/web');
}

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const deps = composeDeps(config);
  const seeded = config.SEED_DEMO && isEmpty(deps.db);
  if (seeded) await seedDemoData(deps);

  const app = createApp(deps, { webRoot: webRoot() });
  deps.mailer.start();
  const jobs = createJobRunner(deps);
  jobs.start();

  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(
      `Passerelle écoute sur / listening on http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${info.port}`,
    );
    console.log(
      `Base de données / database: ${config.DATABASE_PATH}${seeded ? ' (données de démonstration ajoutées / demo data seeded)' : ''}`,
    );
    if (config.SEED_DEMO) {
      console.log(
        `Comptes de démonstration / demo accounts (mot de passe / password: ${DEMO_PASSWORD}):`,
      );
      for (const a of demoAccounts) console.log(`  ${a.role.padEnd(12)} ${a.email}`);
    }
  });

  const shutdown = () => {
    deps.mailer.stop();
    jobs.stop();
    server.close(() => {
      deps.db.$client.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void main();
