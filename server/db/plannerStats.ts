// The query planner's statistics (sqlite_stat1). Without them, or with the approximate ones
// `PRAGMA optimize` gathers under its default analysis limit (a sample of ~2,000 index entries),
// SQLite misjudges how selective an index is: at scale 1 it read every completed pairing of the
// network, in start-date order, to find one business's 50 (98 ms) instead of the business's
// index (5 ms), and sorted every open posting of a trade with its counts before keeping 50. The
// measured effect on the benchmark's 1,500 list queries: SQL time per request 3.4 → 1.6 ms on
// average, 45 → 10 ms at the 99th percentile (README, « Performance »).
import type Database from 'better-sqlite3';

/**
 * Full statistics of the tables that need them. `analyze: 'all'` after a migration (a new
 * index has none); otherwise `PRAGMA optimize` in its « on open » form (0x10002: every table,
 * not only those this connection used) re-analyses only a table never analysed or whose size
 * changed a lot since — a no-op of a few milliseconds on a settled database. The analysis limit
 * is lifted (0) so what is gathered is exact, not sampled.
 */
export function refreshPlannerStatistics(
  sqlite: Database.Database,
  analyze: 'all' | 'stale' = 'stale',
): void {
  sqlite.pragma('analysis_limit = 0');
  if (analyze === 'all') sqlite.exec('ANALYZE');
  else sqlite.pragma('optimize = 0x10002');
}
