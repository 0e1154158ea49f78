// Compiling SQL is a large part of a short query's cost: drizzle prepares every query it runs
// (`client.prepare(sql)`) and throws the statement away. The same SQL text comes back on every
// call of a use case, so the connection keeps its compiled statements, keyed by their text, in
// a bounded cache. Statements are only ever run synchronously (get/all/run), so one statement
// can serve every caller; raw mode is reset because drizzle switches it on per call.
import type Database from 'better-sqlite3';

const LIMIT = 1_000;

export function cacheStatements(sqlite: Database.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const cached = (source: string): Database.Statement => {
    const hit = cache.get(source);
    if (hit) {
      if (hit.reader) hit.raw(false);
      return hit;
    }
    const stmt = prepare(source);
    // Queries with IN lists of many lengths are many texts: start over rather than grow.
    if (cache.size >= LIMIT) cache.clear();
    cache.set(source, stmt);
    return stmt;
  };
  sqlite.prepare = cached as typeof sqlite.prepare;
}
