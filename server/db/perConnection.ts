// Prepared drizzle queries built once per database handle (tests open one per test), for hot
// paths: building a query's SQL costs more than running it. A prepared query is run on the
// handle's connection, so it takes part in a transaction open on that connection.
import type { Db } from './client';

export function perConnection<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let built = cache.get(db);
    if (built === undefined) {
      built = build(db);
      cache.set(db, built);
    }
    return built;
  };
}
