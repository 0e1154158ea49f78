// The connection's cache of compiled statements: the same SQL text gives the same statement,
// a statement drizzle switched to raw (array) rows answers with objects again on its next
// plain use, and the cache stays bounded.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../server/db/statementCache';

function db() {
  const sqlite = new Database(':memory:');
  cacheStatements(sqlite);
  sqlite.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
  sqlite.prepare('INSERT INTO t (name) VALUES (?)').run('a');
  return sqlite;
}

describe('statement cache', () => {
  it('reuses the compiled statement for the same SQL text', () => {
    const sqlite = db();
    const first = sqlite.prepare('SELECT id, name FROM t WHERE id = ?');
    expect(sqlite.prepare('SELECT id, name FROM t WHERE id = ?')).toBe(first);
    expect(sqlite.prepare('SELECT name FROM t WHERE id = ?')).not.toBe(first);
  });

  it('resets raw mode: a plain call after a raw one gets objects', () => {
    const sqlite = db();
    expect(sqlite.prepare('SELECT id, name FROM t').raw().all()).toEqual([[1, 'a']]);
    expect(sqlite.prepare('SELECT id, name FROM t').all()).toEqual([{ id: 1, name: 'a' }]);
  });

  it('stays bounded when many different texts are prepared', () => {
    const sqlite = db();
    const first = sqlite.prepare('SELECT 0 AS n');
    for (let i = 1; i <= 1_000; i++) sqlite.prepare(`SELECT ${i} AS n`);
    // The cache started over: the first text is compiled again, and still answers.
    const again = sqlite.prepare('SELECT 0 AS n');
    expect(again).not.toBe(first);
    expect(again.get()).toEqual({ n: 0 });
  });
});
