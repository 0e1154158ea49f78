// Builds the dependencies from configuration: database (migrated), clock, mailer, logger.
import { type Clock, systemClock } from './clock';
import type { Config } from './config';
import { type Db, openDatabase } from './db/client';
import type { Deps } from './deps';
import { createFileStore } from './files/fileStore';
import { createMailer } from './mail/mailer';

export function composeDeps(
  config: Config,
  overrides: { db?: Db; clock?: Clock; log?: (m: string) => void } = {},
): Deps {
  const db = overrides.db ?? openDatabase(config.DATABASE_PATH);
  const clock = overrides.clock ?? systemClock;
  const log = overrides.log ?? ((m: string) => console.log(m));
  const mailer = createMailer({ db, clock, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM, log });
  const files = createFileStore(config.FILES_DIR);
  return { db, clock, config, mailer, files, log };
}
