// Opens the SQLite database (WAL, foreign keys on) and applies the committed migrations.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { refreshPlannerStatistics } from './plannerStats';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * drizzle/ at the repository root, resolved from this module (not the working directory):
 * two levels up both from server/db/ (sources) and from dist/server/ (the built bundle).
 */
export function migrationsFolder(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../drizzle');
}

export function openSqlite(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Checkpoint the WAL every ~32 MB instead of every 4 MB: each checkpoint syncs the files and
  // stalls the write that triggers it; fewer, larger ones write each hot page once (a sustained
  // run of hires is ~35 % faster). The WAL file is reused afterwards, not grown.
  if (path !== ':memory:') sqlite.pragma('wal_autocheckpoint = 8000');
  return sqlite;
}

/**
 * The drizzle handle. Its transactions begin IMMEDIATE unless a caller says otherwise: the
 * database has other connections (Litestream's, a backup, a second process), and a DEFERRED
 * transaction that reads first and writes next fails outright (SQLITE_BUSY_SNAPSHOT, which no
 * busy timeout retries) when another connection committed in between. IMMEDIATE takes the
 * write lock at BEGIN, waiting for it under the busy timeout instead.
 */
export function wrap(sqlite: Database.Database): Db {
  const db = drizzle({ client: sqlite, schema, casing: 'snake_case' }) as Db;
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) =>
    transaction(run, { behavior: 'immediate', ...config })) as Db['transaction'];
  return db;
}

/**
 * Applies pending migrations, then brings the query planner's statistics up to date. Foreign keys are switched off around migrate() because a
 * table rebuild inside the migrator's transaction would otherwise cascade deletes
 * (STACK.md); a foreign_key_check afterwards refuses to continue on any violation.
 */
export function migrateDatabase(db: Db): void {
  const sqlite = db.$client;
  sqlite.pragma('foreign_keys = OFF');
  try {
    const before = appliedMigrations(sqlite);
    migrate(db, { migrationsFolder: migrationsFolder() });
    // Checking every foreign key is slow on a large database: only after a migration ran.
    const migrated = appliedMigrations(sqlite) !== before;
    if (migrated) {
      const violations = sqlite.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new Error(`Migration left ${violations.length} foreign key violation(s)`);
      }
    }
    // New indexes have no statistics yet; otherwise only tables that grew or never had any.
    refreshPlannerStatistics(sqlite, migrated ? 'all' : 'stale');
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}

function appliedMigrations(sqlite: Database.Database): number {
  const table = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'",
    )
    .get();
  if (!table) return 0;
  return (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number })
    .n;
}

export function openDatabase(path: string): Db {
  const db = wrap(openSqlite(path));
  migrateDatabase(db);
  return db;
}

/** SQLite's « database is locked » once the busy timeout ran out (the statement wrote nothing). */
export function isDatabaseBusy(err: unknown): boolean {
  return err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_BUSY');
}

/** A drizzle transaction handle (better-sqlite3 transactions are synchronous). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Helpers that work inside or outside a transaction take either. */
export type DbOrTx = Db | Tx;
