// Paying a batch: one server transaction (every entry paid, or none), idempotent on the
// client's batch key (unique in the database), refused for anyone but the coordination.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, ledgerEntries, paymentBatches, payments } from '../../server/db/schema';
import { databaseChecksum } from '../helpers/dbScan';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { aHire, anApprovedClaim as approvedClaim, openPhaseFor } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let phaseId: number;

/** The day the batches are paid: after the claimed period (Dec 7–20) has ended and been approved. */
const PAY_DAY = '2026-12-24';

/**
 * A pairing with an approved claim: its ledger entry, waiting to be paid. The hire is confirmed
 * before its start (Dec 7); the claim is submitted and approved on PAY_DAY, once its period has
 * ended (the time rules refuse a claim for a period still running).
 */
async function anApprovedClaim() {
  deps.clock.setToday('2026-12-01');
  const pairingId = await aHire(w.e1, w.c1);
  deps.clock.setToday(PAY_DAY);
  return approvedClaim(w, pairingId);
}

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  phaseId = await openPhaseFor(w, [w.users.counsellor1.organisationId ?? 0]);
});

const batch = (ledgerEntryIds: number[], over: Record<string, unknown> = {}) => ({
  batchKey: randomUUID(),
  ledgerEntryIds,
  paidOn: PAY_DAY,
  reference: 'LOT-2026-12',
  ...over,
});

describe('money.payBatch', () => {
  it('pays every entry of the batch in one go, with one date and reference', async () => {
    const ids = [await anApprovedClaim(), await anApprovedClaim(), await anApprovedClaim()];
    const result = await w.coord.money.payBatch(batch(ids));
    expect(result).toMatchObject({ count: 3, totalCents: 3 * 70_000, replayed: false });
    const rows = deps.db.select().from(payments).all();
    expect(rows.map((p) => p.ledgerEntryId).sort()).toEqual([...ids].sort());
    expect(new Set(rows.map((p) => `${p.paidOn} ${p.reference} ${p.batchId}`))).toEqual(
      new Set([`2026-12-24 LOT-2026-12 ${result.batchId}`]),
    );
    expect((await w.coord.phases.get({ phaseId })).budget?.wage.paid).toBe(3 * 70_000);
    expect((await w.coord.money.entriesToPay({})).items).toEqual([]);
    expect((await w.coord.money.reviewQueue()).toPay).toEqual({ count: 0, totalCents: 0 });
  });

  it('all or nothing: one entry that cannot be paid leaves every other unpaid, and says which', async () => {
    const good = [await anApprovedClaim(), await anApprovedClaim()];
    const reversed = await anApprovedClaim();
    await w.coord.money.reverse({ ledgerEntryId: reversed, note: 'Erreur' });
    const before = databaseChecksum(deps.db);
    const err = await expectAppError(
      w.coord.money.payBatch(batch([...good, reversed])),
      'ledger.alreadyReversed',
      'CONFLICT',
    );
    expect(err.params.entryId).toBe(reversed);
    expect(databaseChecksum(deps.db)).toBe(before);
    const paidLater = await anApprovedClaim();
    await w.coord.money.markPaid({
      ledgerEntryId: paidLater,
      paidOn: PAY_DAY,
      reference: 'A',
    });
    const before2 = databaseChecksum(deps.db);
    const err2 = await expectAppError(
      w.coord.money.payBatch(batch([...good, paidLater])),
      'ledger.alreadyPaid',
    );
    expect(err2.params.entryId).toBe(paidLater);
    await expectAppError(w.coord.money.payBatch(batch([...good, 999_999])), 'ledger.notFound');
    expect(databaseChecksum(deps.db)).toBe(before2);
  });

  it('keeps the date rule: a batch dated after today or before an entry’s approval is refused whole', async () => {
    const approvedFirst = await anApprovedClaim(); // approved on PAY_DAY
    deps.clock.setToday('2026-12-01');
    const later = await aHire(w.e1, w.c1);
    deps.clock.setToday('2026-12-28');
    const approvedLater = await approvedClaim(w, later);
    const before = databaseChecksum(deps.db);
    const early = await expectAppError(
      w.coord.money.payBatch(batch([approvedFirst, approvedLater], { paidOn: '2026-12-26' })),
      'ledger.paidBeforeApproval',
    );
    expect(early.field).toBe('paidOn');
    expect(early.params).toMatchObject({ entryId: approvedLater, approvedOn: '2026-12-28' });
    const future = await expectAppError(
      w.coord.money.payBatch(batch([approvedFirst, approvedLater], { paidOn: '2026-12-29' })),
      'ledger.paidInFuture',
    );
    expect(future.params).toMatchObject({ today: '2026-12-28' });
    expect(databaseChecksum(deps.db)).toBe(before);
    const paid = await w.coord.money.payBatch(
      batch([approvedFirst, approvedLater], { paidOn: '2026-12-28' }),
    );
    expect(paid).toMatchObject({ count: 2, replayed: false });
  });

  it('is idempotent: the same batch submitted twice, one after the other or at once, is paid once', async () => {
    const ids = [await anApprovedClaim(), await anApprovedClaim()];
    const input = batch(ids);
    const first = await w.coord.money.payBatch(input);
    const again = await w.coord.money.payBatch({ ...input, ledgerEntryIds: [...ids].reverse() });
    expect(again).toEqual({ ...first, replayed: true });

    const more = [await anApprovedClaim(), await anApprovedClaim()];
    const twice = batch(more);
    const results = await Promise.all([
      w.coord.money.payBatch(twice),
      w.coord.money.payBatch(twice),
      w.coord.money.payBatch(twice),
    ]);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.batchId)).size).toBe(1);
    expect(deps.db.select().from(payments).all()).toHaveLength(4);
    expect(deps.db.select().from(paymentBatches).all()).toHaveLength(2);
    const paidAudits = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'ledger.paid'))
      .all();
    expect(paidAudits).toHaveLength(4);
  });

  it('refuses another batch under a key already used, and writes nothing', async () => {
    const a = await anApprovedClaim();
    const b = await anApprovedClaim();
    const input = batch([a]);
    await w.coord.money.payBatch(input);
    const before = databaseChecksum(deps.db);
    await expectAppError(
      w.coord.money.payBatch({ ...input, ledgerEntryIds: [a, b] }),
      'ledger.batchKeyReused',
    );
    await expectAppError(
      w.coord.money.payBatch({ ...input, reference: 'AUTRE' }),
      'ledger.batchKeyReused',
    );
    await expectAppError(
      w.coord.money.payBatch({ ...input, paidOn: '2026-12-25' }),
      'ledger.batchKeyReused',
    );
    expect(databaseChecksum(deps.db)).toBe(before);
  });

  it('two batches racing for the same entry: one pays it, the other is refused whole', async () => {
    const shared = await anApprovedClaim();
    const onlyA = await anApprovedClaim();
    const onlyB = await anApprovedClaim();
    const outcomes = await Promise.allSettled([
      w.coord.money.payBatch(batch([onlyA, shared])),
      w.coord.money.payBatch(batch([onlyB, shared])),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const paid = deps.db
      .select({ id: payments.ledgerEntryId })
      .from(payments)
      .all()
      .map((p) => p.id)
      .sort();
    expect(paid.length).toBe(2);
    expect(paid).toContain(shared);
    expect(paid.includes(onlyA)).not.toBe(paid.includes(onlyB));
  });

  it('only the coordination pays; bad input is refused field by field', async () => {
    const id = await anApprovedClaim();
    for (const caller of [w.e1, w.c1, w.admin1]) {
      await expectAppError(caller.money.payBatch(batch([id])), 'auth.forbidden', 'FORBIDDEN');
    }
    await expectValidationError(w.coord.money.payBatch(batch([id], { batchKey: 'x' })), 'batchKey');
    await expectValidationError(w.coord.money.payBatch(batch([])), 'ledgerEntryIds');
    await expectValidationError(w.coord.money.payBatch(batch([id, id])), 'ledgerEntryIds');
    await expectValidationError(
      w.coord.money.payBatch(batch([id], { reference: '' })),
      'reference',
    );
    await expectValidationError(
      w.coord.money.payBatch(batch([id], { paidOn: '2026-02-30' })),
      'paidOn',
    );
    expect(deps.db.select().from(payments).all()).toHaveLength(0);
    expect(deps.db.select().from(ledgerEntries).all()).toHaveLength(1);
  });
});

describe('the review queue, at any size', () => {
  it('pages every list without skipping or repeating, with counts and totals of the whole list', async () => {
    const entries: number[] = [];
    for (let i = 0; i < 5; i++) entries.push(await anApprovedClaim());
    // One more claim waiting for review (its period has ended), and every pairing's hire
    // tranche is due.
    deps.clock.setToday('2027-01-04');
    const waiting = await w.e1.money.submitClaim({
      pairingId: (await w.coord.money.tranchesToReview({ limit: 1 })).items[0]?.pairingId ?? 0,
      periodStart: '2026-12-21',
      periodEnd: '2027-01-03',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });

    async function all<T extends { id: number }>(
      read: (cursor: string | undefined) => Promise<{
        items: T[];
        nextCursor: string | null;
        count: number;
        totalCents: number;
      }>,
    ) {
      const seen: T[] = [];
      let cursor: string | undefined;
      let pages = 0;
      let figures = { count: -1, totalCents: -1 };
      do {
        const page = await read(cursor);
        seen.push(...page.items);
        figures = { count: page.count, totalCents: page.totalCents };
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      return { seen, pages, figures };
    }

    const toPay = await all((cursor) => w.coord.money.entriesToPay({ limit: 2, cursor }));
    expect(toPay.pages).toBe(3);
    expect(toPay.seen.map((e) => e.id)).toEqual(entries);
    expect(toPay.figures).toEqual({ count: 5, totalCents: 5 * 70_000 });

    const tranches = await all((cursor) => w.coord.money.tranchesToReview({ limit: 2, cursor }));
    expect(tranches.seen).toHaveLength(5);
    expect(new Set(tranches.seen.map((t) => t.id)).size).toBe(5);
    expect(tranches.figures.count).toBe(5);
    expect(tranches.figures.totalCents).toBe(tranches.seen.reduce((s, t) => s + t.amountCents, 0));
    // Each item carries what the screen shows about its pairing.
    expect(tranches.seen[0]).toMatchObject({
      firstName: 'Amina',
      postingTitle: 'Préposé·e à l’entrepôt',
      phaseNumber: 10,
    });

    const claims = await all((cursor) => w.coord.money.claimsToReview({ limit: 2, cursor }));
    expect(claims.seen.map((c) => c.id)).toEqual([waiting.id]);
    expect(claims.figures.count).toBe(1);

    expect(await w.coord.money.reviewQueue()).toEqual({
      claims: claims.figures,
      tranches: tranches.figures,
      toPay: toPay.figures,
    });
  });

  it('is the coordination’s only', async () => {
    for (const caller of [w.e1, w.c1, w.admin1]) {
      await expectAppError(caller.money.reviewQueue(), 'auth.forbidden');
      await expectAppError(caller.money.entriesToPay({}), 'auth.forbidden');
      await expectAppError(caller.money.claimsToReview({}), 'auth.forbidden');
      await expectAppError(caller.money.tranchesToReview({}), 'auth.forbidden');
    }
  });
});
