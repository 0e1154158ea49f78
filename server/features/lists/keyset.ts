// Keyset pagination on (sort key, id): the ORDER BY, the "after the cursor" condition and the
// next cursor, for any list. Sort columns are NOT NULL, so the row-value comparison is exact.
import { asc, desc, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { fieldError } from '../../../shared/errors';
import { type Cursor, encodeCursor, type Sort } from '../../../shared/lists';

export interface SortKey<Row> {
  column: SQLiteColumn | SQL;
  type: 'text' | 'int';
  /** The row's value of this key (to write the next cursor). */
  value: (row: Row) => string | number;
}

export type SortKeys<K extends string, Row> = Record<K, SortKey<Row>>;

export interface Keyset<Row> {
  /** Rows after the cursor; undefined on the first page. */
  after: SQL | undefined;
  orderBy: SQL[];
  /** Cuts the `limit + 1` rows read into the page and the cursor of the next one. */
  page: <R extends Row>(rows: R[], limit: number) => { items: R[]; nextCursor: string | null };
}

export function keyset<K extends string, Row extends { id: number }>(
  keys: SortKeys<K, Row>,
  idColumn: SQLiteColumn,
  sort: Sort<K>,
  cursor: Cursor | undefined,
  /** Bind the cursor as `cursorValue` / `cursorId` placeholders (for prepared statements). */
  placeholders = false,
): Keyset<Row> {
  const key = keys[sort.by];
  const byId = key.column === idColumn;
  const dir = sort.dir === 'asc' ? asc : desc;
  const orderBy = byId ? [dir(idColumn)] : [dir(key.column), dir(idColumn)];
  let after: SQL | undefined;
  if (cursor) {
    const typeOk =
      key.type === 'int' ? typeof cursor.value === 'number' : typeof cursor.value === 'string';
    if (cursor.by !== sort.by || !typeOk) throw fieldError('cursor', 'request.invalidInput');
    const op = sort.dir === 'asc' ? sql.raw('>') : sql.raw('<');
    const value = placeholders ? sql.placeholder('cursorValue') : cursor.value;
    const id = placeholders ? sql.placeholder('cursorId') : cursor.id;
    after = byId
      ? sql`${idColumn} ${op} ${id}`
      : sql`(${key.column}, ${idColumn}) ${op} (${value}, ${id})`;
  }
  return {
    after,
    orderBy,
    page: (rows, limit) => {
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor({ by: sort.by, value: key.value(last), id: last.id })
          : null;
      return { items, nextCursor };
    },
  };
}

/** `%text%` for LIKE … ESCAPE '\\' (see `matches`). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL: `column` contains the text a `likePattern` (or a placeholder holding one) stands for. */
export function matches(column: SQLiteColumn | SQL, pattern: unknown): SQL {
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}
