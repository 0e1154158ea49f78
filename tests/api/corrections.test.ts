// Corrections (issue 11): a reversing ledger entry restores everything the reversed item blocked.
// A reversed claim stops counting against the pairing's maximum and frees its pay period, so the
// corrected claim for the same period can be submitted; budgets, the report and the employer's
// glance count only what stands. A reversed tranche is due again for a new decision. End to end
// through the real procedures; the data migration brings older reversals to the same state.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../server/db/client';
import { claims, ledgerEntries, pairings, tranches } from '../../server/db/schema';
import { expectAppError } from '../helpers/expectError';
import { aPairing, aWorldWithOpenPhase, periodOf, type World } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: World;
let phaseId: number;
let pairingId: number;

// 50 % × 20,00 $ × 70 h = 700,00 $ a period; × 6 = 4 200,00 $, the pairing's maximum.
const fullPeriod = { hoursWorked: 70, grossWagesCents: 140_000 };

beforeEach(async () => {
  deps = testDeps();
  ({ w, phaseId } = await aWorldWithOpenPhase(deps));
  ({ pairingId } = await aPairing(w.e1, w.c1));
  deps.clock.setToday('2027-03-01');
});

async function claimAndApprove(k: number, hours = fullPeriod.hoursWorked) {
  const period = periodOf(k);
  const { id } = await w.e1.money.submitClaim({
    pairingId,
    ...period,
    hoursWorked: hours,
    grossWagesCents: hours * 2000,
  });
  const { ledgerEntryId } = await w.coord.money.reviewClaim({ id, action: 'approve' });
  return { claimId: id, entryId: ledgerEntryId ?? 0 };
}

describe('a reversed claim', () => {
  it('stops counting against the maximum and frees its period: the corrected claim is submitted', async () => {
    const entries = [];
    for (let k = 0; k < 6; k++) entries.push(await claimAndApprove(k));
    const third = entries[2] ?? { claimId: 0, entryId: 0 };
    const corrected = {
      pairingId,
      ...periodOf(2),
      hoursWorked: 60,
      grossWagesCents: 120_000,
    };
    // Before the correction the period is taken and the maximum reached.
    await expectAppError(w.e1.money.submitClaim(corrected), 'claim.overlaps');
    expect((await w.e1.money.previewClaim(corrected)).remainingBeforeCents).toBe(0);

    // Only the coordinator reverses, once, with a note.
    await expectAppError(
      w.e1.money.reverse({ ledgerEntryId: third.entryId, note: 'Heures en double' }),
      'auth.forbidden',
    );
    await expectAppError(
      w.c1.money.reverse({ ledgerEntryId: third.entryId, note: 'Heures en double' }),
      'auth.forbidden',
    );
    await w.coord.money.reverse({ ledgerEntryId: third.entryId, note: 'Heures en double' });
    await expectAppError(
      w.coord.money.reverse({ ledgerEntryId: third.entryId, note: 'Encore' }),
      'ledger.alreadyReversed',
    );
    expect(deps.db.select().from(claims).where(eq(claims.id, third.claimId)).get()).toMatchObject({
      status: 'reversed',
    });
    await expectAppError(
      w.coord.money.reviewClaim({ id: third.claimId, action: 'approve' }),
      'claim.illegalTransition',
    );

    const preview = await w.e1.money.previewClaim(corrected);
    expect(preview).toMatchObject({
      amountCents: 60_000,
      remainingBeforeCents: 70_000,
      refusals: [],
    });
    const { id } = await w.e1.money.submitClaim(corrected);
    await w.coord.money.reviewClaim({ id, action: 'approve' });
    // Back at the maximum: one more cent is refused.
    await expectAppError(
      w.e1.money.submitClaim({ ...corrected, hoursWorked: 1, grossWagesCents: 2000 }),
      'claim.overlaps',
    );

    const approved = 6 * 70_000 - 70_000 + 60_000;
    const budget = (await w.coord.phases.get({ phaseId })).budget;
    expect(budget?.wage).toMatchObject({ committed: 420_000, approved });
    const report = await w.coord.reports.phase({ phaseId });
    expect(report.money.wage.approved).toBe(approved);
    const glance = (await w.e1.home.employer()).money;
    expect(glance.claims).toMatchObject({ approved: 6, submitted: 0 });
    expect(glance.toComeCents).toBe(approved);
    const listed = await w.coord.money.claims({ status: 'reversed' });
    expect(listed.items.map((c) => c.id)).toEqual([third.claimId]);
  });

  it('after an early end, a reversal frees the period within what the weeks worked can pay', async () => {
    await claimAndApprove(0);
    const { entryId } = await claimAndApprove(1);
    await w.c1.pairings.endEarly({ pairingId, endDate: '2027-01-03', reason: 'quit', comment: '' });
    await w.coord.money.reverse({ ledgerEntryId: entryId, note: 'Période mal saisie' });
    const { amountCents } = await w.e1.money.submitClaim({
      pairingId,
      ...periodOf(1),
      hoursWorked: 50,
      grossWagesCents: 100_000,
    });
    expect(amountCents).toBe(50_000);
  });
});

describe('a reversed tranche', () => {
  it('stops counting and is due again for a new decision; the commitment stays whole', async () => {
    const hire = deps.db.select().from(tranches).get();
    const { ledgerEntryId } = await w.coord.money.reviewTranche({
      id: hire?.id ?? 0,
      action: 'approve',
    });
    await w.coord.money.markPaid({
      ledgerEntryId: ledgerEntryId ?? 0,
      paidOn: '2027-03-01',
      reference: 'VIR-9',
    });
    await w.c1.pairings.endEarly({ pairingId, endDate: '2027-01-03', reason: 'quit', comment: '' });
    const committed = () =>
      deps.db.select().from(pairings).where(eq(pairings.id, pairingId)).get()
        ?.committedAccompanimentCents;
    expect(committed()).toBe(60_000);
    await w.coord.money.reverse({ ledgerEntryId: ledgerEntryId ?? 0, note: 'Mauvais organisme' });
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((t) => [t.milestone, t.status, t.amountCents, t.dueOn]),
    ).toEqual([
      ['hire', 'reversed', 60_000, '2026-12-07'],
      ['hire', 'due', 60_000, '2026-12-07'],
    ]);
    expect(committed()).toBe(60_000);
    const queue = await w.coord.money.tranchesToReview({ limit: 200 });
    const again = queue.items.find((t) => t.pairingId === pairingId);
    expect(again?.milestone).toBe('hire');
    let budget = (await w.coord.phases.get({ phaseId })).budget;
    // Paid stays paid (money that went out; the payee is asked for it back); approved nets out.
    expect(budget?.accompaniment).toMatchObject({ approved: 0, paid: 60_000, committed: 60_000 });
    await w.coord.money.reviewTranche({ id: again?.id ?? 0, action: 'approve' });
    budget = (await w.coord.phases.get({ phaseId })).budget;
    expect(budget?.accompaniment).toMatchObject({ approved: 60_000, committed: 60_000 });
  });
});

describe('the data migration of earlier reversals', () => {
  it('marks reversed claims and tranches and puts a new tranche up for decision', async () => {
    const claim = await claimAndApprove(0);
    const hire = deps.db.select().from(tranches).get();
    const t = await w.coord.money.reviewTranche({ id: hire?.id ?? 0, action: 'approve' });
    await w.coord.money.reverse({ ledgerEntryId: claim.entryId, note: 'x' });
    await w.coord.money.reverse({ ledgerEntryId: t.ledgerEntryId ?? 0, note: 'x' });
    const after = {
      claims: deps.db.select().from(claims).all(),
      tranches: deps.db.select().from(tranches).all(),
    };
    // The state the first release left: reversed items still 'approved', no new tranche.
    const raw = deps.db.$client;
    raw.exec("UPDATE claims SET status = 'approved'");
    raw.exec("DELETE FROM tranches WHERE status = 'due'");
    raw.exec("UPDATE tranches SET status = 'approved'");
    // Found by name: a migration's number moves when branches merge.
    const file = readdirSync(migrationsFolder()).find((f) =>
      /^\d+_time_rules_backfill\.sql$/.test(f),
    );
    expect(file).toBeDefined();
    const migration = readFileSync(join(migrationsFolder(), file ?? ''), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) raw.exec(statement);
    expect(deps.db.select().from(claims).all()).toEqual(after.claims);
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((x) => [x.milestone, x.status, x.amountCents, x.dueOn]),
    ).toEqual(after.tranches.map((x) => [x.milestone, x.status, x.amountCents, x.dueOn]));
    expect(deps.db.select().from(ledgerEntries).all()).toHaveLength(4);
  });
});
