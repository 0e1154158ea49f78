// Generic views of a test database, found from sqlite_master and pragma table_info, so a table
// added later is covered without editing the tests that use them.
import { createHash } from 'node:crypto';
import type { Db } from '../../server/db/client';

/** Every table of the application (not SQLite's own, not drizzle's migrations journal). */
export function tableNames(db: Db): string[] {
  return (
    db.$client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function columnNames(db: Db, table: string): string[] {
  return (db.$client.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map(
    (c) => c.name,
  );
}

/** A digest of every row of every table: equal before and after means nothing was written. */
export function databaseChecksum(db: Db): string {
  const h = createHash('sha256');
  for (const t of tableNames(db)) {
    h.update(t);
    h.update(JSON.stringify(db.$client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
  }
  return h.digest('hex');
}

/** Where `needle` occurs: "table.column" for every column of every table holding it. */
export function findEverywhere(db: Db, needle: string): string[] {
  const found: string[] = [];
  for (const t of tableNames(db)) {
    for (const c of columnNames(db, t)) {
      const row = db.$client
        .prepare(
          `SELECT count(*) AS n FROM "${t}" WHERE instr(lower(CAST("${c}" AS TEXT)), lower(?)) > 0`,
        )
        .get(needle) as { n: number };
      if (row.n > 0) found.push(`${t}.${c}`);
    }
  }
  return found;
}
