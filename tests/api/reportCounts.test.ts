// The funder report reads counts the database keeps (report_counts, report_people: triggers of
// the «report_counts» migration) instead of scanning the phase's pairings. After random sequences
// of hires (people hired again, their client groups changed in between), postings moved to
// another region or occupation, early ends, completions, retention checks, claims, reviews and
// reversals, going through the real procedures:
// - the kept counts equal a recomputation from the raw pairings and postings;
// - the report the coordinator and an organisation's manager see equals the report recomputed
//   from the raw rows, on several days (overdue retention checks move with the clock), and its
//   approved money counts approved claims and tranches only (reversed ones do not count);
// - the migration's backfill, run on the same rows, gives the same counts.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/client';
import {
  claims,
  jobSeekers,
  ledgerEntries,
  pairings,
  postings,
  reportCounts,
  reportPeople,
  tranches,
} from '../../server/db/schema';
import { type ClientGroup, clientGroups } from '../../shared/clientGroups';
import { addDays } from '../../shared/dates';
import { suppressSmall } from '../../shared/reports/schemas';
import { acceptBoth } from '../helpers/agreements';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { mondayOf, reportCountsRecomputed } from '../helpers/invariants';
import { testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

const regions = ['01', '06', '13', '16'] as const;
const nocs = ['13100', '65100', '75101', '94100'] as const;
const groups = fc.subarray([...clientGroups], { minLength: 1, maxLength: 3 });

type Op =
  | {
      kind: 'hire';
      second: boolean;
      again: number | null;
      region: (typeof regions)[number];
      noc: (typeof nocs)[number];
      groups: ClientGroup[];
      startIn: number;
    }
  | { kind: 'movePosting'; pick: number; region: (typeof regions)[number]; noc: string }
  | { kind: 'regroup'; pick: number; groups: ClientGroup[] }
  | { kind: 'endEarly'; pick: number }
  | { kind: 'complete'; pick: number }
  | { kind: 'retention'; pick: number; outcome: 'employed' | 'not_employed' | 'unknown' }
  | { kind: 'claim'; pick: number }
  | { kind: 'review'; pick: number; approve: boolean }
  | { kind: 'tranche'; pick: number; approve: boolean }
  | { kind: 'reverse'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('hire' as const),
      second: fc.boolean(),
      again: fc.option(fc.nat(), { nil: null }),
      region: fc.constantFrom(...regions),
      noc: fc.constantFrom(...nocs),
      groups,
      startIn: fc.integer({ min: 0, max: 40 }),
    }),
  },
  fc.record({
    kind: fc.constant('movePosting' as const),
    pick: fc.nat(),
    region: fc.constantFrom(...regions),
    noc: fc.constantFrom(...nocs),
  }),
  fc.record({ kind: fc.constant('regroup' as const), pick: fc.nat(), groups }),
  fc.record({ kind: fc.constant('endEarly' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('complete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('retention' as const),
    pick: fc.nat(),
    outcome: fc.constantFrom('employed' as const, 'not_employed' as const, 'unknown' as const),
  }),
  fc.record({ kind: fc.constant('claim' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('review' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ kind: fc.constant('tranche' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
);

/** Hires in both organisations, then every other kind of write, the last hire a person again. */
const everyKind: Op[] = [
  {
    kind: 'hire',
    second: false,
    again: null,
    region: '06',
    noc: '65100',
    groups: ['youth'],
    startIn: 0,
  },
  {
    kind: 'hire',
    second: true,
    again: null,
    region: '13',
    noc: '13100',
    groups: ['women', 'youth'],
    startIn: 3,
  },
  {
    kind: 'hire',
    second: false,
    again: null,
    region: '01',
    noc: '94100',
    groups: ['immigrants'],
    startIn: 10,
  },
  { kind: 'movePosting', pick: 0, region: '16', noc: '75101' },
  { kind: 'regroup', pick: 1, groups: ['disability'] },
  { kind: 'claim', pick: 0 },
  { kind: 'review', pick: 0, approve: true },
  { kind: 'tranche', pick: 0, approve: true },
  { kind: 'reverse', pick: 0 },
  { kind: 'reverse', pick: 0 },
  { kind: 'endEarly', pick: 1 },
  { kind: 'complete', pick: 2 },
  { kind: 'retention', pick: 1, outcome: 'employed' },
  { kind: 'retention', pick: 2, outcome: 'unknown' },
  {
    kind: 'hire',
    second: true,
    again: 0,
    region: '06',
    noc: '65100',
    groups: ['youth'],
    startIn: 20,
  },
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pickFrom = <T>(xs: T[], pick: number): T | undefined =>
  xs.length === 0 ? undefined : xs[pick % xs.length];

/** Counted keys in key order, as the report lists them. */
function tallied(keys: string[]) {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The report's counts and approved money recomputed from the raw rows, for one scope and day. */
function recomputedReport(db: Db, phaseId: number, organisationId: number | null, today: string) {
  const all = db.select().from(pairings).all();
  const mine = all.filter(
    (p) =>
      p.phaseId === phaseId && (organisationId === null || p.organisationId === organisationId),
  );
  const postingOf = new Map(
    db
      .select()
      .from(postings)
      .all()
      .map((p) => [p.id, p]),
  );
  const count = (f: (p: (typeof mine)[number]) => boolean) => mine.filter(f).length;
  const weeks = tallied(mine.map((p) => mondayOf(p.startDate)));
  const filled: { weekStart: string; pairings: number }[] = [];
  const first = weeks[0]?.[0];
  const last = weeks.at(-1)?.[0];
  for (let w = first; w && last && w <= last; w = addDays(w, 7))
    filled.push({ weekStart: w, pairings: weeks.find(([k]) => k === w)?.[1] ?? 0 });
  const inScope = new Set(mine.map((p) => p.id));
  const approvedClaims = db
    .select()
    .from(claims)
    .all()
    .filter((c) => inScope.has(c.pairingId) && c.status === 'approved');
  const approvedTranches = db
    .select()
    .from(tranches)
    .all()
    .filter((t) => inScope.has(t.pairingId) && t.status === 'approved');
  return {
    pairings: mine.length,
    regions: tallied(mine.map((p) => postingOf.get(p.postingId)?.regionCode ?? '')).map(
      ([regionCode, n]) => ({ regionCode, pairings: n }),
    ),
    occupations: tallied(
      mine.map((p) => postingOf.get(p.postingId)?.nocCode.slice(0, 1) ?? ''),
    ).map(([category, n]) => ({ category, pairings: n })),
    weeks: filled,
    byClientGroup: clientGroups.map((group) => ({
      group,
      people: suppressSmall(
        new Set(mine.filter((p) => p.clientGroups.includes(group)).map((p) => p.jobSeekerId)).size,
      ),
    })),
    outcomes: {
      pairings: mine.length,
      active: count((p) => p.status === 'active'),
      completed: count((p) => p.status === 'completed'),
      endedEarly: count((p) => p.status === 'ended_early'),
      employed: count((p) => p.retentionOutcome === 'employed'),
      notEmployed: count((p) => p.retentionOutcome === 'not_employed'),
      unknown: count((p) => p.retentionOutcome === 'unknown'),
      retentionOverdue: count(
        (p) =>
          p.retentionOutcome === null && p.retentionDueOn !== null && p.retentionDueOn <= today,
      ),
      retentionUpcoming: count(
        (p) => p.retentionOutcome === null && p.retentionDueOn !== null && p.retentionDueOn > today,
      ),
    },
    perOrganisation: (organisationId: number) => {
      const own = mine.filter((p) => p.organisationId === organisationId);
      return {
        pairings: own.length,
        active: own.filter((p) => p.status === 'active').length,
        completed: own.filter((p) => p.status === 'completed').length,
        endedEarly: own.filter((p) => p.status === 'ended_early').length,
      };
    },
    approved: {
      wage: sum(approvedClaims.map((c) => c.amountCents)),
      accompaniment: sum(approvedTranches.map((t) => t.amountCents)),
    },
  };
}

/** The backfill statements of the migration that created report_counts (found by name). */
function backfillStatements(): string[] {
  const dir = new URL('../../drizzle/', import.meta.url);
  const file = readdirSync(dir).find((f) => f.endsWith('_report_counts.sql'));
  if (!file) throw new Error('no report_counts migration');
  return readFileSync(new URL(file, dir), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => !s.includes('CREATE ') && s.includes('INSERT INTO `report_'));
}

describe('report counts kept by the database', () => {
  it('equal a recomputation from the raw rows after random writes, and so does the report', async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 30 }), async (ops) => {
        const deps = testDeps();
        const w = await aWorld(deps);
        const org1 = w.users.counsellor1.organisationId ?? 0;
        const org2 = w.users.counsellor2.organisationId ?? 0;
        const { id: phaseId } = await w.coord.phases.create(
          phaseFields({
            organisations: [
              { organisationId: org1, pairingTarget: 5 },
              { organisationId: org2, pairingTarget: 5 },
            ],
          }),
        );
        await w.coord.phases.transition({ phaseId, action: 'open' });
        const claimed = new Map<number, number>();
        for (const o of ops) {
          // Hires are confirmed before their start; the rest happens once the periods claimed
          // have ended, the milestones have come and the retention checks are due.
          deps.clock.setToday(
            o.kind === 'hire' || o.kind === 'movePosting' || o.kind === 'regroup'
              ? '2026-12-01'
              : o.kind === 'retention'
                ? '2027-09-01'
                : '2027-04-15',
          );
          const all = deps.db.select().from(pairings).all();
          const pairing = 'pick' in o ? pickFrom(all, o.pick) : undefined;
          const ok = await (async () => {
            switch (o.kind) {
              case 'hire': {
                const counsellor = o.second ? w.c2 : w.c1;
                const org = o.second ? org2 : org1;
                const free = deps.db
                  .select()
                  .from(jobSeekers)
                  .all()
                  .filter(
                    (s) =>
                      s.organisationId === org &&
                      !all.some((p) => p.jobSeekerId === s.id && p.status === 'active'),
                  );
                const again = o.again === null ? undefined : pickFrom(free, o.again);
                const seekerId =
                  again?.id ??
                  (await counsellor.jobSeekers.create(jobSeekerFields({ clientGroups: o.groups })))
                    .id;
                const posting = await w.e1.postings.create({
                  ...postingFields({ regionCode: o.region, nocCode: o.noc, positions: 3 }),
                  publish: true,
                });
                const p = await counsellor.proposals.create({
                  postingId: posting.id,
                  jobSeekerId: seekerId,
                  message: '',
                });
                const { pairingId } = await w.e1.pairings.confirmHire({
                  proposalId: p.id,
                  startDate: addDays('2026-12-07', o.startIn),
                  hourlyWageCents: 2400,
                  hoursPerWeek: 35,
                  plannedWeeks: 12,
                });
                // Both parties accept the agreement, as they must before any claim.
                await acceptBoth(w.e1, counsellor, pairingId);
                return true;
              }
              case 'movePosting': {
                const posting =
                  pairing &&
                  deps.db
                    .select()
                    .from(postings)
                    .all()
                    .find((x) => x.id === pairing.postingId);
                if (posting?.status !== 'open') return false;
                const { id: postingId, ...rest } = posting;
                await w.e1.postings.update({
                  ...postingFields(),
                  postingId,
                  title: rest.title,
                  startDate: rest.startDate,
                  positions: rest.positions,
                  regionCode: o.region,
                  nocCode: o.noc,
                });
                return true;
              }
              case 'regroup': {
                if (!pairing) return false;
                const seeker = deps.db
                  .select()
                  .from(jobSeekers)
                  .all()
                  .find((s) => s.id === pairing.jobSeekerId);
                if (!seeker) return false;
                const counsellor = seeker.organisationId === org1 ? w.c1 : w.c2;
                await counsellor.jobSeekers.update({
                  ...jobSeekerFields({ clientGroups: o.groups }),
                  jobSeekerId: seeker.id,
                });
                return true;
              }
              case 'endEarly':
                if (!pairing) return false;
                await (pairing.organisationId === org1 ? w.c1 : w.c2).pairings.endEarly({
                  pairingId: pairing.id,
                  endDate: '2027-01-10',
                  reason: 'quit',
                  comment: '',
                });
                return true;
              case 'complete':
                if (!pairing) return false;
                await (pairing.organisationId === org1 ? w.c1 : w.c2).pairings.complete({
                  pairingId: pairing.id,
                  endDate: pairing.plannedEndDate,
                });
                return true;
              case 'retention':
                if (!pairing?.retentionDueOn) return false;
                await (pairing.organisationId === org1 ? w.c1 : w.c2).pairings.recordRetention({
                  pairingId: pairing.id,
                  outcome: o.outcome,
                  checkedOn: pairing.retentionDueOn,
                });
                return true;
              case 'claim': {
                if (!pairing) return false;
                const k = claimed.get(pairing.id) ?? 0;
                claimed.set(pairing.id, k + 1);
                const start = addDays(pairing.startDate, k * 14);
                await w.e1.money.submitClaim({
                  pairingId: pairing.id,
                  periodStart: start,
                  periodEnd: addDays(start, 13),
                  hoursWorked: 70,
                  grossWagesCents: 70 * 2400,
                });
                return true;
              }
              case 'review': {
                const c = pickFrom(
                  deps.db
                    .select()
                    .from(claims)
                    .all()
                    .filter((x) => x.status === 'submitted'),
                  o.pick,
                );
                if (!c) return false;
                await w.coord.money.reviewClaim(
                  o.approve
                    ? { id: c.id, action: 'approve' }
                    : { id: c.id, action: 'reject', reason: 'other' },
                );
                return true;
              }
              case 'tranche': {
                const t = pickFrom(
                  deps.db
                    .select()
                    .from(tranches)
                    .all()
                    .filter((x) => x.status === 'due'),
                  o.pick,
                );
                if (!t) return false;
                await w.coord.money.reviewTranche(
                  o.approve
                    ? { id: t.id, action: 'approve' }
                    : { id: t.id, action: 'reject', reason: 'other' },
                );
                return true;
              }
              case 'reverse': {
                const e = pickFrom(
                  deps.db
                    .select()
                    .from(ledgerEntries)
                    .all()
                    .filter((x) => x.kind !== 'reversal'),
                  o.pick,
                );
                if (!e) return false;
                await w.coord.money.reverse({ ledgerEntryId: e.id, note: 'Correction' });
                return true;
              }
            }
          })().catch((e: unknown) => {
            // A refusal (a domain error) is fine; anything else is a failure.
            if (!(e instanceof Error) || e.name !== 'TRPCError') throw e;
            if ((e as { code?: string }).code === 'INTERNAL_SERVER_ERROR') throw e;
            return false;
          });
          if (ok) seen.set(o.kind, (seen.get(o.kind) ?? 0) + 1);
        }

        expect(reportCountsRecomputed(deps.db)).toEqual([]);
        // Some days, and the due days of retention checks (due that day counts as overdue).
        const dueDays = deps.db
          .select()
          .from(pairings)
          .all()
          .flatMap((p) => (p.retentionDueOn ? [p.retentionDueOn] : []));
        for (const today of ['2027-04-15', '2027-09-01', ...new Set(dueDays.slice(0, 3))]) {
          deps.clock.setToday(today);
          for (const [caller, scope] of [
            [w.coord, null],
            [w.admin1, org1],
          ] as const) {
            const report = await caller.reports.phase({ phaseId });
            const expected = recomputedReport(deps.db, phaseId, scope, today);
            expect(report.totals.pairings).toBe(expected.pairings);
            expect(report.regions).toEqual(expected.regions);
            expect(report.occupations).toEqual(expected.occupations);
            expect(report.weeks).toEqual(expected.weeks);
            expect(report.byClientGroup).toEqual(expected.byClientGroup);
            expect(report.outcomes).toMatchObject(expected.outcomes);
            for (const o of report.organisations)
              expect(o).toMatchObject(expected.perOrganisation(o.organisationId));
            expect(report.money.wage.approved).toBe(expected.approved.wage);
            expect(report.money.accompaniment.approved).toBe(expected.approved.accompaniment);
          }
        }

        // The migration's backfill, on the same rows, gives what the triggers kept.
        const kept = JSON.stringify(
          deps.db.$client
            .prepare('SELECT * FROM report_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4')
            .all(),
        );
        const people = JSON.stringify(
          deps.db.$client.prepare('SELECT * FROM report_people ORDER BY 1, 2, 3, 4').all(),
        );
        deps.db.delete(reportCounts).run();
        deps.db.delete(reportPeople).run();
        for (const statement of backfillStatements()) deps.db.$client.exec(statement);
        expect(
          JSON.stringify(
            deps.db.$client
              .prepare('SELECT * FROM report_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4')
              .all(),
          ),
        ).toBe(kept);
        expect(
          JSON.stringify(
            deps.db.$client.prepare('SELECT * FROM report_people ORDER BY 1, 2, 3, 4').all(),
          ),
        ).toBe(people);
      }),
      // One life that does every kind of write, then random ones.
      { numRuns: 25, examples: [[everyKind]] },
    );
    // Every kind of write happened (the first life does each), else the property proves little.
    for (const kind of [
      'hire',
      'movePosting',
      'regroup',
      'endEarly',
      'complete',
      'retention',
      'claim',
      'review',
      'tranche',
      'reverse',
    ])
      expect(seen.get(kind) ?? 0, kind).toBeGreaterThan(0);
  }, 240_000);

  it('counts a person once per client group however many pairings they have', async () => {
    const deps = testDeps();
    const w = await aWorld(deps);
    const org1 = w.users.counsellor1.organisationId ?? 0;
    const { id: phaseId } = await w.coord.phases.create(
      phaseFields({ organisations: [{ organisationId: org1, pairingTarget: 5 }] }),
    );
    await w.coord.phases.transition({ phaseId, action: 'open' });
    deps.clock.setToday('2026-12-01');
    const hire = async (seekerId: number) => {
      const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
      const p = await w.c1.proposals.create({
        postingId: posting.id,
        jobSeekerId: seekerId,
        message: '',
      });
      return w.e1.pairings.confirmHire({
        proposalId: p.id,
        startDate: '2026-12-07',
        hourlyWageCents: 2400,
        hoursPerWeek: 35,
        plannedWeeks: 12,
      });
    };
    const people = [];
    for (let i = 0; i < 5; i++)
      people.push(
        await w.c1.jobSeekers.create(jobSeekerFields({ clientGroups: ['youth', 'women'] })),
      );
    const first = await hire(people[0]?.id ?? 0);
    for (const p of people.slice(1)) await hire(p.id);
    const groupsOf = async () =>
      Object.fromEntries(
        (await w.coord.reports.phase({ phaseId })).byClientGroup.map((g) => [g.group, g.people]),
      );
    expect(await groupsOf()).toMatchObject({ youth: 5, women: 5, immigrants: 0 });
    // The first person ends early and is hired again, now also counted as an immigrant: five
    // people still, six pairings; the immigrant count of one is suppressed.
    deps.clock.setToday('2027-01-10');
    await w.c1.pairings.endEarly({
      pairingId: first.pairingId,
      endDate: '2027-01-10',
      reason: 'quit',
      comment: '',
    });
    await w.c1.jobSeekers.update({
      ...jobSeekerFields({ clientGroups: ['youth', 'women', 'immigrants'] }),
      jobSeekerId: people[0]?.id ?? 0,
    });
    deps.clock.setToday('2027-01-11');
    const again = await w.e1.postings.create({
      ...postingFields({ startDate: '2027-01-18' }),
      publish: true,
    });
    const p = await w.c1.proposals.create({
      postingId: again.id,
      jobSeekerId: people[0]?.id ?? 0,
      message: '',
    });
    await w.e1.pairings.confirmHire({
      proposalId: p.id,
      startDate: '2027-01-18',
      hourlyWageCents: 2400,
      hoursPerWeek: 35,
      plannedWeeks: 10,
    });
    const report = await w.coord.reports.phase({ phaseId });
    expect(report.totals.pairings).toBe(6);
    expect(Object.fromEntries(report.byClientGroup.map((g) => [g.group, g.people]))).toMatchObject({
      youth: 5,
      women: 5,
      immigrants: null,
    });
    expect(reportCountsRecomputed(deps.db)).toEqual([]);
  });
});
