// A real SQLite database per test: migrated once, then copied from a serialized image.
import Database from 'better-sqlite3';
import { type Db, migrateDatabase, wrap } from '../../server/db/client';

let image: Buffer | undefined;

function migratedImage(): Buffer {
  if (!image) {
    const db = wrap(new Database(':memory:'));
    migrateDatabase(db);
    image = db.$client.serialize();
    db.$client.close();
  }
  return image;
}

/** `options.verbose` sees every statement the connection runs (tests count queries with it). */
export function freshDb(options: Database.Options = {}): Db {
  const sqlite = new Database(migratedImage(), options);
  sqlite.pragma('foreign_keys = ON');
  return wrap(sqlite);
}
