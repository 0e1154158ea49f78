// The query planner's statistics: exact (not sampled), gathered after a migration, and kept up
// to date by the housekeeping run when a table grows (server/db/plannerStats.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openSqlite, wrap } from '../../server/db/client';
import { refreshPlannerStatistics } from '../../server/db/plannerStats';
import { runHousekeeping } from '../../server/jobs/housekeeping';
import { folderBefore } from '../helpers/migrations';
import { testDeps } from '../helpers/testDeps';

type Sqlite = ReturnType<typeof openDatabase>['$client'];

/** `count(*)` of the table and the rows per `bucket` as the statistics say. */
function statsOf(sqlite: Sqlite, index: string): string | undefined {
  return (
    sqlite.prepare('SELECT stat FROM sqlite_stat1 WHERE idx = ?').get(index) as
      | { stat: string }
      | undefined
  )?.stat;
}

/** 6,000 rate-limit hits in 3 buckets of 2,000 each (more than the default sample of 2,000). */
function growRateLimitHits(sqlite: Sqlite, now = new Date()) {
  const insert = sqlite.prepare(
    'INSERT INTO rate_limit_hits (bucket, key_hash, at) VALUES (?, ?, ?)',
  );
  sqlite.transaction(() => {
    for (let i = 0; i < 6_000; i++)
      insert.run(`bucket-${i % 3}`, `key-${i}`, new Date(now.getTime() - i).toISOString());
  })();
}

/** What `PRAGMA optimize` would still analyse (its debug mode does nothing else). */
function stillToAnalyse(sqlite: Sqlite): string[] {
  return (sqlite.pragma('optimize = 0x10003') as { optimize: string }[]).map((r) => r.optimize);
}

describe('planner statistics', () => {
  const dirs: string[] = [];
  const folder = folderBefore('privacy_officer_title_en');
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('are exact after a housekeeping run once a table has grown: the real count, not a sample', () => {
    const deps = testDeps();
    const sqlite = deps.db.$client;
    // Hits of the last seconds (the housekeeping run purges old ones).
    growRateLimitHits(sqlite, deps.clock.now());
    expect(stillToAnalyse(sqlite)).toContain('ANALYZE "main"."rate_limit_hits"');
    runHousekeeping(deps);
    // 6,000 rows, 2,000 per bucket: a sampled analysis (the default limit) estimates both.
    expect(statsOf(sqlite, 'rate_limit_hits_key_idx')).toBe('6000 2000 1 1');
    expect(stillToAnalyse(sqlite)).not.toContain('ANALYZE "main"."rate_limit_hits"');
  });

  it('are gathered for every index when a migration runs, and left alone on a settled database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-stats-'));
    dirs.push(dir, folder);
    const path = join(dir, 'app.db');
    // A database one migration behind, with statistics of 6,000 rows.
    const before = wrap(openSqlite(path));
    migrate(before, { migrationsFolder: folder });
    growRateLimitHits(before.$client);
    refreshPlannerStatistics(before.$client);
    expect(statsOf(before.$client, 'rate_limit_hits_at_idx')).toBe('6000 1');
    before.$client.prepare('DELETE FROM rate_limit_hits WHERE id <= 30').run();
    before.$client.close();
    // The start that applies the last migration re-analyses everything: the 5,970 rows left.
    const migrated = openDatabase(path);
    expect(statsOf(migrated.$client, 'rate_limit_hits_at_idx')).toBe('5970 1');
    migrated.$client.prepare('DELETE FROM rate_limit_hits WHERE id <= 60').run();
    migrated.$client.close();
    // A start with nothing to migrate, after a small change: the statistics stay as they were
    // (optimize re-analyses only a table whose size changed a lot), and the start stays quick.
    const settled = openDatabase(path);
    expect(statsOf(settled.$client, 'rate_limit_hits_at_idx')).toBe('5970 1');
    settled.$client.close();
  });
});
