// The entries waiting for payment, kept by the database (migration entries_to_pay): an approved
// entry joins the list, a payment or a reversal takes it off, a refused batch changes nothing,
// and the migration's backfill puts rows written before it in the same state. The queue's
// figures and pages read that list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../server/db/client';
import { expectAppError } from '../helpers/expectError';
import { entriesToPayRecomputed } from '../helpers/invariants';
import { aPairing, aWorldWithOpenPhase, periodOf, type World } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: World;
let pairingId: number;

beforeEach(async () => {
  deps = testDeps();
  ({ w } = await aWorldWithOpenPhase(deps));
  ({ pairingId } = await aPairing(w.e1, w.c1));
  deps.clock.setToday('2027-03-01');
});

/** Claims of periods 0…n-1 (70 h at 20 $: 700 $ of subsidy each), approved: their entries. */
async function approvedEntries(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let k = 0; k < n; k++) {
    const { id } = await w.e1.money.submitClaim({
      pairingId,
      ...periodOf(k),
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    const { ledgerEntryId } = await w.coord.money.reviewClaim({ id, action: 'approve' });
    ids.push(ledgerEntryId ?? 0);
  }
  return ids;
}

const queued = async () => (await w.coord.money.entriesToPay({ limit: 50 })).items.map((e) => e.id);

describe('entries to pay', () => {
  it('an approval adds the entry; a payment, a batch or a reversal takes it off; the figures follow', async () => {
    const [a = 0, b = 0, c = 0, d = 0] = await approvedEntries(4);
    expect(await queued()).toEqual([a, b, c, d]);
    expect((await w.coord.money.reviewQueue()).toPay).toEqual({ count: 4, totalCents: 280_000 });

    await w.coord.money.markPaid({ ledgerEntryId: a, paidOn: '2027-03-01', reference: 'V-1' });
    await w.coord.money.reverse({ ledgerEntryId: b, note: 'Heures en double' });
    expect(await queued()).toEqual([c, d]);
    // A batch refused whole (one entry already paid) leaves the list as it was.
    await expectAppError(
      w.coord.money.payBatch({
        batchKey: crypto.randomUUID(),
        ledgerEntryIds: [c, a],
        paidOn: '2027-03-01',
        reference: 'L-1',
      }),
      'ledger.alreadyPaid',
    );
    expect(await queued()).toEqual([c, d]);
    await w.coord.money.payBatch({
      batchKey: crypto.randomUUID(),
      ledgerEntryIds: [c, d],
      paidOn: '2027-03-01',
      reference: 'L-2',
    });
    expect(await queued()).toEqual([]);
    expect((await w.coord.money.reviewQueue()).toPay).toEqual({ count: 0, totalCents: 0 });
    expect(entriesToPayRecomputed(deps.db)).toEqual([]);
  });

  it('the migration lists what was approved before it: not paid, not reversed, not a reversal', async () => {
    const [a = 0, b = 0, c = 0] = await approvedEntries(3);
    await w.coord.money.markPaid({ ledgerEntryId: a, paidOn: '2027-03-01', reference: 'V-1' });
    await w.coord.money.reverse({ ledgerEntryId: b, note: 'Erreur' });
    // The database as it was before the migration: no list, no triggers.
    const sqlite = deps.db.$client;
    sqlite.exec(`DROP TRIGGER entries_to_pay_entry; DROP TRIGGER entries_to_pay_reversal;
      DROP TRIGGER entries_to_pay_payment; DROP TABLE entries_to_pay;`);
    const migration = readFileSync(join(migrationsFolder(), '0022_entries_to_pay.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) sqlite.exec(statement);
    expect(await queued()).toEqual([c]);
    expect(entriesToPayRecomputed(deps.db)).toEqual([]);
  });
});
