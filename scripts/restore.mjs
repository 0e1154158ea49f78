// npm run restore -- <backup file> — puts a backup back in place of DATABASE_PATH.
// Stop the server first. The current database is kept beside it as
// <name>.before-restore-<timestamp> (with its -wal file), then the backup is copied in after an
// integrity check. The stored files saved beside it (<backup>.files/) are copied back into
// FILES_DIR (those already there are kept). Start the server again: it applies any newer
// migrations.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

const filesCopy = `${source}.files`;
const filesDir = resolve(process.env.FILES_DIR ?? './data/files');
if (existsSync(filesCopy)) {
  let restored = 0;
  for (const prefix of readdirSync(filesCopy)) {
    for (const name of readdirSync(join(filesCopy, prefix))) {
      const into = join(filesDir, prefix, name);
      if (existsSync(into)) continue;
      mkdirSync(join(filesDir, prefix), { recursive: true });
      copyFileSync(join(filesCopy, prefix, name), into);
      restored++;
    }
  }
  console.log(`Fichiers / files: ${restored} → ${filesDir}`);
}
