// The server queries the pairing screens read instead of joining a capped list in the browser:
// counts per status (organisation's pairings page), the employer's glance (totals and the newest
// pairings in progress with their last claim), and ledger entries carrying their pairing's
// person (organisation budget page), each in its caller's scope.
import { beforeEach, describe, expect, it } from 'vitest';
import { expectValidationError } from '../helpers/expectError';
import { aHire, openPhaseFor } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let phaseId: number;

function aPairing(employer = w.e1, counsellor = w.c1, lastName?: string) {
  return aHire(employer, counsellor, lastName ? { lastName } : {});
}

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  phaseId = await openPhaseFor(
    w,
    [w.users.counsellor1.organisationId ?? 0, w.users.counsellor2.organisationId ?? 0],
    { accompanimentEnvelopeCents: 100_000_00 },
  );
});

describe('pairings.counts', () => {
  it('counts each status in the caller’s scope, for a phase or all', async () => {
    const ended = await aPairing();
    await aPairing();
    await aPairing(w.e2, w.c2);
    deps.clock.setToday('2026-12-07'); // it ends on its first day, not before it has come
    await w.c1.pairings.endEarly({
      pairingId: ended,
      endDate: '2026-12-07',
      reason: 'other',
      comment: '',
    });
    expect(await w.c1.pairings.counts({})).toEqual({
      active: 1,
      completed: 0,
      ended_early: 1,
      total: 2,
    });
    expect(await w.admin1.pairings.counts({ phaseId })).toMatchObject({ total: 2 });
    expect(await w.c2.pairings.counts({})).toMatchObject({ active: 1, total: 1 });
    expect(await w.e2.pairings.counts({})).toMatchObject({ active: 1, total: 1 });
    expect(await w.coord.pairings.counts({ phaseId })).toMatchObject({ active: 2, total: 3 });
    expect(await w.coord.pairings.counts({ phaseId: 9999 })).toMatchObject({ total: 0 });
    await expectValidationError(w.coord.pairings.counts({ phaseId: -1 }), 'phaseId');
  });
});

describe('the employer’s glance', () => {
  it('counts every pairing and lists the 5 newest in progress with their last claim, first name and initial only', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 6; i++) ids.push(await aPairing(w.e1, w.c1, `Nom${i}`));
    await aPairing(w.e2, w.c2);
    const newest = ids.at(-1) ?? 0;
    deps.clock.setToday('2027-01-04'); // both claimed periods have ended
    await w.e1.money.submitClaim({
      pairingId: newest,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    await w.e1.money.submitClaim({
      pairingId: newest,
      periodStart: '2026-12-21',
      periodEnd: '2027-01-03',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    const { money } = await w.e1.home.employer();
    expect(money.pairings).toMatchObject({ active: 6, total: 6 });
    expect(money.current.map((p) => p.id)).toEqual([...ids].reverse().slice(0, 5));
    expect(money.current[0]?.lastClaim).toEqual({
      periodStart: '2026-12-21',
      periodEnd: '2027-01-03',
      status: 'submitted',
    });
    expect(money.current[1]?.lastClaim).toBeNull();
    expect(money.current[0]).toMatchObject({ firstName: 'Amina', lastName: 'N.' });
    expect(JSON.stringify(money)).not.toContain('Nom5');
  });
});

describe('ledger entries carry their pairing’s person', () => {
  it('full name for the organisation, first name and initial for the employer; the fund filter is the server’s', async () => {
    const pairingId = await aPairing(w.e1, w.c1, 'Tremblay');
    deps.clock.setToday('2026-12-21'); // the claimed period has ended, the hire tranche is due
    const claim = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    await w.coord.money.reviewClaim({ id: claim.id, action: 'approve' });
    const [tranche] = (await w.coord.money.tranchesToReview({})).items;
    await w.coord.money.reviewTranche({ id: tranche?.id ?? 0, action: 'approve' });

    const mine = await w.admin1.money.ledger({ phaseId });
    expect(mine.items).toHaveLength(2);
    expect(mine.items.every((e) => e.lastName === 'Tremblay')).toBe(true);
    const accompaniment = await w.admin1.money.ledger({ phaseId, fund: 'accompaniment' });
    expect(accompaniment.items.map((e) => e.fund)).toEqual(['accompaniment']);
    const employer = await w.e1.money.ledger({});
    expect(employer.items.map((e) => [e.fund, e.firstName, e.lastName])).toEqual([
      ['wage', 'Amina', 'T.'],
    ]);
    expect((await w.c2.money.ledger({})).items).toEqual([]);
  });
});
