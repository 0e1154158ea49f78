// The migration anonymisation_erasure removes, once, the copies of reversal notes the audit history used to keep
// (the note stays in its ledger entry, where anonymisation can erase it), and the history is
// append-only again afterwards.
import Database from 'better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, wrap } from '../../server/db/client';
import { folderBefore } from '../helpers/migrations';

describe('migration anonymisation_erasure (anonymisation and the append-only tables)', () => {
  it('strips the reversal notes copied into the audit history, and nothing else', () => {
    const db = wrap(new Database(':memory:'));
    db.$client.pragma('foreign_keys = OFF');
    migrate(db, { migrationsFolder: folderBefore('anonymisation_erasure') });
    const insert = db.$client.prepare(
      "INSERT INTO audit_events (at, action, subject_type, subject_id, details) VALUES ('2026-11-01T00:00:00.000Z', ?, 'ledger_entry', 1, ?)",
    );
    insert.run(
      'ledger.reversed',
      JSON.stringify({ reversalId: 2, amountCents: 100, note: 'Amina' }),
    );
    insert.run('ledger.paid', JSON.stringify({ amountCents: 100, reference: 'R', note: 'kept' }));
    migrateDatabase(db);
    const rows = db.$client
      .prepare('SELECT action, details FROM audit_events ORDER BY id')
      .all() as { action: string; details: string }[];
    expect(rows.map((r) => [r.action, JSON.parse(r.details)])).toEqual([
      ['ledger.reversed', { reversalId: 2, amountCents: 100 }],
      ['ledger.paid', { amountCents: 100, reference: 'R', note: 'kept' }],
    ]);
    expect(() => db.$client.prepare("UPDATE audit_events SET details = '{}'").run()).toThrow(
      /append-only/,
    );
  });
});
