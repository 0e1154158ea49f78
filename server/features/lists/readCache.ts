// Results of hot reads kept until the database changes. The version is SQLite's own: the
// connection's total_changes() (every row this connection inserted, updated or deleted,
// triggers included) and PRAGMA data_version (bumped by commits of any other connection), so
// any write anywhere — even one unrelated to the list — drops every cached result, and a
// cached answer is always the one the query would give now. Never used inside a transaction
// (a rolled-back write does not lower total_changes).
import type { Db } from '../../db/client';

interface ReadCache {
  versionStmt: { get(): unknown };
  version: unknown;
  entries: Map<string, unknown>;
}

const caches = new WeakMap<object, ReadCache>();
const MAX_ENTRIES = 500;

function cacheOf(db: Db): ReadCache {
  let cache = caches.get(db);
  if (!cache) {
    const versionStmt = db.$client
      .prepare("SELECT total_changes() || ':' || data_version FROM pragma_data_version")
      .pluck();
    cache = { versionStmt, version: null, entries: new Map() };
    caches.set(db, cache);
  }
  return cache;
}

/** Values handed out by the cache: the same object to many callers, never mutated. */
const shared = new WeakSet<object>();
const json = new WeakMap<object, string>();

/**
 * JSON of a value: a cached read's serialisation is kept with it (the object is never
 * mutated), so a repeated answer is not serialised again.
 */
export function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !shared.has(value)) {
    return JSON.stringify(value) ?? 'null';
  }
  let text = json.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    json.set(value, text);
  }
  return text;
}

export function cachedRead<T>(db: Db, key: string, compute: () => T): T {
  if (db.$client.inTransaction || process.env.BENCH_NO_READCACHE === '1') return compute();
  const cache = cacheOf(db);
  const version = cache.versionStmt.get();
  if (version !== cache.version) {
    cache.entries.clear();
    cache.version = version;
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = compute();
  if (typeof value === 'object' && value !== null) shared.add(value);
  if (cache.entries.size >= MAX_ENTRIES) {
    const oldest = cache.entries.keys().next();
    if (!oldest.done) cache.entries.delete(oldest.value);
  }
  cache.entries.set(key, value);
  return value;
}
