// Transactions next to other connections (Litestream's, a backup, a second process): a use case
// that reads and then writes must not fail because another connection committed in between
// (server/db/client.ts, wrap: IMMEDIATE by default).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../server/db/client';
import { notifications, rateLimitHits } from '../../server/db/schema';
import { aUser } from '../helpers/builders';
import { callerWithToken, signIn } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { testDeps } from '../helpers/testDeps';

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

/** The other connection holds the write lock while `run` runs; the app waits 50 ms for it. */
async function whileLocked(run: () => Promise<void>) {
  db.$client.pragma('busy_timeout = 50');
  other.exec('BEGIN IMMEDIATE');
  try {
    await run();
  } finally {
    other.exec('ROLLBACK');
  }
}

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

  it('a database locked past the busy timeout answers 503 « retry », not 500, and writes nothing', async () => {
    const deps = testDeps({}, db);
    const user = await aUser(db, 'counsellor');
    db.insert(notifications)
      .values({
        userId: user.id,
        kind: 'proposal_received',
        params: {},
        link: '/proposals',
        dedupeKey: 'busy-test',
        createdAt: '2026-11-23T14:00:00.000Z',
        delivery: 'in_app',
      })
      .run();
    const { token } = signIn(deps, user.id);
    // Minutes later: the request also renews the session, which it cannot write either — the
    // renewal waits for the next request, and the refusal is the procedure's, not a 500.
    deps.clock.advanceMinutes(5);
    await whileLocked(async () => {
      const { caller, cookies } = callerWithToken(deps, token);
      expect(cookies.setCalls).toEqual([]);
      const err = await expectAppError(caller.notifications.markAllRead(), 'request.busy');
      expect(err.code).toBe('request.busy');
    });
    expect(
      db
        .select()
        .from(notifications)
        .all()
        .map((n) => n.readAt),
    ).toEqual([null]);
  });

  it('an expired session while the database is locked is simply signed out, not a 500', async () => {
    const deps = testDeps({}, db);
    const user = await aUser(db, 'counsellor');
    const { token } = signIn(deps, user.id);
    deps.clock.advanceMinutes(60 * 24 * 30);
    await whileLocked(async () => {
      const { caller, cookies } = callerWithToken(deps, token);
      expect(cookies.cleared).toBe(1);
      await expectAppError(caller.notifications.markAllRead(), 'auth.notAuthenticated');
    });
  });
});
