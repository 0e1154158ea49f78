// npm run backup — a consistent online copy of the database, safe while the server runs
// (SQLite's backup API), and of the uploaded files (FILES_DIR) beside it. Writes
// BACKUP_DIR/passerelle-YYYYMMDD-HHMMSS.db (default ./backups) and passerelle-….files/, then
// checks the copy (integrity_check, foreign_key_check).
// Usage: npm run backup [-- <destination file>]
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../server/config';
import { checkDatabaseFile, filesBeside, timestampForNames } from '../server/ops/databaseChecks';

const config = loadConfig();
const source = resolve(config.DATABASE_PATH);
const destination = resolve(
  process.argv[2] ??
    join(process.env.BACKUP_DIR ?? './backups', `passerelle-${timestampForNames()}.db`),
);

mkdirSync(dirname(destination), { recursive: true });
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
await db.backup(destination);
db.close();

const check = checkDatabaseFile(destination);
if (!check.ok) {
  console.error(
    `Backup written to ${destination} but its checks fail: integrity ${check.integrity}, ${check.foreignKeyViolations} foreign key violation(s)`,
  );
  process.exit(1);
}
const files = resolve(config.FILES_DIR);
if (existsSync(files)) cpSync(files, filesBeside(destination), { recursive: true });
console.log(`Sauvegarde / backup: ${destination}`);
if (existsSync(files)) console.log(`Fichiers / files: ${filesBeside(destination)}`);
