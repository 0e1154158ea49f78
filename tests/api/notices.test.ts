// Payment notices: a payment gives each payee a notice (items, date, reference) by email in each
// recipient's language and as a PDF on their payments page; a reversal of a paid item gives a
// corrective notice; notices are append-only and only the payee and the coordinators read them.
import { eq, like } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import {
  outbox,
  paymentNoticeItems,
  paymentNotices,
  tranches,
  users,
} from '../../server/db/schema';
import { issuePaymentNotices } from '../../server/features/notices/paymentNotices';
import { acceptBoth } from '../helpers/agreements';
import { signIn } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { aPairingWorld } from '../helpers/pairingWorld';
import { pdfText } from '../helpers/pdfText';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let world: Awaited<ReturnType<typeof aPairingWorld>>;
let pairingId: number;
/** The approved claim's ledger entry (70 000 ¢ to the business) and the hire tranche's (60 000 ¢). */
let claimEntry: number;
let trancheEntry: number;

const NBSP = '\u00a0';

function mailTo(email: string) {
  return deps.db.select().from(outbox).where(eq(outbox.toAddress, email)).all();
}

beforeEach(async () => {
  deps = testDeps();
  world = await aPairingWorld(deps);
  pairingId = (await world.hire()).pairingId;
  const { w } = world;
  await acceptBoth(w.e1, w.c1, pairingId);
  deps.clock.set('2026-12-22T15:00:00.000Z');
  const claim = await w.e1.money.submitClaim({
    pairingId,
    periodStart: '2026-12-07',
    periodEnd: '2026-12-20',
    hoursWorked: 70,
    grossWagesCents: 140_000,
  });
  claimEntry =
    (await w.coord.money.reviewClaim({ id: claim.id, action: 'approve', comment: '' }))
      .ledgerEntryId ?? 0;
  const tranche = deps.db.select().from(tranches).get();
  trancheEntry =
    (await w.coord.money.reviewTranche({ id: tranche?.id ?? 0, action: 'approve', comment: '' }))
      .ledgerEntryId ?? 0;
  // The employer reads English; the organisation's manager French.
  deps.db.update(users).set({ locale: 'en-CA' }).where(eq(users.id, w.users.employer1.id)).run();
  deps.db.delete(outbox).run();
  // Paid a few days after the approvals (a payment is never dated after today).
  deps.clock.set('2026-12-28T15:00:00.000Z');
});

describe('a payment', () => {
  it('gives each payee a notice with its items, date and reference, emailed in each reader’s language', async () => {
    const { w } = world;
    await w.coord.money.markPaid({
      ledgerEntryId: claimEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-2026-0042',
    });
    await w.coord.money.markPaid({
      ledgerEntryId: trancheEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-2026-0043',
    });
    const notices = deps.db.select().from(paymentNotices).all();
    expect(
      notices.map((n) => [n.kind, n.payeeBusinessId !== null, n.totalCents, n.reference]),
    ).toEqual([
      ['payment', true, 70_000, 'VIR-2026-0042'],
      ['payment', false, 60_000, 'VIR-2026-0043'],
    ]);
    const [toEmployer] = mailTo(w.users.employer1.email);
    expect(toEmployer?.subject).toBe(`Payment notice no. ${notices[0]?.id} — $700.00`);
    expect(toEmployer?.textBody).toContain('Reference: VIR-2026-0042');
    expect(toEmployer?.textBody).toContain(
      'Wage subsidy, period from December 7, 2026 to December 20, 2026',
    );
    expect(toEmployer?.textBody).toContain(
      `http://localhost:3000/payment-notices/${notices[0]?.id}`,
    );
    const [toManager] = mailTo(w.users.admin1.email);
    expect(toManager?.subject).toBe(`Avis de paiement n° ${notices[1]?.id} — 600,00${NBSP}$`);
    expect(toManager?.textBody).toContain('Soutien à l’accompagnement, tranche à l’embauche');
    // The other business's people get nothing.
    expect(mailTo(w.users.employer2.email)).toEqual([]);
  });

  it('is listed and shown to its payee and the coordinators only', async () => {
    const { w } = world;
    await w.coord.money.markPaid({
      ledgerEntryId: claimEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-1',
    });
    await w.coord.money.markPaid({
      ledgerEntryId: trancheEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-2',
    });
    const [forBusiness, forOrganisation] = deps.db.select().from(paymentNotices).all();
    expect((await w.e1.notices.list({})).items.map((n) => n.id)).toEqual([forBusiness?.id]);
    expect((await w.admin1.notices.list({})).items.map((n) => n.id)).toEqual([forOrganisation?.id]);
    expect((await w.coord.notices.list({})).items).toHaveLength(2);
    expect((await w.e2.notices.list({})).items).toEqual([]);
    await expectAppError(
      w.e2.notices.get({ noticeId: forBusiness?.id ?? 0, locale: 'fr-CA' }),
      'notice.notFound',
    );
    await expectAppError(
      w.e1.notices.get({ noticeId: forOrganisation?.id ?? 0, locale: 'fr-CA' }),
      'notice.notFound',
    );
    await expectAppError(w.c1.notices.list({}), 'auth.forbidden');
    const shown = await w.e1.notices.get({ noticeId: forBusiness?.id ?? 0, locale: 'fr-CA' });
    expect(shown.document.title).toBe(`Avis de paiement n° ${forBusiness?.id}`);
  });

  it('reads back as a PDF with the items, the total, the date and the reference', async () => {
    const { w } = world;
    await w.coord.money.markPaid({
      ledgerEntryId: claimEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-2026-0042',
    });
    const notice = deps.db.select().from(paymentNotices).get();
    const app = createApp(deps);
    const res = await app.request(`/files/notices/${notice?.id}.pdf?locale=fr-CA`, {
      headers: { cookie: `passerelle_session=${signIn(deps, w.users.employer1.id).token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`avis-de-paiement-${notice?.id}.pdf`);
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain(`Avis de paiement n° ${notice?.id}`);
    expect(text).toContain('Date du paiement : 28 décembre 2026 · Référence : VIR-2026-0042');
    expect(text).toContain('Subvention salariale, période du 7 décembre 2026 au 20 décembre 2026');
    expect(text).toContain('700,00 $');
    const other = await app.request(`/files/notices/${notice?.id}.pdf`, {
      headers: { cookie: `passerelle_session=${signIn(deps, w.users.employer2.id).token}` },
    });
    expect(other.status).toBe(404);
  });

  it('of a batch gives each payee one notice with all its items, once even when the batch is sent again', async () => {
    const { w } = world;
    const second = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-21',
      periodEnd: '2026-12-27',
      hoursWorked: 35,
      grossWagesCents: 70_000,
    });
    const secondEntry =
      (await w.coord.money.reviewClaim({ id: second.id, action: 'approve', comment: '' }))
        .ledgerEntryId ?? 0;
    deps.db.delete(outbox).run();
    const batch = {
      batchKey: '6f1c2a52-6a0e-4c57-9b9e-0d6f1f7f4a11',
      ledgerEntryIds: [claimEntry, trancheEntry, secondEntry],
      paidOn: '2026-12-28',
      reference: 'LOT-2026-12',
    };
    await w.coord.money.payBatch(batch);
    const notices = deps.db.select().from(paymentNotices).all();
    expect(notices.map((n) => [n.payeeBusinessId !== null, n.totalCents, n.reference])).toEqual([
      [true, 70_000 + 35_000, 'LOT-2026-12'],
      [false, 60_000, 'LOT-2026-12'],
    ]);
    const items = deps.db.select().from(paymentNoticeItems).all();
    expect(items.map((i) => [i.noticeId, i.ledgerEntryId])).toEqual([
      [notices[0]?.id, claimEntry],
      [notices[0]?.id, secondEntry],
      [notices[1]?.id, trancheEntry],
    ]);
    expect(mailTo(w.users.employer1.email)).toHaveLength(1);
    expect(mailTo(w.users.admin1.email)).toHaveLength(1);
    // The same batch again (a retry): answered as recorded, no second notice nor email.
    expect((await w.coord.money.payBatch(batch)).replayed).toBe(true);
    expect(deps.db.select().from(paymentNotices).all()).toHaveLength(2);
    expect(mailTo(w.users.employer1.email)).toHaveLength(1);
  });

  it('puts every paid entry of one payee on one notice (a batch)', async () => {
    const { w } = world;
    const ids = deps.db.transaction((tx) =>
      issuePaymentNotices(deps, tx, {
        ledgerEntryIds: [claimEntry, trancheEntry, claimEntry],
        paidOn: '2026-12-28',
        reference: 'LOT-7',
        actorUserId: w.users.coordinator.id,
        now: deps.clock.now(),
      }),
    );
    expect(ids).toHaveLength(2);
    expect(deps.db.select().from(paymentNoticeItems).all()).toHaveLength(2);
    // Issued again for the same entries: nothing more.
    const again = deps.db.transaction((tx) =>
      issuePaymentNotices(deps, tx, {
        ledgerEntryIds: [claimEntry],
        paidOn: '2026-12-28',
        reference: 'LOT-7',
        actorUserId: w.users.coordinator.id,
        now: deps.clock.now(),
      }),
    );
    expect(again).toEqual([]);
  });
});

describe('a reversal', () => {
  it('of a paid item gives a corrective notice naming the notice it corrects', async () => {
    const { w } = world;
    await w.coord.money.markPaid({
      ledgerEntryId: claimEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-9',
    });
    const original = deps.db.select().from(paymentNotices).get();
    deps.db.delete(outbox).run();
    await w.coord.money.reverse({ ledgerEntryId: claimEntry, note: 'Heures comptées deux fois' });
    const correction = deps.db
      .select()
      .from(paymentNotices)
      .where(eq(paymentNotices.kind, 'correction'))
      .get();
    expect(correction).toMatchObject({
      totalCents: -70_000,
      reference: 'VIR-9',
      paidOn: '2026-12-28',
    });
    const item = deps.db
      .select()
      .from(paymentNoticeItems)
      .where(eq(paymentNoticeItems.noticeId, correction?.id ?? 0))
      .get();
    expect(item).toMatchObject({
      amountCents: -70_000,
      correctsNoticeId: original?.id,
      periodStart: '2026-12-07',
    });
    const [mail] = mailTo(w.users.employer1.email);
    expect(mail?.subject).toBe(`Corrective payment notice no. ${correction?.id} — -$700.00`);
    expect(mail?.textBody).toContain(`corrects payment notice no. ${original?.id}`);
    const shown = await w.e1.notices.get({ noticeId: correction?.id ?? 0, locale: 'fr-CA' });
    expect(shown.document.title).toBe(`Avis de paiement correctif n° ${correction?.id}`);
  });

  it('of an item never paid gives no notice (none went out)', async () => {
    await world.w.coord.money.reverse({ ledgerEntryId: claimEntry, note: 'Erreur' });
    expect(deps.db.select().from(paymentNotices).all()).toEqual([]);
  });

  it('notices are append-only in the database itself', async () => {
    await world.w.coord.money.markPaid({
      ledgerEntryId: claimEntry,
      paidOn: '2026-12-28',
      reference: 'VIR-1',
    });
    expect(() =>
      deps.db.$client.prepare('UPDATE payment_notices SET total_cents = 1').run(),
    ).toThrow(/append-only/);
    expect(() => deps.db.$client.prepare('DELETE FROM payment_notice_items').run()).toThrow(
      /append-only/,
    );
    expect(
      deps.db.select().from(paymentNotices).where(like(paymentNotices.reference, 'VIR-%')).all(),
    ).toHaveLength(1);
  });
});
