// Entry point: configuration → logger → database (migrated, seeded when empty) → replication →
// HTTP server.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAdaptorServer } from '@hono/node-server';
import { createApp } from './app';
import { composeDeps } from './compose';
import { type Config, ConfigError, loadConfig } from './config';
import { createJobRunner } from './jobs/runner';
import { createLogger } from './observability/logger';
import { startReplication } from './ops/replication';
import { DEMO_PASSWORD, demoAccounts, isEmpty, seedDemoData } from './seed/demoData';

/** The kernel caps it at net.core.somaxconn (4096 on current Linux). */
const LISTEN_BACKLOG = 4096;

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
  const logger = await createLogger({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const deps = composeDeps(config, { logger });
  deps.metrics.collectProcessMetrics();
  const seeded = config.SEED_DEMO && isEmpty(deps.db);
  if (seeded) await seedDemoData(deps);
  deps.replication = await startReplication({
    config,
    logger,
    metrics: deps.metrics,
    sqlite: deps.db.$client,
  });

  const app = createApp(deps, { webRoot: webRoot() });
  deps.mailer.start();
  const jobs = createJobRunner(deps);
  jobs.start();

  // A queue of connections waiting to be accepted as long as the system allows (Node's default
  // is 511): when many people arrive at once while the server is busy, a full queue drops their
  // connections and browsers retry after 1, 3, 7, 15 s (the benchmark's 200 users saw it).
  const server = createAdaptorServer({ fetch: app.fetch });
  server.listen({ port: config.PORT, host: config.HOST, backlog: LISTEN_BACKLOG }, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const host = config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    logger.info(
      { url: `http://${host}:${port}`, database: config.DATABASE_PATH, seeded },
      'Passerelle écoute / listening',
    );
    // Demo accounts are listed for a person at a terminal only: service logs carry no emails.
    if (config.SEED_DEMO && process.stdout.isTTY) {
      console.log(
        `Comptes de démonstration / demo accounts (mot de passe / password: ${DEMO_PASSWORD}):`,
      );
      for (const a of demoAccounts) console.log(`  ${a.role.padEnd(12)} ${a.email}`);
    }
  });

  let stopping = false;
  const shutdown = () => {
    if (stopping) return;
    stopping = true;
    deps.mailer.stop();
    jobs.stop();
    setTimeout(() => process.exit(0), 8_000).unref();
    server.close(async () => {
      await deps.replication.stop();
      deps.db.$client.close();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

void main();
