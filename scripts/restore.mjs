// npm run restore -- <backup file> — puts a backup back in place of DATABASE_PATH.
// Stop the server first. The current database is kept beside it as
// <name>.before-restore-<timestamp> (with its -wal file), then the backup is copied in after an
// integrity check. Start the server again: it applies any newer migrations.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

const backup = process.argv[2];
if (!backup) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}
const source = resolve(backup);
const target = resolve(process.env.DATABASE_PATH ?? './data/passerelle.db');

const check = new Database(source, { readonly: true, fileMustExist: true });
const ok = check.pragma('integrity_check', { simple: true });
check.close();
if (ok !== 'ok') {
  console.error(`Refused: the backup ${source} fails its integrity check (${ok}).`);
  process.exit(1);
}

const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
for (const suffix of ['', '-wal', '-shm']) {
  if (existsSync(target + suffix))
    renameSync(target + suffix, `${target}.before-restore-${stamp}${suffix}`);
}
copyFileSync(source, target);
console.log(`Restauré / restored ${source} → ${target}`);
