import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { claims, ledgerEntries, pairings, payments, tranches } from '../../server/db/schema';
import { acceptBoth } from '../helpers/agreements';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let phaseId: number;
let pairingId: number;

const hire = { startDate: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35, plannedWeeks: 12 };
const twoWeeks = {
  periodStart: '2026-12-07',
  periodEnd: '2026-12-20',
  hoursWorked: 70,
  grossWagesCents: 140_000,
};

async function aPairing(employer = w.e1, counsellor = w.c1) {
  const posting = await employer.postings.create({ ...postingFields(), publish: true });
  const seeker = await counsellor.jobSeekers.create(jobSeekerFields());
  const proposal = await counsellor.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });
  const { pairingId } = await employer.pairings.confirmHire({ proposalId: proposal.id, ...hire });
  // Both parties accept the agreement: claims are refused before (tests/api/agreements.test.ts).
  await acceptBoth(employer, counsellor, pairingId);
  return pairingId;
}

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  const orgs = [w.users.counsellor1.organisationId ?? 0, w.users.counsellor2.organisationId ?? 0];
  phaseId = (
    await w.coord.phases.create(
      phaseFields({
        organisations: orgs.map((organisationId) => ({ organisationId, pairingTarget: 5 })),
      }),
    )
  ).id;
  await w.coord.phases.transition({ phaseId, action: 'open' });
  pairingId = await aPairing();
});

describe('claims', () => {
  it('previews, then submits a claim computed by the shared calculator', async () => {
    deps.clock.setToday('2026-12-20'); // the period's last day: it can be claimed from then
    const preview = await w.e1.money.previewClaim({ pairingId, ...twoWeeks });
    // 50 % × 20,00 $ × 70 h
    expect(preview).toMatchObject({ amountCents: 70_000, refusals: [] });
    const r = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    expect(r.amountCents).toBe(70_000);
    expect(deps.db.select().from(claims).get()).toMatchObject({
      hoursWorkedHundredths: 7000,
      status: 'submitted',
    });
  });

  it('refuses a pay period that has not ended yet, with the dates, and writes nothing', async () => {
    deps.clock.setToday('2026-12-19');
    const early = await expectAppError(
      w.e1.money.submitClaim({ pairingId, ...twoWeeks }),
      'claim.periodNotEnded',
      'BAD_REQUEST',
    );
    expect(early.field).toBe('periodEnd');
    expect(early.params).toEqual({ end: '2026-12-20', today: '2026-12-19' });
    const preview = await w.e1.money.previewClaim({ pairingId, ...twoWeeks });
    expect(preview.refusals.map((r) => r.code)).toEqual(['claim.periodNotEnded']);
    expect(deps.db.select().from(claims).all()).toHaveLength(0);
    // Months ahead, as tried in the first release: the whole maximum on the first day.
    await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        ...twoWeeks,
        periodStart: '2027-02-15',
        periodEnd: '2027-02-28',
      }),
      'claim.periodNotEnded',
    );
    deps.clock.setToday('2026-12-20');
    await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
  });

  it('refuses overlapping periods, periods outside the pairing and hours beyond the weekly maximum; writes nothing', async () => {
    deps.clock.setToday('2027-01-04');
    await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    const overlap = await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        ...twoWeeks,
        periodStart: '2026-12-14',
        periodEnd: '2026-12-27',
      }),
      'claim.overlaps',
    );
    expect(overlap.params).toEqual({ start: '2026-12-07', end: '2026-12-20' });
    await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        ...twoWeeks,
        periodStart: '2026-11-23',
        periodEnd: '2026-12-06',
      }),
      'claim.outsidePairing',
    );
    const hours = await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        ...twoWeeks,
        periodStart: '2026-12-21',
        periodEnd: '2027-01-03',
        hoursWorked: 81,
      }),
      'claim.hoursAboveWeeklyMaximum',
    );
    expect(hours.field).toBe('hoursWorked');
    await expectValidationError(
      w.e1.money.submitClaim({ pairingId, ...twoWeeks, hoursWorked: -1 }),
      'hoursWorked',
    );
    await expectValidationError(
      w.e1.money.submitClaim({ pairingId, ...twoWeeks, grossWagesCents: 10.5 }),
      'grossWagesCents',
    );
    expect(deps.db.select().from(claims).all()).toHaveLength(1);
  });

  it('after the phase closes, claims are accepted until the deadline, then refused', async () => {
    deps.clock.setToday('2026-12-21');
    await w.coord.phases.transition({ phaseId, action: 'close' });
    await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    deps.clock.advanceMinutes(61 * 24 * 60); // the FIT rules give 60 days
    const late = await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        ...twoWeeks,
        periodStart: '2026-12-21',
        periodEnd: '2027-01-03',
      }),
      'claim.deadlinePassed',
    );
    expect(late.params).toEqual({ deadline: '2027-02-19' });
  });

  it('an employer cannot claim on another business’s pairing; a counsellor cannot approve', async () => {
    deps.clock.setToday('2026-12-21');
    await expectAppError(w.e2.money.submitClaim({ pairingId, ...twoWeeks }), 'pairing.notFound');
    await expectAppError(w.c1.money.submitClaim({ pairingId, ...twoWeeks }), 'auth.forbidden');
    const { id } = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    await expectAppError(w.c1.money.reviewClaim({ id, action: 'approve' }), 'auth.forbidden');
    await expectAppError(w.admin1.money.reviewClaim({ id, action: 'approve' }), 'auth.forbidden');
    expect(deps.db.select().from(ledgerEntries).all()).toHaveLength(0);
  });

  it('the sum of claims never exceeds the pairing maximum', async () => {
    deps.clock.setToday('2027-03-10');
    const max =
      deps.db.select().from(pairings).where(eq(pairings.id, pairingId)).get()
        ?.maxWageSubsidyCents ?? 0;
    let start = '2026-12-07';
    const days = (d: string, n: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    let total = 0;
    for (let i = 0; i < 6; i++) {
      const end = days(start, 13);
      const r = await w.e1.money.submitClaim({
        pairingId,
        periodStart: start,
        periodEnd: end,
        hoursWorked: 80,
        grossWagesCents: 500_000,
      });
      total += r.amountCents;
      start = days(end, 1);
    }
    expect(total).toBe(max);
    await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        periodStart: start,
        periodEnd: days(start, 6),
        hoursWorked: 10,
        grossWagesCents: 20_000,
      }),
      'claim.outsidePairing',
    );
  });
});

describe('review, payment and the append-only ledger', () => {
  it('approval appends a ledger entry; payment and reversal are appended too; the database refuses edits', async () => {
    deps.clock.setToday('2026-12-24');
    const { id } = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    expect((await w.coord.money.claimsToReview({})).items.map((c) => c.id)).toEqual([id]);
    expect((await w.coord.money.tranchesToReview({})).items.map((t) => t.pairingId)).toEqual([
      pairingId,
    ]);
    const { ledgerEntryId } = await w.coord.money.reviewClaim({ id, action: 'approve' });
    await w.coord.money.markPaid({
      ledgerEntryId: ledgerEntryId ?? 0,
      paidOn: '2026-12-24',
      reference: 'VIR-2026-001',
    });
    await expectAppError(
      w.coord.money.markPaid({
        ledgerEntryId: ledgerEntryId ?? 0,
        paidOn: '2026-12-24',
        reference: 'VIR-2',
      }),
      'ledger.alreadyPaid',
    );
    let budget = (await w.coord.phases.get({ phaseId })).budget;
    expect(budget?.wage).toMatchObject({ approved: 70_000, paid: 70_000 });
    await w.coord.money.reverse({
      ledgerEntryId: ledgerEntryId ?? 0,
      note: 'Heures saisies en double',
    });
    await expectAppError(
      w.coord.money.reverse({ ledgerEntryId: ledgerEntryId ?? 0, note: 'Encore' }),
      'ledger.alreadyReversed',
    );
    budget = (await w.coord.phases.get({ phaseId })).budget;
    expect(budget?.wage.approved).toBe(0);
    // A reversed entry not yet paid can no longer be paid, and leaves the "to pay" list.
    deps.clock.setToday('2027-01-04');
    const second = await w.e1.money.submitClaim({
      pairingId,
      ...twoWeeks,
      periodStart: '2026-12-21',
      periodEnd: '2027-01-03',
    });
    const approved = await w.coord.money.reviewClaim({ id: second.id, action: 'approve' });
    expect((await w.coord.money.entriesToPay({})).items.map((e) => e.id)).toContain(
      approved.ledgerEntryId,
    );
    await w.coord.money.reverse({
      ledgerEntryId: approved.ledgerEntryId ?? 0,
      note: 'Mauvaise période',
    });
    expect((await w.coord.money.entriesToPay({})).items.map((e) => e.id)).not.toContain(
      approved.ledgerEntryId,
    );
    await expectAppError(
      w.coord.money.markPaid({
        ledgerEntryId: approved.ledgerEntryId ?? 0,
        paidOn: '2027-01-10',
        reference: 'X',
      }),
      'ledger.alreadyReversed',
    );
    const raw = deps.db.$client;
    expect(() => raw.prepare('UPDATE ledger_entries SET amount_cents = 1').run()).toThrow(
      /append-only/,
    );
    expect(() => raw.prepare('DELETE FROM ledger_entries').run()).toThrow(/append-only/);
    expect(() => raw.prepare("UPDATE payments SET reference = 'x'").run()).toThrow(/append-only/);
    expect(
      deps.db
        .select()
        .from(ledgerEntries)
        .all()
        .map((e) => e.amountCents),
    ).toEqual([70_000, -70_000, 70_000, -70_000]);
    expect(deps.db.select().from(payments).all()).toHaveLength(1);
  });

  it('rejection needs a coded reason; a reviewed claim cannot be reviewed again', async () => {
    deps.clock.setToday('2026-12-21');
    const { id } = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    await expectValidationError(w.coord.money.reviewClaim({ id, action: 'reject' }), 'reason');
    await w.coord.money.reviewClaim({
      id,
      action: 'reject',
      reason: 'missing_documents',
      comment: 'Joindre le talon de paie',
    });
    await expectAppError(
      w.coord.money.reviewClaim({ id, action: 'approve' }),
      'claim.illegalTransition',
    );
    expect(deps.db.select().from(claims).get()).toMatchObject({
      status: 'rejected',
      rejectReason: 'missing_documents',
    });
    // A rejected claim frees its period.
    await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
  });

  it('tranches: hire at once, completion when completed, retention after a known 12-week outcome', async () => {
    const hireTranche = deps.db.select().from(tranches).get();
    expect(hireTranche).toMatchObject({ milestone: 'hire', amountCents: 60_000 });
    deps.clock.setToday('2026-12-07');
    await w.coord.money.reviewTranche({ id: hireTranche?.id ?? 0, action: 'approve' });
    deps.clock.setToday('2027-02-28');
    await w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' });
    await expectAppError(
      w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' }),
      'pairing.illegalTransition',
    );
    deps.clock.setToday('2027-05-24');
    await w.c1.pairings.recordRetention({ pairingId, outcome: 'unknown', checkedOn: '2027-05-23' });
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((t) => t.milestone),
    ).toEqual(['hire', 'completion']);
    await w.c1.pairings.recordRetention({
      pairingId,
      outcome: 'employed',
      checkedOn: '2027-05-24',
    });
    const all = deps.db.select().from(tranches).all();
    expect(all.map((t) => [t.milestone, t.amountCents])).toEqual([
      ['hire', 60_000],
      ['completion', 60_000],
      ['retention', 30_000],
    ]);
    const budget = (await w.coord.phases.get({ phaseId })).budget;
    expect(budget?.accompaniment).toMatchObject({ committed: 150_000, approved: 60_000 });
  });

  it('ending early releases the unused commitment back to the budget', async () => {
    deps.clock.setToday('2026-12-21');
    await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    const before = (await w.coord.phases.get({ phaseId })).budget;
    expect(before?.wage.committed).toBe(420_000); // 50 % × 20 $ × 35 h × 12
    await w.c1.pairings.endEarly({ pairingId, endDate: '2026-12-20', reason: 'quit', comment: '' });
    const after = (await w.coord.phases.get({ phaseId })).budget;
    expect(after?.wage.committed).toBe(70_000);
    expect(after?.accompaniment.committed).toBe(60_000);
    expect(deps.db.select().from(pairings).get()).toMatchObject({
      status: 'ended_early',
      retentionDueOn: '2027-03-14',
    });
  });

  it('each side sees only its own money', async () => {
    const other = await aPairing(w.e2, w.c2);
    deps.clock.setToday('2026-12-21');
    const a = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    const b = await w.e2.money.submitClaim({ pairingId: other, ...twoWeeks });
    await w.coord.money.reviewClaim({ id: a.id, action: 'approve' });
    await w.coord.money.reviewClaim({ id: b.id, action: 'approve' });
    expect((await w.coord.money.ledger({})).items).toHaveLength(2);
    expect((await w.e1.money.ledger({})).items.map((e) => e.pairingId)).toEqual([pairingId]);
    expect((await w.admin1.money.ledger({})).items.map((e) => e.pairingId)).toEqual([pairingId]);
    expect((await w.c2.money.ledger({})).items.map((e) => e.pairingId)).toEqual([other]);
    const phaseForAdmin = await w.admin1.phases.get({ phaseId });
    expect(phaseForAdmin.budget).toBeNull();
    expect(phaseForAdmin.participants.map((p) => p.organisationId)).toEqual([
      w.users.admin1.organisationId,
    ]);
    await expectAppError(w.e2.pairings.get({ pairingId }), 'pairing.notFound');
    await expectAppError(w.c2.pairings.get({ pairingId }), 'pairing.notFound');
    const forEmployer = await w.e1.pairings.get({ pairingId });
    expect(JSON.stringify(forEmployer)).not.toContain('NOTE-PRIVEE');
    expect(forEmployer.summary?.lastName).toMatch(/^D\.$/);
  });
});

describe('accompaniment', () => {
  it('counsellors log follow-ups; the agenda shows the next ones due and retention checks due', async () => {
    // The first follow-up is due a week after the start (7 Dec → 14 Dec), shown a week ahead.
    expect((await w.c1.pairings.agenda()).followUpsDue).toEqual([]);
    deps.clock.set('2026-12-08T14:00:00.000Z');
    let agenda = await w.c1.pairings.agenda();
    expect(agenda.followUpsDue.map((f) => [f.id, f.dueOn])).toEqual([[pairingId, '2026-12-14']]);
    await expectAppError(
      w.c1.pairings.logFollowUp({
        pairingId,
        on: '2026-12-08',
        withWhom: 'both',
        kind: 'visit',
        notes: '',
        nextOn: '2026-12-01',
      }),
      'followUp.nextBeforeDate',
    );
    deps.clock.set('2026-11-23T14:00:00.000Z');
    await w.c1.pairings.logFollowUp({
      pairingId,
      on: '2026-11-23',
      withWhom: 'both',
      kind: 'visit',
      notes: 'Tout va bien',
      nextOn: '2026-11-25',
    });
    agenda = await w.c1.pairings.agenda();
    expect(agenda.followUpsDue[0]).toMatchObject({
      id: pairingId,
      dueOn: '2026-11-25',
      overdue: false,
    });
    deps.clock.advanceMinutes(3 * 24 * 60);
    expect((await w.c1.pairings.agenda()).followUpsDue[0]?.overdue).toBe(true);
    expect((await w.c2.pairings.agenda()).followUpsDue).toEqual([]);
    await expectAppError(
      w.c2.pairings.logFollowUp({
        pairingId,
        on: '2026-11-23',
        withWhom: 'person',
        kind: 'call',
        notes: '',
        nextOn: null,
      }),
      'pairing.notFound',
    );
    const file = await w.c1.pairings.get({ pairingId });
    expect(file.followUps.map((f) => f.notes)).toEqual(['Tout va bien']);
    expect((await w.coord.pairings.get({ pairingId })).followUps).toEqual([]);
  });
});
