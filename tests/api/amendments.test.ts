// Amendments of an active pairing: each recomputes the maximum with the shared calculator and
// re-checks the budgets in one transaction (refused with the figures; a decrease goes back to the
// budget), makes a new agreement version both parties accept again, and claims after its
// effective date are computed day by day with the terms in force.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { agreementVersions, auditEvents, pairings } from '../../server/db/schema';
import { accept, acceptBoth } from '../helpers/agreements';
import { aUser } from '../helpers/builders';
import { as } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { aPairingWorld } from '../helpers/pairingWorld';
import { pdfText } from '../helpers/pdfText';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let world: Awaited<ReturnType<typeof aPairingWorld>>;
let pairingId: number;

// Hired 2026-12-07 for 12 weeks at 20,00 $ and 35 h: 50 % × 20 $ × 35 h × 12 = 4 200,00 $.
const HIRE_MAX = 420_000;

function pairingRow() {
  const row = deps.db.select().from(pairings).where(eq(pairings.id, pairingId)).get();
  if (!row) throw new Error('no pairing');
  return row;
}

async function phaseWage() {
  const phase = await world.w.coord.phases.get({ phaseId: world.phaseId });
  return phase.budget?.wage;
}

function versionCount() {
  return deps.db
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.pairingId, pairingId))
    .all().length;
}

beforeEach(async () => {
  deps = testDeps();
  world = await aPairingWorld(deps);
  pairingId = (await world.hire()).pairingId;
  await acceptBoth(world.w.e1, world.w.c1, pairingId);
});

describe('extending or shortening the planned weeks', () => {
  it('extends within the rules: new maximum, more committed, a version 2 both must accept again', async () => {
    const { w } = world;
    const preview = await w.e1.pairings.previewAmendment({
      kind: 'weeks',
      pairingId,
      plannedWeeks: 16,
      comment: '',
    });
    expect(preview).toMatchObject({
      maxWageSubsidyCents: 560_000,
      previousMaxCents: HIRE_MAX,
      refusal: null,
    });
    const r = await w.e1.pairings.amend({
      kind: 'weeks',
      pairingId,
      plannedWeeks: 16,
      comment: 'Besoin prolongé',
    });
    expect(r).toMatchObject({
      version: 2,
      maxWageSubsidyCents: 560_000,
      plannedEndDate: '2027-03-28',
    });
    expect(pairingRow()).toMatchObject({
      plannedWeeks: 16,
      plannedEndDate: '2027-03-28',
      maxWageSubsidyCents: 560_000,
      committedWageCents: 560_000,
    });
    expect((await phaseWage())?.committed).toBe(560_000);
    // Claims wait for both parties to accept the amendment.
    deps.clock.set('2026-12-22T15:00:00.000Z');
    const claim = {
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    };
    const refused = await expectAppError(w.e1.money.submitClaim(claim), 'agreement.unsignedByBoth');
    expect(refused.params).toMatchObject({ version: 2 });
    await accept(w.e1, pairingId);
    await expectAppError(w.e1.money.submitClaim(claim), 'agreement.unsignedByOrganisation');
    await accept(w.admin1, pairingId);
    expect((await w.e1.money.submitClaim(claim)).amountCents).toBe(70_000);
    expect(
      deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'pairing.amended')).get()
        ?.details,
    ).toMatchObject({ kind: 'weeks', version: 2, previousMaxCents: HIRE_MAX, maxCents: 560_000 });
  });

  it('shortens: the released part goes back to the budget', async () => {
    await world.w.c1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 10, comment: '' });
    expect(pairingRow()).toMatchObject({
      maxWageSubsidyCents: 350_000,
      committedWageCents: 350_000,
    });
    expect(await phaseWage()).toMatchObject({ committed: 350_000, remaining: 5_000_000 - 350_000 });
  });

  it('refuses weeks outside the rules, naming the rule and the numbers; nothing is written', async () => {
    const e = await expectAppError(
      world.w.e1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 20, comment: '' }),
      'pairing.rule.maxWeeks',
    );
    expect(e.field).toBe('plannedWeeks');
    expect(e.params).toEqual({ limit: 18, actual: 20 });
    await expectAppError(
      world.w.e1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 12, comment: '' }),
      'amendment.noChange',
    );
    expect(versionCount()).toBe(1);
    expect(pairingRow().maxWageSubsidyCents).toBe(HIRE_MAX);
  });

  it('refuses an increase the budget cannot hold, with the figures, and writes nothing', async () => {
    const d2 = testDeps();
    const tight = await aPairingWorld(d2, { wageEnvelopeCents: HIRE_MAX + 50_000 });
    const id = (await tight.hire()).pairingId;
    const e = await expectAppError(
      tight.w.e1.pairings.amend({ kind: 'weeks', pairingId: id, plannedWeeks: 14, comment: '' }),
      'budget.exceeded',
    );
    expect(e.params).toEqual({
      fund: 'wage',
      scope: 'phase',
      remainingCents: 50_000,
      neededCents: 70_000,
    });
    const preview = await tight.w.e1.pairings.previewAmendment({
      kind: 'weeks',
      pairingId: id,
      plannedWeeks: 14,
      comment: '',
    });
    expect(preview.refusal).toMatchObject({ code: 'budget.exceeded' });
    const row = d2.db.select().from(pairings).where(eq(pairings.id, id)).get();
    expect(row).toMatchObject({
      plannedWeeks: 12,
      maxWageSubsidyCents: HIRE_MAX,
      committedWageCents: HIRE_MAX,
    });
    expect(d2.db.select().from(agreementVersions).all()).toHaveLength(1);
  });

  it('refuses an increase beyond the organisation’s allocation, with the figures', async () => {
    const d3 = testDeps();
    const capped = await aPairingWorld(d3, {}, HIRE_MAX + 10_000);
    const id = (await capped.hire()).pairingId;
    const e = await expectAppError(
      capped.w.c1.pairings.amend({ kind: 'weeks', pairingId: id, plannedWeeks: 13, comment: '' }),
      'budget.exceeded',
    );
    expect(e.params).toEqual({
      fund: 'wage',
      scope: 'organisation',
      remainingCents: 10_000,
      neededCents: 35_000,
    });
  });
});

describe('wage or hours from an effective date', () => {
  it('computes the maximum and a claim across the change day by day', async () => {
    const { w } = world;
    const r = await w.e1.pairings.amend({
      kind: 'wage_hours',
      pairingId,
      effectiveFrom: '2026-12-14',
      hourlyWageCents: 2400,
      hoursPerWeek: 35,
      comment: '',
    });
    // 7 days at 20 $ then 77 days at 24 $: 50 % × 35 h × (20 × 7 + 24 × 77) / 7 = 4 970,00 $.
    expect(r.maxWageSubsidyCents).toBe(497_000);
    await acceptBoth(w.e1, w.c1, pairingId);
    deps.clock.set('2026-12-22T15:00:00.000Z');
    // 70 h over two weeks of 35 h: 35 h at 20 $ and 35 h at 24 $ → 50 % × (700 + 840) = 770,00 $.
    const claim = {
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 154_000,
    };
    expect((await w.e1.money.previewClaim(claim)).amountCents).toBe(77_000);
    expect((await w.e1.money.submitClaim(claim)).amountCents).toBe(77_000);
    // The terms history, newest first.
    const a = await w.coord.agreements.get({ pairingId, locale: 'fr-CA' });
    expect(a.versions.map((v) => [v.version, v.kind, v.effectiveFrom, v.hourlyWageCents])).toEqual([
      [2, 'wage_hours', '2026-12-14', 2400],
      [1, 'hire', '2026-12-07', 2000],
    ]);
    expect(a.schedule.rates).toEqual([
      { from: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35 },
      { from: '2026-12-14', hourlyWageCents: 2400, hoursPerWeek: 35 },
    ]);
  });

  it('refuses an effective date inside a period already claimed, or outside the pairing', async () => {
    const { w } = world;
    deps.clock.set('2026-12-22T15:00:00.000Z');
    await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    const e = await expectAppError(
      w.e1.pairings.amend({
        kind: 'wage_hours',
        pairingId,
        effectiveFrom: '2026-12-14',
        hourlyWageCents: 2400,
        hoursPerWeek: 35,
        comment: '',
      }),
      'amendment.beforeClaimedPeriod',
    );
    expect(e).toMatchObject({ field: 'effectiveFrom', params: { date: '2026-12-20' } });
    await expectAppError(
      w.e1.pairings.amend({
        kind: 'wage_hours',
        pairingId,
        effectiveFrom: '2027-06-01',
        hourlyWageCents: 2400,
        hoursPerWeek: 35,
        comment: '',
      }),
      'amendment.effectiveOutsidePairing',
    );
    await expectAppError(
      w.e1.pairings.amend({
        kind: 'wage_hours',
        pairingId,
        effectiveFrom: '2027-01-04',
        hourlyWageCents: 2000,
        hoursPerWeek: 20,
        comment: '',
      }),
      'pairing.rule.minHoursPerWeek',
    );
    expect(versionCount()).toBe(1);
  });

  it('reads back as « Avenant n° 1 » in the PDF, with the change and the new maximum', async () => {
    await world.w.e1.pairings.amend({
      kind: 'wage_hours',
      pairingId,
      effectiveFrom: '2026-12-14',
      hourlyWageCents: 2400,
      hoursPerWeek: 35,
      comment: '',
    });
    const { createApp } = await import('../../server/app');
    const { signIn } = await import('../helpers/callers');
    const res = await createApp(deps).request(
      `/files/agreements/${pairingId}/v2.pdf?locale=fr-CA`,
      {
        headers: { cookie: `passerelle_session=${signIn(deps, world.w.users.employer1.id).token}` },
      },
    );
    const text = (await pdfText(new Uint8Array(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toContain('Avenant n° 1 à l’entente de jumelage');
    expect(text).toContain('À compter du 14 décembre 2026');
    expect(text).toContain('4 970,00 $');
    expect(text).toContain('de 4 200,00 $ à 4 970,00 $');
  });
});

describe('a leave between two dates', () => {
  it('pauses the placement: the planned end moves, leave days count no hours', async () => {
    const { w } = world;
    const before = pairingRow().plannedEndDate;
    expect(before).toBe('2027-02-28');
    const r = await w.c1.pairings.amend({
      kind: 'leave',
      pairingId,
      leaveStart: '2026-12-21',
      leaveEnd: '2026-12-27',
      comment: 'Congé',
    });
    expect(r).toMatchObject({ plannedEndDate: '2027-03-07', maxWageSubsidyCents: HIRE_MAX });
    await acceptBoth(w.e1, w.c1, pairingId);
    deps.clock.set('2026-12-29T15:00:00.000Z');
    // The week of leave has no hours to subsidise.
    await expectAppError(
      w.e1.money.submitClaim({
        pairingId,
        periodStart: '2026-12-21',
        periodEnd: '2026-12-27',
        hoursWorked: 10,
        grossWagesCents: 20_000,
      }),
      'claim.hoursAboveWeeklyMaximum',
    );
    // Two weeks with one on leave: 35 h of work counted at most 40 h for 7 working days.
    const ok = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-14',
      periodEnd: '2026-12-27',
      hoursWorked: 35,
      grossWagesCents: 70_000,
    });
    expect(ok.amountCents).toBe(35_000);
    await expectValidationError(
      w.c1.pairings.amend({
        kind: 'leave',
        pairingId,
        leaveStart: '2027-01-04',
        leaveEnd: '2027-01-01',
        comment: '',
      }),
      'leaveEnd',
    );
  });

  it('refuses an overlapping leave and a leave that starts outside the pairing', async () => {
    const { w } = world;
    await w.c1.pairings.amend({
      kind: 'leave',
      pairingId,
      leaveStart: '2026-12-21',
      leaveEnd: '2026-12-27',
      comment: '',
    });
    await expectAppError(
      w.c1.pairings.amend({
        kind: 'leave',
        pairingId,
        leaveStart: '2026-12-25',
        leaveEnd: '2027-01-02',
        comment: '',
      }),
      'amendment.leaveOverlaps',
    );
    await expectAppError(
      w.c1.pairings.amend({
        kind: 'leave',
        pairingId,
        leaveStart: '2026-11-30',
        leaveEnd: '2026-12-02',
        comment: '',
      }),
      'amendment.leaveOutsidePairing',
    );
    expect(versionCount()).toBe(2);
  });
});

describe('changing the counsellor', () => {
  it('is the organisation’s: another counsellor of the same organisation follows the pairing', async () => {
    const { w } = world;
    const other = await aUser(deps.db, 'counsellor', {
      organisationId: w.users.admin1.organisationId,
    });
    await expectAppError(
      w.e1.pairings.amend({ kind: 'counsellor', pairingId, counsellorId: other.id, comment: '' }),
      'amendment.notAllowed',
    );
    await expectAppError(
      w.admin1.pairings.amend({
        kind: 'counsellor',
        pairingId,
        counsellorId: w.users.counsellor2.id,
        comment: '',
      }),
      'amendment.counsellorNotInOrganisation',
    );
    await w.admin1.pairings.amend({
      kind: 'counsellor',
      pairingId,
      counsellorId: other.id,
      comment: '',
    });
    expect(pairingRow().counsellorId).toBe(other.id);
    const a = await as(deps, other.id).agreements.get({ pairingId, locale: 'fr-CA' });
    expect(a.versions[0]).toMatchObject({
      version: 2,
      kind: 'counsellor',
      counsellorName: other.name,
    });
    expect(a.canSign).toBe(true);
  });
});

describe('who may amend what', () => {
  it('refuses another business, and pairings that are no longer active', async () => {
    const { w } = world;
    await expectAppError(
      w.e2.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 14, comment: '' }),
      'pairing.notFound',
    );
    await expectAppError(
      w.c2.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 14, comment: '' }),
      'pairing.notFound',
    );
    deps.clock.set('2026-12-22T15:00:00.000Z'); // the end has happened
    await w.c1.pairings.endEarly({ pairingId, endDate: '2026-12-18', reason: 'quit', comment: '' });
    await expectAppError(
      w.e1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 14, comment: '' }),
      'amendment.notActive',
    );
    expect(versionCount()).toBe(1);
  });
});

describe('the dates and rules of an amendment', () => {
  it('refuses a wage below the phase’s minimum, as the hire does, and writes nothing', async () => {
    const { w } = world;
    deps.clock.set('2026-12-22T15:00:00.000Z');
    const e = await expectAppError(
      w.e1.pairings.amend({
        kind: 'wage_hours',
        pairingId,
        effectiveFrom: '2027-01-04',
        hourlyWageCents: 1000,
        hoursPerWeek: 35,
        comment: '',
      }),
      'pairing.rule.minHourlyWage',
    );
    expect(e.field).toBe('hourlyWageCents');
    expect(e.params).toMatchObject({ actualCents: 1000 });
    expect(versionCount()).toBe(1);
  });

  it('takes a raise agreed ahead (effective next month), dated now', async () => {
    const { w } = world;
    deps.clock.set('2026-12-22T15:00:00.000Z');
    const r = await w.e1.pairings.amend({
      kind: 'wage_hours',
      pairingId,
      effectiveFrom: '2027-01-18',
      hourlyWageCents: 2200,
      hoursPerWeek: 35,
      comment: '',
    });
    expect(r.version).toBe(2);
    const v2 = deps.db
      .select()
      .from(agreementVersions)
      .where(eq(agreementVersions.version, 2))
      .get();
    expect(v2).toMatchObject({
      effectiveFrom: '2027-01-18',
      createdAt: '2026-12-22T15:00:00.000Z',
    });
  });

  it('refuses a shortening that would put the planned end in the past: that is an end', async () => {
    const { w } = world;
    deps.clock.set('2027-02-20T15:00:00.000Z'); // planned end 2027-02-28
    const e = await expectAppError(
      w.c1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 10, comment: '' }),
      'amendment.endBeforeToday',
    );
    expect(e).toMatchObject({
      field: 'plannedWeeks',
      params: { date: '2027-02-14', today: '2027-02-20' },
    });
    // Within the rules and still ahead: accepted.
    await w.c1.pairings.amend({ kind: 'weeks', pairingId, plannedWeeks: 11, comment: '' });
    expect(pairingRow().plannedEndDate).toBe('2027-02-21');
  });

  it('ignores a reversed claim’s period: the change may start on the days it no longer covers', async () => {
    const { w } = world;
    deps.clock.set('2026-12-22T15:00:00.000Z');
    const claim = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    const { ledgerEntryId } = await w.coord.money.reviewClaim({ id: claim.id, action: 'approve' });
    const raise = {
      kind: 'wage_hours' as const,
      pairingId,
      effectiveFrom: '2026-12-14',
      hourlyWageCents: 2200,
      hoursPerWeek: 35,
      comment: '',
    };
    await expectAppError(w.e1.pairings.amend(raise), 'amendment.beforeClaimedPeriod');
    await w.coord.money.reverse({ ledgerEntryId: ledgerEntryId ?? 0, note: 'Erreur' });
    expect((await w.e1.pairings.amend(raise)).version).toBe(2);
  });
});
