// npm run backup — a consistent online copy of the database, safe while the server runs
// (SQLite's backup API). Writes BACKUP_DIR/passerelle-YYYYMMDD-HHMMSS.db (default ./backups)
// and checks the copy's integrity. Usage: npm run backup [-- <destination file>]
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const source = resolve(process.env.DATABASE_PATH ?? './data/passerelle.db');
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const destination = resolve(
  process.argv[2] ?? join(process.env.BACKUP_DIR ?? './backups', `passerelle-${stamp}.db`),
);

mkdirSync(dirname(destination), { recursive: true });
const db = new Database(source, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
await db.backup(destination);
db.close();

const copy = new Database(destination, { readonly: true });
const check = copy.pragma('integrity_check', { simple: true });
copy.close();
if (check !== 'ok') {
  console.error(`Backup written to ${destination} but its integrity check says: ${check}`);
  process.exit(1);
}
console.log(`Sauvegarde / backup: ${destination}`);
