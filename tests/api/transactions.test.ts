// Transactions next to other connections (Litestream's, a backup, a second process): a use case
// that reads and then writes must not fail because another connection committed in between
// (server/db/client.ts, wrap: IMMEDIATE by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../server/db/client';
import { rateLimitHits } from '../../server/db/schema';

let dir: string;
let db: Db;
let other: Database.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-tx-'));
  const path = join(dir, 'app.db');
  db = openDatabase(path);
  // Another process's connection to the same file, as Litestream's is; it does not wait.
  other = new Database(path);
  other.pragma('busy_timeout = 0');
});
afterEach(() => {
  other.close();
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const hit = (bucket: string) => ({ bucket, keyHash: 'k', at: '2026-12-06T12:00:00.000Z' });
const otherWrite = () =>
  other
    .prepare("INSERT INTO rate_limit_hits (bucket, key_hash, at) VALUES ('other', 'k', 'x')")
    .run();

describe('transactions', () => {
  it('a read-then-write use case commits even when another connection writes in between', () => {
    let interloper: unknown = null;
    db.transaction((tx) => {
      tx.select().from(rateLimitHits).all();
      // Another connection tries to commit between the read and the write: it must wait for
      // this transaction (SQLITE_BUSY for it), never the reverse.
      try {
        otherWrite();
      } catch (err) {
        interloper = (err as { code?: string }).code;
      }
      tx.insert(rateLimitHits).values(hit('mine')).run();
    });
    expect(interloper).toBe('SQLITE_BUSY');
    expect(
      db
        .select()
        .from(rateLimitHits)
        .all()
        .map((r) => r.bucket),
    ).toEqual(['mine']);
    // Once it has committed, the other connection writes as usual.
    otherWrite();
    expect(db.select().from(rateLimitHits).all()).toHaveLength(2);
  });

  it('what IMMEDIATE prevents: a deferred read-then-write fails when another commit came between', () => {
    expect(() =>
      db.transaction(
        (tx) => {
          tx.select().from(rateLimitHits).all();
          otherWrite();
          tx.insert(rateLimitHits).values(hit('mine')).run();
        },
        { behavior: 'deferred' },
      ),
    ).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY_SNAPSHOT' }));
    expect(
      db
        .select()
        .from(rateLimitHits)
        .all()
        .map((r) => r.bucket),
    ).toEqual(['other']);
  });
});
