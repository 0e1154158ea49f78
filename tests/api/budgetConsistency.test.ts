// Budgets are always what the ledger and the pairings say: after random sequences of hires,
// claims, reviews, payments, reversals and early ends, the figures shown equal a
// recomputation from the raw rows, and nothing ever exceeds its envelope or maximum. The
// aggregates kept by the database (budget_totals) equal a recomputation too, and so does the
// migration's backfill of them.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  budgetTotals,
  claims,
  ledgerEntries,
  pairings,
  payments,
  tranches,
} from '../../server/db/schema';
import {
  committedForHire,
  committedTotals,
  organisationBudget,
  phaseBudget,
} from '../../server/features/money/budgets';
import { maxWageSubsidyCents } from '../../shared/money/calculator';
import { currentFitRules } from '../../shared/money/rules';
import { acceptBoth } from '../helpers/agreements';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

type Op =
  | { kind: 'hire'; weeks: number; hours: number }
  | { kind: 'claim'; pick: number; hours: number }
  | { kind: 'review'; pick: number; approve: boolean }
  | { kind: 'tranche'; pick: number; approve: boolean }
  | { kind: 'pay'; pick: number }
  | { kind: 'reverse'; pick: number }
  | { kind: 'endEarly'; pick: number }
  | { kind: 'amend'; pick: number; weeks: number }
  | { kind: 'complete'; pick: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('hire' as const),
    weeks: fc.integer({ min: 10, max: 18 }),
    hours: fc.integer({ min: 30, max: 45 }),
  }),
  fc.record({
    kind: fc.constant('claim' as const),
    pick: fc.nat(),
    hours: fc.integer({ min: 1, max: 90 }),
  }),
  fc.record({ kind: fc.constant('review' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ kind: fc.constant('tranche' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({ kind: fc.constant('pay' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('endEarly' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('amend' as const),
    pick: fc.nat(),
    weeks: fc.integer({ min: 9, max: 19 }),
  }),
  fc.record({ kind: fc.constant('complete' as const), pick: fc.nat() }),
);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The backfill statement of the migration that created budget_totals. */
const backfill = (
  readFileSync(new URL('../../drizzle/0005_budget_totals.sql', import.meta.url), 'utf8')
    .split('--> statement-breakpoint')
    .find((s) => s.includes('-- Backfill')) ?? ''
).trim();

type Db = ReturnType<typeof testDeps>['db'];

/** budget_totals as a map "phase/org/fund" → [committed, approved, paid], zero rows left out. */
function aggregateRows(db: Db) {
  const out = new Map<string, [number, number, number]>();
  for (const r of db.select().from(budgetTotals).all()) {
    if (r.committedCents === 0 && r.approvedCents === 0 && r.paidCents === 0) continue;
    out.set(`${r.phaseId}/${r.organisationId}/${r.fund}`, [
      r.committedCents,
      r.approvedCents,
      r.paidCents,
    ]);
  }
  return out;
}

/** The same map recomputed in JavaScript from the raw pairings, ledger and payments. */
function recomputedAggregates(db: Db) {
  const out = new Map<string, [number, number, number]>();
  const add = (key: string, i: 0 | 1 | 2, amount: number) => {
    const row = out.get(key) ?? [0, 0, 0];
    row[i] += amount;
    out.set(key, row);
  };
  for (const p of db.select().from(pairings).all()) {
    add(`${p.phaseId}/${p.organisationId}/wage`, 0, p.committedWageCents);
    add(`${p.phaseId}/${p.organisationId}/accompaniment`, 0, p.committedAccompanimentCents);
  }
  const paid = new Set(
    db
      .select()
      .from(payments)
      .all()
      .map((p) => p.ledgerEntryId),
  );
  for (const e of db.select().from(ledgerEntries).all()) {
    const key = `${e.phaseId}/${e.organisationId}/${e.fund}`;
    add(key, 1, e.amountCents);
    if (paid.has(e.id)) add(key, 2, e.amountCents);
  }
  for (const [key, row] of out) if (row.every((x) => x === 0)) out.delete(key);
  return out;
}

describe('budget consistency', () => {
  it('figures always equal a recomputation from the ledger and the pairings', async () => {
    let claimsSeen = 0;
    let reversalsSeen = 0;
    await fc.assert(
      // size 'max': sequences up to 40 operations (the default size stops near 10, too short
      // for a hire, a claim, its approval and its reversal to come in order often enough).
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 40, size: 'max' }), async (ops) => {
        const deps = testDeps();
        const w = await aWorld(deps);
        const org = w.users.counsellor1.organisationId ?? 0;
        const { id: phaseId } = await w.coord.phases.create(
          phaseFields({
            wageEnvelopeCents: 2_000_000,
            accompanimentEnvelopeCents: 400_000,
            organisations: [
              { organisationId: org, pairingTarget: 5, wageAllocationCents: 1_500_000 },
            ],
          }),
        );
        await w.coord.phases.transition({ phaseId, action: 'open' });
        const claimStarts = new Map<number, number>();
        for (const o of ops) {
          // Every operation either succeeds or is refused with a domain error; both are fine.
          await (async () => {
            // Hires are confirmed before their start; everything else happens once the periods
            // claimed have ended and the milestones have come (the rules that hold over time).
            deps.clock.setToday(o.kind === 'hire' ? '2026-12-01' : '2027-04-15');
            const all = deps.db.select().from(pairings).all();
            const pairing = all.length ? all[('pick' in o ? o.pick : 0) % all.length] : undefined;
            switch (o.kind) {
              case 'hire': {
                const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
                const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
                const p = await w.c1.proposals.create({
                  postingId: posting.id,
                  jobSeekerId: seeker.id,
                  message: '',
                });
                const hired = await w.e1.pairings.confirmHire({
                  proposalId: p.id,
                  startDate: '2026-12-07',
                  hourlyWageCents: 2400,
                  hoursPerWeek: o.hours,
                  plannedWeeks: o.weeks,
                });
                await acceptBoth(w.e1, w.c1, hired.pairingId);
                return;
              }
              case 'claim': {
                if (!pairing) return;
                const k = claimStarts.get(pairing.id) ?? 0;
                claimStarts.set(pairing.id, k + 1);
                const start = new Date(Date.parse('2026-12-07T00:00:00Z') + k * 14 * 86_400_000);
                const end = new Date(start.getTime() + 13 * 86_400_000);
                await w.e1.money.submitClaim({
                  pairingId: pairing.id,
                  periodStart: start.toISOString().slice(0, 10),
                  periodEnd: end.toISOString().slice(0, 10),
                  hoursWorked: o.hours,
                  grossWagesCents: o.hours * 2400,
                });
                return;
              }
              case 'review': {
                const c = deps.db
                  .select()
                  .from(claims)
                  .all()
                  .filter((x) => x.status === 'submitted');
                const target = c[o.pick % Math.max(1, c.length)];
                if (target)
                  await w.coord.money.reviewClaim(
                    o.approve
                      ? { id: target.id, action: 'approve' }
                      : { id: target.id, action: 'reject', reason: 'other' },
                  );
                return;
              }
              case 'tranche': {
                const t = deps.db
                  .select()
                  .from(tranches)
                  .all()
                  .filter((x) => x.status === 'due');
                const target = t[o.pick % Math.max(1, t.length)];
                if (target)
                  await w.coord.money.reviewTranche(
                    o.approve
                      ? { id: target.id, action: 'approve' }
                      : { id: target.id, action: 'reject', reason: 'other' },
                  );
                return;
              }
              case 'pay': {
                const e = deps.db
                  .select()
                  .from(ledgerEntries)
                  .all()
                  .filter((x) => x.kind !== 'reversal');
                const target = e[o.pick % Math.max(1, e.length)];
                if (target)
                  await w.coord.money.markPaid({
                    ledgerEntryId: target.id,
                    paidOn: '2027-04-15',
                    reference: `R-${target.id}`,
                  });
                return;
              }
              case 'reverse': {
                const e = deps.db
                  .select()
                  .from(ledgerEntries)
                  .all()
                  .filter((x) => x.kind !== 'reversal');
                const target = e[o.pick % Math.max(1, e.length)];
                if (target)
                  await w.coord.money.reverse({ ledgerEntryId: target.id, note: 'Correction' });
                return;
              }
              case 'endEarly':
                if (pairing)
                  await w.c1.pairings.endEarly({
                    pairingId: pairing.id,
                    endDate: '2027-01-10',
                    reason: 'quit',
                    comment: '',
                  });
                return;
              case 'complete':
                if (pairing)
                  await w.c1.pairings.complete({ pairingId: pairing.id, endDate: '2027-03-01' });
                return;
              case 'amend':
                // An amendment re-checks the budgets like a hire (refused past them).
                if (pairing) {
                  await w.c1.pairings.amend({
                    kind: 'weeks',
                    pairingId: pairing.id,
                    plannedWeeks: o.weeks,
                    comment: '',
                  });
                  await acceptBoth(w.e1, w.c1, pairing.id);
                }
                return;
            }
          })().catch((e: unknown) => {
            if (!(e instanceof Error) || e.name !== 'TRPCError') throw e;
            if ((e as { code?: string }).code === 'INTERNAL_SERVER_ERROR') throw e;
          });
        }

        const allPairings = deps.db.select().from(pairings).all();
        const allClaims = deps.db.select().from(claims).all();
        const allTranches = deps.db.select().from(tranches).all();
        const ledger = deps.db.select().from(ledgerEntries).all();
        const paidIds = new Set(
          deps.db
            .select()
            .from(payments)
            .all()
            .map((p) => p.ledgerEntryId),
        );
        // After an early end: what the weeks it lasted can pay, or what its claims already use.
        const claimedOn = (id: number) =>
          sum(
            allClaims
              .filter(
                (c) => c.pairingId === id && (c.status === 'submitted' || c.status === 'approved'),
              )
              .map((c) => c.amountCents),
          );
        const committedWage = sum(
          allPairings.map((p) =>
            p.status === 'ended_early'
              ? Math.min(
                  p.maxWageSubsidyCents,
                  Math.max(
                    claimedOn(p.id),
                    maxWageSubsidyCents(currentFitRules, {
                      hourlyWageCents: p.hourlyWageCents,
                      hoursPerWeek: p.hoursPerWeek,
                      weeks: Math.ceil(
                        ((Date.parse(p.endDate ?? '') - Date.parse(p.startDate)) / 86_400_000 + 1) /
                          7,
                      ),
                    }),
                  ),
                )
              : p.maxWageSubsidyCents,
          ),
        );
        const committedAcc = sum(
          allPairings.map((p) =>
            p.status === 'ended_early'
              ? sum(
                  allTranches
                    .filter(
                      (t) =>
                        t.pairingId === p.id && (t.status === 'due' || t.status === 'approved'),
                    )
                    .map((t) => t.amountCents),
                )
              : p.accompanimentCents,
          ),
        );
        // An active pairing holds the maximum of its terms, amended or not.
        for (const p of allPairings.filter((x) => x.status !== 'ended_early')) {
          expect(p.maxWageSubsidyCents).toBe(
            maxWageSubsidyCents(currentFitRules, {
              hourlyWageCents: p.hourlyWageCents,
              hoursPerWeek: p.hoursPerWeek,
              weeks: p.plannedWeeks,
            }),
          );
        }
        const fund = (f: 'wage' | 'accompaniment') => ledger.filter((e) => e.fund === f);
        const b = phaseBudget(deps.db, phaseId);
        expect(b.wage.committed).toBe(committedWage);
        expect(b.accompaniment.committed).toBe(committedAcc);
        expect(b.wage.approved).toBe(sum(fund('wage').map((e) => e.amountCents)));
        expect(b.accompaniment.approved).toBe(sum(fund('accompaniment').map((e) => e.amountCents)));
        expect(b.wage.paid).toBe(
          sum(
            fund('wage')
              .filter((e) => paidIds.has(e.id))
              .map((e) => e.amountCents),
          ),
        );
        expect(b.wage.remaining).toBe(2_000_000 - committedWage);
        expect(b.wage.remaining ?? -1).toBeGreaterThanOrEqual(0);
        expect(b.accompaniment.remaining ?? -1).toBeGreaterThanOrEqual(0);
        const mine = organisationBudget(deps.db, phaseId, org);
        expect(mine.wage.remaining ?? -1).toBeGreaterThanOrEqual(0);
        // The hire's one-read check sees the same committed figures.
        expect(committedForHire(deps.db, phaseId, org)).toEqual({
          phase: committedTotals(deps.db, phaseId, null),
          organisation: committedTotals(deps.db, phaseId, org),
        });
        expect(committedTotals(deps.db, phaseId, org).wage).toBe(mine.wage.committed);
        for (const p of allPairings) {
          const claimed = sum(
            allClaims
              .filter(
                (c) =>
                  c.pairingId === p.id && (c.status === 'submitted' || c.status === 'approved'),
              )
              .map((c) => c.amountCents),
          );
          expect(claimed).toBeLessThanOrEqual(p.maxWageSubsidyCents);
        }

        // The aggregates the database keeps equal a recomputation from the raw rows…
        const expected = recomputedAggregates(deps.db);
        expect(aggregateRows(deps.db)).toEqual(expected);
        // …and so does the migration's backfill run on the same rows.
        deps.db.$client.exec('DELETE FROM budget_totals');
        deps.db.$client.exec(backfill);
        expect(aggregateRows(deps.db)).toEqual(expected);
        claimsSeen += allClaims.length;
        reversalsSeen += ledger.filter((e) => e.kind === 'reversal').length;
        deps.db.$client.close();
      }),
      { numRuns: 25 },
    );
    // The runs did exercise claims and reversals (a run where all were refused proves little).
    expect(claimsSeen).toBeGreaterThan(0);
    expect(reversalsSeen).toBeGreaterThan(0);
  }, 120_000);
});
