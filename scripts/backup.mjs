// npm run backup — a consistent online copy of the database, safe while the server runs
// (SQLite's backup API). Writes BACKUP_DIR/passerelle-YYYYMMDD-HHMMSS.db (default ./backups)
// and checks the copy's integrity; then copies the stored files (FILES_DIR, default
// ./data/files: proofs of pay, signed agreements) beside it, in <backup>.files/, each checked
// against its SHA-256 name. Usage: npm run backup [-- <destination file>]
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
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

// The files, after the database: every file its rows name was written before them, so it is
// there unless it was erased (anonymisation) since the copy of the database was taken.
const filesDir = resolve(process.env.FILES_DIR ?? './data/files');
const filesCopy = `${destination}.files`;
let copied = 0;
if (existsSync(filesDir)) {
  for (const prefix of readdirSync(filesDir)) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of readdirSync(join(filesDir, prefix))) {
      if (!/^[0-9a-f]{64}$/.test(name)) continue;
      mkdirSync(join(filesCopy, prefix), { recursive: true });
      const target = join(filesCopy, prefix, name);
      copyFileSync(join(filesDir, prefix, name), target);
      const sha = createHash('sha256').update(readFileSync(target)).digest('hex');
      if (sha !== name) {
        console.error(`Backup of files: ${target} does not match its SHA-256 (${sha}).`);
        process.exit(1);
      }
      copied++;
    }
  }
}
console.log(`Fichiers / files: ${copied} → ${filesCopy}`);
