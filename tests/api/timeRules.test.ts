// Rules that hold over time (issue 11, BRIEF): nothing is recorded as having happened after
// today (Quebec time), nothing before what it depends on. Each refusal is an error on the field,
// with the date and the limit, and writes nothing. Through the real procedures, the clock moved
// by the test. The test clock starts on 2026-11-23 (Quebec); the phase runs from 2026-11-01 to
// 2027-03-31 with a 14-day window for a start date in the past.
import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  claims,
  consents,
  followUps,
  jobSeekers,
  pairings,
  payments,
  proposals,
  tranches,
} from '../../server/db/schema';
import { currentFitRules } from '../../shared/money/rules';
import { jobSeekerFields, notProposableConsents } from '../helpers/builders';
import { expectAppError } from '../helpers/expectError';
import {
  aPairing,
  aProposal,
  aWorldWithOpenPhase,
  hireTerms,
  type World,
} from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: World;

function countOf(table: typeof claims | typeof pairings | typeof followUps | typeof payments) {
  return deps.db.select({ n: count() }).from(table).get()?.n ?? 0;
}

beforeEach(async () => {
  deps = testDeps();
  ({ w } = await aWorldWithOpenPhase(deps));
});

describe('a claim’s pay period', () => {
  it('is claimed from its last day on, Quebec time (not UTC)', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    const period = {
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    };
    // 2026-12-20 at 22:00 in Quebec is already the 21st in UTC: the period has not ended.
    deps.clock.set('2026-12-20T03:00:00.000Z');
    const e = await expectAppError(w.e1.money.submitClaim(period), 'claim.periodNotEnded');
    expect(e).toMatchObject({
      field: 'periodEnd',
      params: { end: '2026-12-20', today: '2026-12-19' },
    });
    expect(countOf(claims)).toBe(0);
    deps.clock.set('2026-12-20T05:00:00.000Z'); // midnight in Quebec: the 20th has come
    await w.e1.money.submitClaim(period);
    expect(countOf(claims)).toBe(1);
  });
});

describe('completion and early end', () => {
  it('happen on a date from the start to today; a pairing starting next week cannot be completed today', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    const before = await expectAppError(
      w.c1.pairings.complete({ pairingId, endDate: '2026-11-23' }),
      'pairing.endBeforeStart',
      'BAD_REQUEST',
    );
    expect(before).toMatchObject({
      field: 'endDate',
      params: { date: '2026-11-23', start: '2026-12-07' },
    });
    const future = await expectAppError(
      w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' }),
      'pairing.endInFuture',
    );
    expect(future).toMatchObject({
      field: 'endDate',
      params: { date: '2027-02-28', today: '2026-11-23' },
    });
    await expectAppError(
      w.e1.pairings.endEarly({ pairingId, endDate: '2030-01-01', reason: 'quit', comment: '' }),
      'pairing.endInFuture',
    );
    // The retention check cannot be recorded either: the pairing is still active.
    await expectAppError(
      w.c1.pairings.recordRetention({ pairingId, outcome: 'employed', checkedOn: '2026-11-23' }),
      'pairing.retentionNotAllowed',
    );
    expect(deps.db.select().from(pairings).get()).toMatchObject({
      status: 'active',
      endDate: null,
      retentionDueOn: null,
    });
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((t) => t.milestone),
    ).toEqual(['hire']);
    // On its start date it may end that very day.
    deps.clock.setToday('2026-12-07');
    await w.e1.pairings.endEarly({ pairingId, endDate: '2026-12-07', reason: 'quit', comment: '' });
    expect(deps.db.select().from(pairings).get()).toMatchObject({
      status: 'ended_early',
      endDate: '2026-12-07',
    });
  });

  it('another organisation cannot end it, whatever the date', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    deps.clock.setToday('2027-02-28');
    await expectAppError(
      w.c2.pairings.complete({ pairingId, endDate: '2027-02-28' }),
      'pairing.notFound',
    );
    await expectAppError(
      w.e2.pairings.endEarly({ pairingId, endDate: '2027-02-28', reason: 'quit', comment: '' }),
      'pairing.notFound',
    );
  });
});

describe('the 12-week retention check', () => {
  it('is recorded from its due date (end + 12 weeks), dated up to today', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    deps.clock.setToday('2027-02-28');
    await w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' });
    const early = await expectAppError(
      w.c1.pairings.recordRetention({ pairingId, outcome: 'employed', checkedOn: '2027-02-28' }),
      'pairing.retentionTooEarly',
      'BAD_REQUEST',
    );
    expect(early).toMatchObject({
      field: 'checkedOn',
      params: { date: '2027-02-28', dueOn: '2027-05-23' },
    });
    const ahead = await expectAppError(
      w.c1.pairings.recordRetention({ pairingId, outcome: 'employed', checkedOn: '2027-05-23' }),
      'pairing.retentionInFuture',
    );
    expect(ahead.params).toEqual({ date: '2027-05-23', today: '2027-02-28' });
    expect(deps.db.select().from(pairings).get()?.retentionOutcome).toBeNull();
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((t) => t.milestone),
    ).toEqual(['hire', 'completion']);
    deps.clock.setToday('2027-05-23');
    await expectAppError(
      w.c1.pairings.recordRetention({ pairingId, outcome: 'employed', checkedOn: '2027-05-24' }),
      'pairing.retentionInFuture',
    );
    await w.c1.pairings.recordRetention({
      pairingId,
      outcome: 'employed',
      checkedOn: '2027-05-23',
    });
    expect(
      deps.db
        .select()
        .from(tranches)
        .all()
        .map((t) => [t.milestone, t.dueOn]),
    ).toEqual([
      ['hire', '2026-12-07'],
      ['completion', '2027-02-28'],
      ['retention', '2027-05-23'],
    ]);
  });
});

describe('consents', () => {
  it('are given on a day that has come, at registration or later', async () => {
    const tomorrow = jobSeekerFields({
      consents: {
        participation: true,
        proposal: true,
        contactSharing: false,
        givenOn: '2026-11-24',
      },
    });
    const e = await expectAppError(w.c1.jobSeekers.create(tomorrow), 'consent.givenInFuture');
    expect(e).toMatchObject({
      field: 'consents.givenOn',
      params: { date: '2026-11-24', today: '2026-11-23' },
    });
    expect(deps.db.select({ n: count() }).from(jobSeekers).get()?.n).toBe(0);

    const { id } = await w.c1.jobSeekers.create(jobSeekerFields(notProposableConsents));
    const given = await expectAppError(
      w.c1.jobSeekers.giveConsent({ jobSeekerId: id, purpose: 'proposal', givenOn: '2028-01-01' }),
      'consent.givenInFuture',
    );
    expect(given).toMatchObject({ field: 'givenOn', params: { date: '2028-01-01' } });
    const file = await w.c1.jobSeekers.get({ jobSeekerId: id });
    expect(file.canBeProposed).toBe(false);
    expect(file.proposable).toBe(false);
    expect(deps.db.select({ n: count() }).from(consents).get()?.n).toBe(1);
  });

  it('are withdrawn between the day they were given and today', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields(notProposableConsents));
    await w.c1.jobSeekers.giveConsent({
      jobSeekerId: id,
      purpose: 'proposal',
      givenOn: '2026-11-20',
    });
    const before = await expectAppError(
      w.c1.jobSeekers.withdrawConsent({
        jobSeekerId: id,
        purpose: 'proposal',
        withdrawnOn: '2026-11-19',
      }),
      'consent.withdrawnBeforeGiven',
      'BAD_REQUEST',
    );
    expect(before).toMatchObject({
      field: 'withdrawnOn',
      params: { date: '2026-11-19', givenOn: '2026-11-20' },
    });
    // Withdrawing participation withdraws the proposal consent too: the latest given date holds.
    await expectAppError(
      w.c1.jobSeekers.withdrawConsent({
        jobSeekerId: id,
        purpose: 'participation',
        withdrawnOn: '2026-11-10',
      }),
      'consent.withdrawnBeforeGiven',
    );
    const ahead = await expectAppError(
      w.c1.jobSeekers.withdrawConsent({
        jobSeekerId: id,
        purpose: 'proposal',
        withdrawnOn: '2026-11-24',
      }),
      'consent.withdrawnInFuture',
    );
    expect(ahead.params).toEqual({ date: '2026-11-24', today: '2026-11-23' });
    expect(
      deps.db
        .select()
        .from(consents)
        .all()
        .every((c) => c.withdrawnOn === null),
    ).toBe(true);
    await w.c1.jobSeekers.withdrawConsent({
      jobSeekerId: id,
      purpose: 'participation',
      withdrawnOn: '2026-11-20',
    });
    expect((await w.c1.jobSeekers.get({ jobSeekerId: id })).canBeProposed).toBe(false);
  });
});

describe('a hire’s start date', () => {
  it('lies within the open phase, in the past only within the phase’s window (14 days)', async () => {
    const { proposalId } = await aProposal(w.e1, w.c1);
    const hire = (startDate: string) =>
      w.e1.pairings.confirmHire({ proposalId, ...hireTerms, startDate });
    const outside = await expectAppError(hire('2026-10-31'), 'pairing.startOutsidePhase');
    expect(outside).toMatchObject({
      field: 'startDate',
      params: { start: '2026-11-01', end: '2027-03-31' },
    });
    const tooOld = await expectAppError(
      hire('2026-11-08'),
      'pairing.startTooFarInPast',
      'BAD_REQUEST',
    );
    expect(tooOld).toMatchObject({
      field: 'startDate',
      params: { date: '2026-11-08', earliest: '2026-11-09', days: 14 },
    });
    await expectAppError(hire('2027-04-01'), 'pairing.startOutsidePhase');
    expect(countOf(pairings)).toBe(0);
    expect(deps.db.select().from(proposals).get()?.status).toBe('proposed');
    const preview = await w.e1.pairings.previewHire({
      proposalId,
      ...hireTerms,
      startDate: '2026-11-08',
    });
    expect(preview.earliestStartDate).toBe('2026-11-09');
    expect(preview.startDateBreaches.map((b) => b.code)).toEqual(['pairing.startTooFarInPast']);
    // The first day of the window is accepted: a hire recorded two weeks late.
    await hire('2026-11-09');
    expect(deps.db.select().from(pairings).get()?.startDate).toBe('2026-11-09');
  });

  it('follows the window set for the phase (0: today or later only)', async () => {
    const d2 = testDeps();
    const { w: w2 } = await aWorldWithOpenPhase(d2, {
      rules: { ...currentFitRules, pastStartWindowDays: 0 },
    });
    const { proposalId } = await aProposal(w2.e1, w2.c1);
    const e = await expectAppError(
      w2.e1.pairings.confirmHire({ proposalId, ...hireTerms, startDate: '2026-11-22' }),
      'pairing.startTooFarInPast',
    );
    expect(e.params).toMatchObject({ earliest: '2026-11-23', days: 0 });
    await w2.e1.pairings.confirmHire({ proposalId, ...hireTerms, startDate: '2026-11-23' });
  });
});

describe('follow-ups', () => {
  it('are dated up to today and not before the pairing; the next one may be in the future', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1); // recorded on 2026-11-23, starts 2026-12-07
    const base = { pairingId, withWhom: 'person' as const, kind: 'call' as const, notes: '' };
    const ahead = await expectAppError(
      w.c1.pairings.logFollowUp({ ...base, on: '2026-11-24', nextOn: null }),
      'followUp.inFuture',
      'BAD_REQUEST',
    );
    expect(ahead).toMatchObject({
      field: 'on',
      params: { date: '2026-11-24', today: '2026-11-23' },
    });
    const before = await expectAppError(
      w.c1.pairings.logFollowUp({ ...base, on: '2026-11-22', nextOn: null }),
      'followUp.beforePairing',
    );
    expect(before).toMatchObject({ field: 'on', params: { earliest: '2026-11-23' } });
    expect(countOf(followUps)).toBe(0);
    await w.c1.pairings.logFollowUp({ ...base, on: '2026-11-23', nextOn: '2027-01-15' });
    expect(deps.db.select().from(followUps).get()).toMatchObject({
      on: '2026-11-23',
      nextOn: '2027-01-15',
    });
  });
});

describe('money becomes due only when its milestone has happened', () => {
  it('the hire tranche of a pairing starting later waits for its start date', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    const tranche = deps.db.select().from(tranches).where(eq(tranches.pairingId, pairingId)).get();
    expect(tranche).toMatchObject({ milestone: 'hire', status: 'due', dueOn: '2026-12-07' });
    expect((await w.coord.money.reviewQueue()).tranches).toEqual({ count: 0, totalCents: 0 });
    expect((await w.coord.money.tranchesToReview({ limit: 200 })).items).toEqual([]);
    const e = await expectAppError(
      w.coord.money.reviewTranche({ id: tranche?.id ?? 0, action: 'approve' }),
      'tranche.notDueYet',
    );
    expect(e.params).toEqual({ dueOn: '2026-12-07', today: '2026-11-23' });
    expect(deps.db.select().from(tranches).get()?.status).toBe('due');
    deps.clock.setToday('2026-12-07');
    const due = await w.coord.money.tranchesToReview({ limit: 200 });
    expect(due.items.map((t) => t.pairingId)).toEqual([pairingId]);
    expect((await w.coord.money.reviewQueue()).tranches).toEqual({
      count: 1,
      totalCents: tranche?.amountCents,
    });
    expect(due).toMatchObject({ count: 1, totalCents: tranche?.amountCents });
    await w.coord.money.reviewTranche({ id: tranche?.id ?? 0, action: 'approve' });
  });

  it('a payment is dated from its approval to today', async () => {
    const { pairingId } = await aPairing(w.e1, w.c1);
    deps.clock.setToday('2026-12-21');
    const { id } = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    const { ledgerEntryId } = await w.coord.money.reviewClaim({ id, action: 'approve' });
    const entry = ledgerEntryId ?? 0;
    const early = await expectAppError(
      w.coord.money.markPaid({ ledgerEntryId: entry, paidOn: '2026-12-20', reference: 'V-1' }),
      'ledger.paidBeforeApproval',
      'BAD_REQUEST',
    );
    expect(early).toMatchObject({
      field: 'paidOn',
      params: { date: '2026-12-20', approvedOn: '2026-12-21' },
    });
    const ahead = await expectAppError(
      w.coord.money.markPaid({ ledgerEntryId: entry, paidOn: '2026-12-22', reference: 'V-1' }),
      'ledger.paidInFuture',
    );
    expect(ahead.params).toEqual({ date: '2026-12-22', today: '2026-12-21', entryId: entry });
    expect(countOf(payments)).toBe(0);
    await w.coord.money.markPaid({ ledgerEntryId: entry, paidOn: '2026-12-21', reference: 'V-1' });
    expect(countOf(payments)).toBe(1);
  });
});
