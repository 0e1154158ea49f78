// Builds the dependencies from configuration: database (migrated), clock, mailer, logger,
// metrics. Replication is started by the server (main.ts), not here: tests run without it.
import pino from 'pino';
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { type Db, openDatabase } from './db/client';
import type { Deps } from './deps';
import { createFileStore } from './files/fileStore';
import { createMailer } from './mail/mailer';
import { registerDatabaseGauges } from './observability/databaseGauges';
import type { Logger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { replicationOff } from './ops/replication';

export function composeDeps(
  config: Config,
  overrides: { db?: Db; clock?: Clock; log?: (m: string) => void; logger?: Logger } = {},
): Deps {
  const db = overrides.db ?? openDatabase(config.DATABASE_PATH);
  const clock = overrides.clock ?? systemClock;
  const logger =
    overrides.logger ?? pino({ level: config.NODE_ENV === 'test' ? 'silent' : config.LOG_LEVEL });
  const log = overrides.log ?? ((m: string) => logger.info(m));
  const mailer = createMailer({ db, clock, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log });
  const metrics = createMetrics();
  const deps: Deps = {
    db,
    clock,
    config,
    mailer,
    files: createFileStore(config.FILES_DIR),
    log,
    logger,
    metrics,
    replication: replicationOff(),
  };
  registerDatabaseGauges(deps);
  return deps;
}
