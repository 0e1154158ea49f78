// The composition root: everything a use case needs, built once from the configuration.
import type { Clock } from './clock';
import type { Config } from './config';
import type { Db } from './db/client';
import type { FileStore } from './files/fileStore';
import type { Mailer } from './mail/mailer';

export interface Deps {
  db: Db;
  clock: Clock;
  config: Config;
  mailer: Mailer;
  /** Files outside the database (FILES_DIR), by content hash. */
  files: FileStore;
  log: (message: string) => void;
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
