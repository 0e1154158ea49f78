// The composition root: everything a use case needs, built once from the configuration.
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/client';
import type { FileStore } from './files/fileStore';
import type { Mailer } from './mail/mailer';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import type { Replication } from './ops/replication';

export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  mailer: Mailer;
  /** Files outside the database (FILES_DIR), by content hash. */
  files: FileStore;
  log: (message: string) => void;
  /** Structured logs: ids, roles, codes and durations only (observability/logger.ts). */
  logger: Logger;
  metrics: Metrics;
  /** Litestream's supervisor (ops/replication.ts), off unless the server started it. */
  replication: Replication;
}

/** Who is acting, and from where: passed to every use case. */
export interface Actor {
  userId: number;
  role: 'coordinator' | 'org_admin' | 'counsellor' | 'employer';
  organisationId: number | null;
  businessId: number | null;
  sessionId: string;
}

export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}
