// npm run backup makes a consistent copy while another connection keeps writing;
// npm run restore puts it back and keeps the replaced database aside.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client';
import { organisations } from '../../server/db/schema';
import { createFileStore } from '../../server/files/fileStore';
import { filesBeside } from '../../server/ops/databaseChecks';

function count(path: string): number {
  const db = new Database(path, { readonly: true });
  const n = (db.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n;
  db.close();
  return n;
}

describe('backup and restore', () => {
  it('copies a live database consistently and restores it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-backup-'));
    const path = join(dir, 'live.db');
    const db = openDatabase(path);
    const add = (n: number) =>
      db
        .insert(organisations)
        .values({
          name: `Organisme ${n}`,
          regionCode: '06',
          city: 'Montréal',
          createdAt: new Date().toISOString(),
        })
        .run();
    for (let i = 0; i < 50; i++) add(i);
    // A write transaction is left open on the live connection while the backup runs.
    db.$client.prepare('BEGIN IMMEDIATE').run();
    add(1000);
    const backup = join(dir, 'copy.db');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', backup], {
      env: { ...process.env, DATABASE_PATH: path },
    });
    db.$client.prepare('COMMIT').run();
    expect(count(backup)).toBe(50); // the committed state, not the half-done transaction
    for (let i = 50; i < 60; i++) add(i);
    db.$client.close();
    expect(count(path)).toBe(61);

    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', backup], {
      env: { ...process.env, DATABASE_PATH: path },
    });
    expect(count(path)).toBe(50);
    const kept = readdirSync(dir).filter((f) => f.startsWith('live.db.before-restore-'));
    expect(kept.length).toBeGreaterThan(0);
    expect(
      existsSync(join(dir, kept.find((f) => !f.endsWith('-wal') && !f.endsWith('-shm')) ?? 'x')),
    ).toBe(true);
  });

  it('copies the stored files (proofs, signed agreements) beside the database and puts them back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-backup-files-'));
    const path = join(dir, 'live.db');
    openDatabase(path).$client.close();
    const filesDir = join(dir, 'files');
    const store = createFileStore(filesDir);
    const a = store.put(new TextEncoder().encode('%PDF-1.4 talon de paie'));
    const b = store.put(new TextEncoder().encode('%PDF-1.4 entente signée'));
    const backup = join(dir, 'copy.db');
    const env = { ...process.env, DATABASE_PATH: path, FILES_DIR: filesDir };
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', backup], { env });
    const copy = createFileStore(filesBeside(backup));
    expect(copy.read(a.sha256)?.toString()).toBe('%PDF-1.4 talon de paie');
    expect(copy.has(b.sha256)).toBe(true);
    // Lost from the live directory: the restore brings them back.
    rmSync(filesDir, { recursive: true });
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', backup], { env });
    expect(store.read(b.sha256)?.toString()).toBe('%PDF-1.4 entente signée');
    expect(store.has(a.sha256)).toBe(true);
  });

  it('refuses to restore a file that is not a sound database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-restore-'));
    const bad = join(dir, 'bad.db');
    execFileSync('sh', ['-c', `printf 'not a database' > ${bad}`]);
    expect(() =>
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', bad], {
        env: { ...process.env, DATABASE_PATH: join(dir, 'target.db') },
        stdio: 'pipe',
      }),
    ).toThrow();
    expect(existsSync(join(dir, 'target.db'))).toBe(false);
  });
});
