// A model-based test of a phase's whole life (issue 11), with fast-check's model-based commands.
// The clock only moves forward, day by day (a few days at a step, the daily and housekeeping
// jobs run at each), through a phase and the retention checks after it. Random actions of every
// role go through the real procedures (register, consent and withdraw, post, propose, interview,
// decline, hire, claim, review, pay, reverse, follow up, end early, complete, record retention,
// anonymise); most are plausible, some come at the wrong date or from the wrong person. After
// EVERY step the rules that hold over time are checked on the raw rows (tests/helpers/
// invariants.ts): nothing dated after the clock, nothing before what it depends on, no money
// due, approved or paid before its milestone, claims within the pairing's maximum, budgets equal
// to a recomputation, everyone without an active pairing and with valid consents proposable
// (and only them), nothing personal left after anonymisation. A refused action must be a
// client error that wrote nothing.
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client';
import {
  claims,
  jobSeekers,
  ledgerEntries,
  pairings,
  postings,
  proposals,
  tranches,
} from '../../server/db/schema';
import { runDueJobs } from '../../server/jobs/runner';
import { addDays, quebecToday } from '../../shared/dates';
import { endEarlyReasons, retentionOutcomes } from '../../shared/money/machines';
import { acceptBoth } from '../helpers/agreements';
import { aUser, jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { tableNames } from '../helpers/dbScan';
import {
  beforeItsPrerequisite,
  budgetsRecomputed,
  datedAfterTheClock,
  expectedProposable,
  loadRows,
  moneyWithinLimits,
  personalDataLeft,
} from '../helpers/invariants';
import { type TestDeps, testDeps } from '../helpers/testDeps';

type Caller = ReturnType<typeof as>;

interface People {
  coordinator: number;
  admin1: number;
  counsellor1: number;
  counsellor2: number;
  employer1: number;
  employer2: number;
  org1: number;
  org2: number;
  business1: number;
  business2: number;
}

/** The real system: a database, its clock, and a signed-in caller per person. */
interface Real {
  deps: TestDeps;
  people: People;
  callers: Record<keyof Omit<People, 'org1' | 'org2' | 'business1' | 'business2'>, Caller>;
}

/** What the model keeps: the day, and what each person's file held (to find after anonymising). */
interface Model {
  today: string;
  seq: number;
  /** Steps checked so far (to take turns with the costlier checks). */
  checks: number;
  markerOf: Map<number, string>;
  anonymised: Set<number>;
}

const START = '2026-11-02';
/** Which actions succeeded (over all runs), so the test proves it exercised each of them. */
const succeeded = new Map<string, number>();

function callersOf(deps: TestDeps, p: People): Real['callers'] {
  return {
    coordinator: as(deps, p.coordinator),
    admin1: as(deps, p.admin1),
    counsellor1: as(deps, p.counsellor1),
    counsellor2: as(deps, p.counsellor2),
    employer1: as(deps, p.employer1),
    employer2: as(deps, p.employer2),
  };
}

/** A new day: everyone signs in again (sessions end after 12 idle hours). */
function signIn(real: Real) {
  real.callers = callersOf(real.deps, real.people);
}

/**
 * Counts committed writes: temporary triggers (not part of the database under test) add one per
 * row written to any table but sessions (a call may renew its session), in the same transaction,
 * so a rolled-back transaction counts nothing. A refused action must leave the count as it was.
 */
function countWrites(db: Db) {
  db.$client.exec(
    'CREATE TEMP TABLE written (n INTEGER NOT NULL); INSERT INTO written VALUES (0);',
  );
  for (const t of tableNames(db)) {
    if (t === 'sessions') continue;
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      db.$client.exec(
        `CREATE TEMP TRIGGER "written_${t}_${op}" AFTER ${op} ON main."${t}" BEGIN UPDATE written SET n = n + 1; END;`,
      );
    }
  }
}

function writes(db: Db): number {
  return (db.$client.prepare('SELECT n FROM temp.written').get() as { n: number }).n;
}

/** The organisation's people: who normally acts for it, and someone who should not. */
function orgCaller(real: Real, organisationId: number, wrong: boolean): Caller {
  const mine = organisationId === real.people.org1;
  if (wrong) return mine ? real.callers.counsellor2 : real.callers.counsellor1;
  return mine ? real.callers.admin1 : real.callers.counsellor2;
}

function businessCaller(real: Real, businessId: number, wrong: boolean): Caller {
  const mine = businessId === real.people.business1;
  return mine !== wrong ? real.callers.employer1 : real.callers.employer2;
}

function pickFrom<T>(rows: readonly T[], pick: number): T | undefined {
  return rows.length === 0 ? undefined : rows[pick % rows.length];
}

/** All the invariants at once; a failure lists every violation. */
async function checkInvariants(real: Real, model: Model, step: string) {
  const { db } = real.deps;
  const now = real.deps.clock.now();
  const rows = loadRows(db);
  const violations = [
    ...datedAfterTheClock(db, now),
    ...beforeItsPrerequisite(db, rows),
    ...moneyWithinLimits(db, rows),
    ...budgetsRecomputed(db, rows),
  ];
  // Everyone without an active pairing and with valid consents is proposable, and only them,
  // in the list (the same query as matching and the home count) and on a file.
  const expected = expectedProposable(db, model.today, rows);
  const listed = new Set<number>();
  for (const caller of [real.callers.counsellor1, real.callers.counsellor2]) {
    let cursor: string | undefined;
    do {
      const page = await caller.jobSeekers.list({ proposable: true, limit: 100, cursor });
      for (const s of page.items) listed.add(s.id);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  for (const [id, ok] of expected) {
    if (ok !== listed.has(id))
      violations.push(`person ${id}: proposable ${ok}, listed ${listed.has(id)}`);
  }
  // The file and matching say the same, and only money whose milestone has come awaits
  // review: checked every few steps (they cost more, and the list above already covers all).
  model.checks += 1;
  const someone = pickFrom([...expected.keys()], model.checks);
  if (someone !== undefined && model.checks % 4 === 0) {
    const seeker = db
      .select()
      .from(jobSeekers)
      .all()
      .find((s) => s.id === someone);
    const caller = orgCaller(real, seeker?.organisationId ?? 0, false);
    const file = await caller.jobSeekers.get({ jobSeekerId: someone });
    const match = await caller.matching.forJobSeeker({ jobSeekerId: someone, limit: 1 });
    if (file.proposable !== expected.get(someone) || match.eligible !== expected.get(someone))
      violations.push(`person ${someone}: file ${file.proposable}, matching ${match.eligible}`);
  }
  if (model.checks % 4 === 2) {
    const queue = await real.callers.coordinator.money.tranchesToReview({ limit: 200 });
    for (const t of queue.items) {
      if (t.dueOn > model.today) violations.push(`tranche ${t.id} in the queue before ${t.dueOn}`);
    }
  }
  const logged = real.deps.logs.filter((l) => l.includes('failed'));
  if (logged.length > 0) violations.push(...logged);
  expect(violations, `after ${step} on ${model.today}`).toEqual([]);
}

/** One step: act, accept a refusal only if it is a client error that wrote nothing, check. */
class Step implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly label: string,
    readonly act: (real: Real, model: Model) => Promise<unknown>,
  ) {}
  check(): boolean {
    return true;
  }
  async run(model: Model, real: Real): Promise<void> {
    const before = writes(real.deps.db);
    try {
      const acted = await this.act(real, model);
      if (acted !== undefined) succeeded.set(this.kind, (succeeded.get(this.kind) ?? 0) + 1);
    } catch (e) {
      if (!(e instanceof TRPCError) || e.code === 'INTERNAL_SERVER_ERROR') throw e;
      expect(writes(real.deps.db), `${this.label} was refused (${e.message}) but wrote`).toBe(
        before,
      );
    }
    await checkInvariants(real, model, this.label);
  }
  get kind(): string {
    return this.label.split('(')[0] ?? this.label;
  }
  toString(): string {
    return this.label;
  }
}

const step = <T>(
  name: string,
  arb: fc.Arbitrary<T>,
  act: (p: T, real: Real, model: Model) => Promise<unknown>,
) =>
  arb.map((p) => new Step(`${name}(${JSON.stringify(p)})`, (real, model) => act(p, real, model)));

const wrong = fc.nat({ max: 9 }).map((n) => n === 0); // one time in ten, the wrong person acts

/** Mostly a plausible value, one time in five anything in a wider range (often refused). */
const mostly = (plausible: fc.Arbitrary<number>, wider: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 4, arbitrary: plausible }, { weight: 1, arbitrary: wider });
const between = (min: number, max: number) => fc.integer({ min, max });

const actions = [
  // The clock moves forward by whole days: mostly a few, now and then weeks at once, to reach
  // the ends of placements and the retention checks 12 weeks after them. The jobs run; people
  // sign in again.
  step(
    'advance',
    fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 7 }) },
      { weight: 1, arbitrary: fc.integer({ min: 30, max: 90 }) },
    ),
    async (days, real, model) => {
      model.today = addDays(model.today, days);
      real.deps.clock.setToday(model.today);
      // The jobs run (reminders, digests, expiry of unanswered proposals, the retention purge);
      // the runner catches up on the last period it missed, as after a night off.
      runDueJobs(real.deps);
      signIn(real);
      return days;
    },
  ),
  step(
    'register',
    fc.record({
      org: fc.nat({ max: 1 }),
      consents: mostly(fc.constant(7), fc.nat({ max: 7 })),
      given: mostly(between(-40, 0), between(-40, 2)),
    }),
    async (p, real, model) => {
      const marker = `Mk${++model.seq}q`;
      const orgId = p.org === 0 ? real.people.org1 : real.people.org2;
      const { id } = await orgCaller(real, orgId, false).jobSeekers.create(
        jobSeekerFields({
          firstName: `Ana${marker}`,
          lastName: `Roy${marker}`,
          email: `${marker.toLowerCase()}@exemple.ca`,
          city: `Ville${marker}`,
          skills: ['manutention', `savoir${marker}`],
          presentation: `Présentation ${marker}`,
          privateNotes: `Notes privées ${marker}`,
          availableFrom: model.today,
          consents: {
            participation: (p.consents & 1) === 1,
            proposal: (p.consents & 2) === 2,
            contactSharing: (p.consents & 4) === 4,
            givenOn: addDays(model.today, p.given),
          },
          confirmDuplicate: true,
        }),
      );
      model.markerOf.set(id, marker);
      return id;
    },
  ),
  step(
    'consent',
    fc.record({
      pick: fc.nat(),
      purpose: fc.constantFrom('participation', 'proposal', 'contact_sharing'),
      offset: fc.integer({ min: -30, max: 1 }),
      withdraw: fc.boolean(),
      wrong,
    }),
    async (p, real, model) => {
      const seeker = pickFrom(real.deps.db.select().from(jobSeekers).all(), p.pick);
      if (!seeker) return undefined;
      const caller = orgCaller(real, seeker.organisationId, p.wrong);
      const on = addDays(model.today, p.offset);
      if (p.withdraw) {
        await caller.jobSeekers.withdrawConsent({
          jobSeekerId: seeker.id,
          purpose: p.purpose,
          withdrawnOn: on,
        });
      } else {
        await caller.jobSeekers.giveConsent({
          jobSeekerId: seeker.id,
          purpose: p.purpose,
          givenOn: on,
        });
      }
      return seeker.id;
    },
  ),
  step(
    'post',
    fc.record({
      business: fc.nat({ max: 1 }),
      wage: mostly(between(1700, 2600), between(1500, 2600)),
      start: between(0, 30),
      positions: between(1, 2),
      hours: mostly(between(30, 40), between(20, 40)),
    }),
    async (p, real, model) => {
      const caller = p.business === 0 ? real.callers.employer1 : real.callers.employer2;
      const { id } = await caller.postings.create({
        ...postingFields({
          hourlyWageCents: p.wage,
          positions: p.positions,
          hoursPerWeek: p.hours,
          startDate: addDays(model.today, p.start),
        }),
        publish: true,
      });
      return id;
    },
  ),
  step(
    'propose',
    fc.record({ seeker: fc.nat(), posting: fc.nat(), wrong }),
    async (p, real, model) => {
      // Mostly someone who can be proposed and an open posting; now and then anyone, anything.
      const plausible = p.seeker % 5 !== 0;
      const proposable = expectedProposable(real.deps.db, model.today);
      const seeker = pickFrom(
        real.deps.db
          .select()
          .from(jobSeekers)
          .all()
          .filter((x) => !plausible || proposable.get(x.id)),
        p.seeker,
      );
      const posting = pickFrom(
        real.deps.db
          .select()
          .from(postings)
          .all()
          .filter((x) => !plausible || x.status === 'open'),
        p.posting,
      );
      if (!seeker || !posting) return undefined;
      const marker = model.markerOf.get(seeker.id) ?? '';
      const { id } = await orgCaller(real, seeker.organisationId, p.wrong).proposals.create({
        postingId: posting.id,
        jobSeekerId: seeker.id,
        message: `Candidature de ${marker}`,
      });
      return id;
    },
  ),
  step('interview', fc.record({ pick: fc.nat(), wrong }), async (p, real) => {
    const open = real.deps.db
      .select()
      .from(proposals)
      .all()
      .filter((x) => x.status === 'proposed');
    const proposal = pickFrom(open, p.pick);
    if (!proposal) return undefined;
    const posting = real.deps.db
      .select()
      .from(postings)
      .all()
      .find((x) => x.id === proposal.postingId);
    await businessCaller(real, posting?.businessId ?? 0, p.wrong).proposals.inviteToInterview({
      proposalId: proposal.id,
    });
    return proposal.id;
  }),
  step('decline', fc.record({ pick: fc.nat(), wrong }), async (p, real, model) => {
    const open = real.deps.db
      .select()
      .from(proposals)
      .all()
      .filter((x) => x.status === 'proposed' || x.status === 'interview');
    const proposal = pickFrom(open, p.pick);
    if (!proposal) return undefined;
    const posting = real.deps.db
      .select()
      .from(postings)
      .all()
      .find((x) => x.id === proposal.postingId);
    await businessCaller(real, posting?.businessId ?? 0, p.wrong).proposals.decline({
      proposalId: proposal.id,
      reason: 'other',
      comment: 'Refus',
    });
    return proposal.id;
  }),
  step(
    'hire',
    fc.record({
      pick: fc.nat(),
      start: mostly(between(-10, 20), between(-25, 25)),
      wage: mostly(between(1700, 2600), between(1500, 2600)),
      hours: mostly(between(30, 40), between(20, 40)),
      weeks: mostly(between(10, 18), between(6, 22)),
      wrong,
    }),
    async (p, real, model) => {
      const open = real.deps.db
        .select()
        .from(proposals)
        .all()
        .filter((x) => x.status === 'proposed' || x.status === 'interview');
      const proposal = pickFrom(open, p.pick);
      if (!proposal) return undefined;
      const posting = real.deps.db
        .select()
        .from(postings)
        .all()
        .find((x) => x.id === proposal.postingId);
      const { pairingId } = await businessCaller(
        real,
        posting?.businessId ?? 0,
        p.wrong,
      ).pairings.confirmHire({
        proposalId: proposal.id,
        startDate: addDays(model.today, p.start),
        hourlyWageCents: p.wage,
        hoursPerWeek: p.hours,
        plannedWeeks: p.weeks,
      });
      // Both parties accept the agreement, as they must before any claim (issue 13).
      await acceptBoth(
        businessCaller(real, posting?.businessId ?? 0, false),
        orgCaller(real, proposal.organisationId, false),
        pairingId,
      );
      return pairingId;
    },
  ),
  step(
    'claim',
    fc.record({
      pick: fc.nat(),
      hours: mostly(between(20, 80), between(1, 90)),
      jump: fc.integer({ min: 0, max: 3 }),
      wrong,
    }),
    async (p, real) => {
      const pairing = pickFrom(real.deps.db.select().from(pairings).all(), p.pick);
      if (!pairing) return undefined;
      // The next unclaimed two weeks, or (jump) a later or earlier period.
      const counting = real.deps.db
        .select()
        .from(claims)
        .all()
        .filter(
          (c) =>
            c.pairingId === pairing.id && (c.status === 'submitted' || c.status === 'approved'),
        )
        .map((c) => c.periodEnd)
        .sort();
      const last = counting.at(-1);
      const next = last ? addDays(last, 1) : pairing.startDate;
      const periodStart = p.jump === 3 ? pairing.startDate : addDays(next, p.jump * 14);
      const lastDay = pairing.endDate ?? pairing.plannedEndDate;
      const end = addDays(periodStart, 13);
      const { id } = await businessCaller(real, pairing.businessId, p.wrong).money.submitClaim({
        pairingId: pairing.id,
        periodStart,
        periodEnd: end > lastDay && periodStart <= lastDay ? lastDay : end,
        hoursWorked: p.hours,
        grossWagesCents: p.hours * pairing.hourlyWageCents,
      });
      return id;
    },
  ),
  step(
    'reviewClaim',
    fc.record({ pick: fc.nat(), approve: fc.nat({ max: 4 }), wrong }),
    async (p, real) => {
      const waiting = real.deps.db
        .select()
        .from(claims)
        .all()
        .filter((c) => c.status === 'submitted');
      const claim = pickFrom(waiting, p.pick);
      if (!claim) return undefined;
      const caller = p.wrong ? real.callers.admin1 : real.callers.coordinator;
      return caller.money.reviewClaim(
        p.approve > 0
          ? { id: claim.id, action: 'approve' }
          : {
              id: claim.id,
              action: 'reject',
              reason: 'missing_documents',
              comment: 'Talon manquant',
            },
      );
    },
  ),
  step(
    'reviewTranche',
    fc.record({ pick: fc.nat(), approve: fc.nat({ max: 4 }) }),
    async (p, real) => {
      const due = real.deps.db
        .select()
        .from(tranches)
        .all()
        .filter((t) => t.status === 'due');
      const tranche = pickFrom(due, p.pick);
      if (!tranche) return undefined;
      return real.callers.coordinator.money.reviewTranche(
        p.approve > 0
          ? { id: tranche.id, action: 'approve' }
          : { id: tranche.id, action: 'reject', reason: 'other', comment: '' },
      );
    },
  ),
  step(
    'pay',
    fc.record({ pick: fc.nat(), offset: fc.integer({ min: -10, max: 1 }) }),
    async (p, real, model) => {
      const entries = real.deps.db
        .select()
        .from(ledgerEntries)
        .all()
        .filter((e) => e.kind !== 'reversal');
      const entry = pickFrom(entries, p.pick);
      if (!entry) return undefined;
      await real.callers.coordinator.money.markPaid({
        ledgerEntryId: entry.id,
        paidOn: addDays(model.today, p.offset),
        reference: `VIR-${entry.id}`,
      });
      return entry.id;
    },
  ),
  step('reverse', fc.record({ pick: fc.nat(), wrong }), async (p, real) => {
    const entries = real.deps.db
      .select()
      .from(ledgerEntries)
      .all()
      .filter((e) => e.kind !== 'reversal');
    const entry = pickFrom(entries, p.pick);
    if (!entry) return undefined;
    const caller = p.wrong ? real.callers.employer1 : real.callers.coordinator;
    return caller.money.reverse({ ledgerEntryId: entry.id, note: 'Correction' });
  }),
  step(
    'followUp',
    fc.record({
      pick: fc.nat(),
      on: fc.integer({ min: -10, max: 1 }),
      next: fc.option(fc.integer({ min: -2, max: 30 })),
      wrong,
    }),
    async (p, real, model) => {
      const pairing = pickFrom(real.deps.db.select().from(pairings).all(), p.pick);
      if (!pairing) return undefined;
      const on = addDays(model.today, p.on);
      return orgCaller(real, pairing.organisationId, p.wrong).pairings.logFollowUp({
        pairingId: pairing.id,
        on,
        withWhom: 'both',
        kind: 'call',
        notes: `Suivi de ${model.markerOf.get(pairing.jobSeekerId) ?? ''}`,
        nextOn: p.next === null ? null : addDays(on, p.next),
      });
    },
  ),
  step(
    'endEarly',
    fc.record({
      pick: fc.nat(),
      offset: fc.integer({ min: -15, max: 1 }),
      byEmployer: fc.boolean(),
      reason: fc.constantFrom(...endEarlyReasons),
      wrong,
    }),
    async (p, real, model) => {
      const active = real.deps.db
        .select()
        .from(pairings)
        .all()
        .filter((x) => x.status === 'active');
      const pairing = pickFrom(active, p.pick);
      if (!pairing) return undefined;
      const caller = p.byEmployer
        ? businessCaller(real, pairing.businessId, p.wrong)
        : orgCaller(real, pairing.organisationId, p.wrong);
      await caller.pairings.endEarly({
        pairingId: pairing.id,
        endDate: addDays(model.today, p.offset),
        reason: p.reason,
        comment: `Départ de ${model.markerOf.get(pairing.jobSeekerId) ?? ''}`,
      });
      return pairing.id;
    },
  ),
  step(
    'complete',
    fc.record({ pick: fc.nat(), offset: fc.integer({ min: -3, max: 1 }), wrong }),
    async (p, real, model) => {
      const active = real.deps.db
        .select()
        .from(pairings)
        .all()
        .filter((x) => x.status === 'active');
      const pairing = pickFrom(active, p.pick);
      if (!pairing) return undefined;
      const endDate =
        pairing.plannedEndDate <= model.today
          ? pairing.plannedEndDate
          : addDays(model.today, p.offset);
      await orgCaller(real, pairing.organisationId, p.wrong).pairings.complete({
        pairingId: pairing.id,
        endDate,
      });
      return pairing.id;
    },
  ),
  step(
    'retention',
    fc.record({
      pick: fc.nat(),
      outcome: fc.constantFrom(...retentionOutcomes),
      offset: fc.integer({ min: -3, max: 1 }),
    }),
    async (p, real, model) => {
      const ended = real.deps.db
        .select()
        .from(pairings)
        .all()
        .filter((x) => x.status !== 'active');
      const pairing = pickFrom(ended, p.pick);
      if (!pairing) return undefined;
      await orgCaller(real, pairing.organisationId, false).pairings.recordRetention({
        pairingId: pairing.id,
        outcome: p.outcome,
        checkedOn: addDays(model.today, p.offset),
      });
      return pairing.id;
    },
  ),
  step('anonymise', fc.record({ pick: fc.nat(), wrong }), async (p, real, model) => {
    const seeker = pickFrom(real.deps.db.select().from(jobSeekers).all(), p.pick);
    if (!seeker) return undefined;
    await orgCaller(real, seeker.organisationId, p.wrong).jobSeekers.anonymise({
      jobSeekerId: seeker.id,
    });
    model.anonymised.add(seeker.id);
    const left = personalDataLeft(
      real.deps.db,
      [...model.anonymised].map((id) => model.markerOf.get(id) ?? '').filter((m) => m !== ''),
    );
    expect(left, 'personal data left after anonymising').toEqual([]);
    return seeker.id;
  }),
];

async function setup(): Promise<{ model: Model; real: Real }> {
  const deps = testDeps();
  countWrites(deps.db);
  deps.clock.setToday(START);
  const admin1 = await aUser(deps.db, 'org_admin');
  const counsellor1 = await aUser(deps.db, 'counsellor', { organisationId: admin1.organisationId });
  const counsellor2 = await aUser(deps.db, 'counsellor');
  const employer1 = await aUser(deps.db, 'employer');
  const employer2 = await aUser(deps.db, 'employer');
  const coordinator = await aUser(deps.db, 'coordinator');
  const people: People = {
    coordinator: coordinator.id,
    admin1: admin1.id,
    counsellor1: counsellor1.id,
    counsellor2: counsellor2.id,
    employer1: employer1.id,
    employer2: employer2.id,
    org1: admin1.organisationId ?? 0,
    org2: counsellor2.organisationId ?? 0,
    business1: employer1.businessId ?? 0,
    business2: employer2.businessId ?? 0,
  };
  const real: Real = { deps, people, callers: callersOf(deps, people) };
  const { id: phaseId } = await real.callers.coordinator.phases.create(
    phaseFields({
      // Small envelopes, so that budgets bind now and then.
      wageEnvelopeCents: 4_000_000,
      accompanimentEnvelopeCents: 800_000,
      organisations: [
        { organisationId: people.org1, pairingTarget: 10, wageAllocationCents: 2_500_000 },
        { organisationId: people.org2, pairingTarget: 10 },
      ],
    }),
  );
  await real.callers.coordinator.phases.transition({ phaseId, action: 'open' });
  return {
    model: { today: START, seq: 0, checks: 0, markerOf: new Map(), anonymised: new Set() },
    real,
  };
}

/** How often each action comes (the order of `actions`): a life needs more hires than posts. */
const weights = [5, 3, 1, 2, 4, 1, 1, 4, 4, 3, 2, 2, 1, 1, 1, 2, 2, 1];
const commands = actions.flatMap((arb, i) => Array.from({ length: weights[i] ?? 1 }, () => arb));

describe('a phase’s whole life, model-based', () => {
  it('every rule holds after every step of random lives', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 150, size: 'max' }), async (cmds) => {
        const { model, real } = await setup();
        await fc.asyncModelRun(() => ({ model, real }), cmds);
        // At the end of the run: everything of every anonymised person is gone.
        const markers = [...model.anonymised].map((id) => model.markerOf.get(id) ?? '');
        expect(personalDataLeft(real.deps.db, markers)).toEqual([]);
        expect(quebecToday(real.deps.clock.now())).toBe(model.today);
        real.deps.db.$client.close();
      }),
      { numRuns: Number(process.env.PHASE_LIFE_RUNS ?? 25) },
    );
    // Each kind of action did succeed somewhere (a test where all were refused would prove little).
    const kinds = actions.length;
    expect([...succeeded.keys()].length, JSON.stringify([...succeeded])).toBe(kinds);
  }, 600_000);
});
