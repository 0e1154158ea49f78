// The one way to keep prepared statements: a drizzle query prepared (`.prepare()`, values as
// `sql.placeholder()`) once per database handle and key, for the hot paths where building the
// SQL with drizzle and compiling it in SQLite cost more than running it. Tests open a handle
// per test, so statements never cross databases. A prepared query runs on the handle's
// connection, so it takes part in a transaction open on that connection: inside
// `db.transaction((tx) => …)`, pass `db` (not `tx`) to a helper that prepares its statements.
import type { Db, DbOrTx } from './client';

const byHandle = new WeakMap<Db, Map<string, unknown>>();

/** A database handle, as opposed to a transaction's (which does not say whose it is). */
function isDb(db: DbOrTx): db is Db {
  return '$client' in db;
}

/**
 * The statement `build` returns, built on the first call for this handle and key. The key
 * names the query (and its shape, when the SQL depends on which filters are present). Given a
 * transaction handle, `build` runs for this call only, as a query built in place would.
 */
export function prepared<T>(db: DbOrTx, key: string, build: () => T): T {
  if (!isDb(db)) return build();
  let statements = byHandle.get(db);
  if (!statements) {
    statements = new Map();
    byHandle.set(db, statements);
  }
  let statement = statements.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build();
    statements.set(key, statement);
  }
  return statement;
}
