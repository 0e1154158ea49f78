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

// One statement per database, prepared once: every table (found when first asked, so a table
// added later is in it), each row's columns joined into one text, against the needles of a
// temporary table: one pass over each table, whatever the number of columns and needles.
const needleScans = new WeakMap<Db, ReturnType<Db['$client']['prepare']>>();

function needleScan(db: Db) {
  let scan = needleScans.get(db);
  if (!scan) {
    db.$client.exec('CREATE TEMP TABLE IF NOT EXISTS scan_needles (needle TEXT NOT NULL)');
    const parts = tableNames(db).map((t) => {
      // char(31) (unit separator) between columns: no needle spans two of them.
      const row = columnNames(db, t)
        .map((c) => `coalesce(CAST("${t}"."${c}" AS TEXT), '')`)
        .join(' || char(31) || ');
      return `SELECT DISTINCT n.needle FROM "${t}" JOIN temp.scan_needles n ON instr(lower(${row}), lower(n.needle)) > 0`;
    });
    scan = db.$client.prepare(parts.join(' UNION '));
    needleScans.set(db, scan);
  }
  return scan;
}

/**
 * Where any of `needles` occurs (case-insensitive): "table.column needle" for every column of
 * every table holding one. The same scan as findEverywhere for many needles at once, in one
 * statement (what a test checking after every step can afford); the places of a needle found
 * are then read column by column.
 */
export function findAnyEverywhere(db: Db, needles: readonly string[]): string[] {
  if (needles.length === 0) return [];
  const scan = needleScan(db);
  const insert = db.$client.prepare('INSERT INTO temp.scan_needles (needle) VALUES (?)');
  db.$client.exec('DELETE FROM temp.scan_needles');
  for (const n of needles) insert.run(n);
  const found = scan.all({}) as { needle: string }[];
  db.$client.exec('DELETE FROM temp.scan_needles');
  return found.flatMap(({ needle }) => findEverywhere(db, needle).map((w) => `${w} ${needle}`));
}
