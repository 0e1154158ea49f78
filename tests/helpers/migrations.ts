// Migrations as they were before one of them: to test what a migration does to existing rows.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { migrationsFolder } from '../../server/db/client';

/** The migrations folder as it was before the migration named `tag` (number left out: it moves when branches merge), that one and later ones left out. */
export function folderBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'passerelle-migrations-'));
  cpSync(migrationsFolder(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  const cut = journal.entries.findIndex((e) => e.tag.replace(/^\d+_/, '') === tag);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}
