// The checks a backup or a restored database must pass before anyone relies on it: SQLite's
// integrity_check and foreign_key_check.
import Database from 'better-sqlite3';

export interface DatabaseCheck {
  ok: boolean;
  integrity: string;
  foreignKeyViolations: number;
}

export function checkDatabaseFile(path: string): DatabaseCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const integrity = String(db.pragma('integrity_check', { simple: true }));
    const violations = (db.pragma('foreign_key_check') as unknown[]).length;
    return {
      ok: integrity === 'ok' && violations === 0,
      integrity,
      foreignKeyViolations: violations,
    };
  } catch (err) {
    return {
      ok: false,
      integrity: err instanceof Error ? err.message : String(err),
      foreignKeyViolations: 0,
    };
  } finally {
    db?.close();
  }
}

/** The uploaded files that go with a database copy: `x.db` → `x.files/`. */
export function filesBeside(dbFile: string): string {
  return `${dbFile.replace(/\.db$/, '')}.files`;
}

export function timestampForNames(d = new Date()): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}
