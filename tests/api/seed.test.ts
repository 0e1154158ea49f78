import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  agreementSignatures,
  agreementVersions,
  claimProofs,
  claims,
  jobSeekers,
  pairings,
  paymentNoticeItems,
  payments,
  phases,
  postings,
  proposals,
  users,
} from '../../server/db/schema';
import { phaseBudget } from '../../server/features/money/budgets';
import { hasActivePairing } from '../../server/features/pairings/activePairing';
import { DEMO_PASSWORD, demoAccounts, isEmpty, seedDemoData } from '../../server/seed/demoData';
import { quebecToday } from '../../shared/dates';
import { fitRulesFor } from '../../shared/money/rules';
import { isProposable } from '../../shared/pairings/activePairing';
import { anonymous } from '../helpers/callers';
import {
  beforeItsPrerequisite,
  budgetsRecomputed,
  datedAfterTheClock,
  entriesToPayRecomputed,
  expectedProposable,
  moneyWithinLimits,
  reportCountsRecomputed,
} from '../helpers/invariants';
import { testDeps } from '../helpers/testDeps';

// Seeding hashes every demo account's password and the test signs each in (real argon2): 17 s
// alone on the shared 2-core machine, beyond the default 20 s when the whole suite runs.
describe('demo data', { timeout: 180_000 }, () => {
  it('seeds accounts that log in, postings in several states, ~15 seekers per organisation, proposals in every state', async () => {
    const deps = testDeps({ SEED_DEMO: '1' });
    expect(isEmpty(deps.db)).toBe(true);
    await seedDemoData(deps);
    expect(isEmpty(deps.db)).toBe(false);
    expect(deps.db.select({ n: count() }).from(users).get()?.n).toBeGreaterThan(
      demoAccounts.length,
    );
    for (const a of demoAccounts) {
      const me = await anonymous(deps, {
        ip: `198.51.100.${demoAccounts.indexOf(a)}`,
        userAgent: 't',
      }).auth.login({ email: a.email, password: DEMO_PASSWORD });
      expect(me.role).toBe(a.role);
    }
    const states = deps.db
      .select({ s: proposals.status })
      .from(proposals)
      .groupBy(proposals.status)
      .all()
      .map((r) => r.s);
    expect(states.sort()).toEqual([
      'declined',
      'expired',
      'hired',
      'interview',
      'proposed',
      'withdrawn',
    ]);
    const postingStates = deps.db
      .select({ s: postings.status })
      .from(postings)
      .groupBy(postings.status)
      .all()
      .map((r) => r.s);
    expect(postingStates).toEqual(expect.arrayContaining(['draft', 'open', 'closed']));
    const perOrg = deps.db
      .select({
        org: jobSeekers.organisationId,
        n: count(),
        proposable: sql<number>`sum(${jobSeekers.canBeProposed})`.mapWith(Number),
      })
      .from(jobSeekers)
      .where(sql`${jobSeekers.email} LIKE 'personne%'`)
      .groupBy(jobSeekers.organisationId)
      .all();
    expect(perOrg).toHaveLength(2);
    for (const o of perOrg) {
      expect(o.n).toBeGreaterThanOrEqual(15);
      expect(o.proposable).toBeLessThan(o.n); // varied consent
    }

    // Phase 9: closed, 13 organisations, 56 pairings with claims, payments, early ends, retention.
    const [p9, p10] = deps.db.select().from(phases).orderBy(phases.number).all();
    expect(p9).toMatchObject({ number: 9, status: 'closed' });
    expect(p10).toMatchObject({ number: 10, status: 'open', rules: fitRulesFor('2026-10-01') });
    expect(p9?.rules?.minHourlyWageCents).toBe(1610); // Quebec's minimum wage on 2025-09-01
    const p9Pairings = deps.db
      .select()
      .from(pairings)
      .where(eq(pairings.phaseId, p9?.id ?? 0))
      .all();
    expect(p9Pairings).toHaveLength(56);
    expect(new Set(p9Pairings.map((p) => p.organisationId)).size).toBe(13);
    expect(p9Pairings.filter((p) => p.status === 'ended_early').length).toBeGreaterThan(2);
    expect(p9Pairings.filter((p) => p.retentionOutcome === 'employed').length).toBeGreaterThan(20);
    expect(p9Pairings.every((p) => p.status !== 'active')).toBe(true);
    const paid = deps.db.select({ n: count() }).from(payments).get()?.n ?? 0;
    expect(paid).toBeGreaterThan(300);
    // Phase 10 has some activity, and the coordinator has claims waiting.
    const p10Pairings = deps.db
      .select()
      .from(pairings)
      .where(eq(pairings.phaseId, p10?.id ?? 0))
      .all();
    expect(p10Pairings.length).toBeGreaterThanOrEqual(10);
    expect(
      deps.db.select().from(claims).where(eq(claims.status, 'submitted')).all().length,
    ).toBeGreaterThan(0);
    // Budgets stay within the envelopes.
    const budget = phaseBudget(deps.db, p9?.id ?? 0);
    expect(budget.wage.committed).toBeLessThanOrEqual(budget.wage.envelope ?? 0);
    expect(budget.wage.approved).toBeLessThanOrEqual(budget.wage.committed);
    expect(budget.wage.paid).toBeLessThanOrEqual(budget.wage.approved);

    // The demo data obeys the rules that hold over time, as of the day it was seeded.
    expect(datedAfterTheClock(deps.db, deps.clock.now())).toEqual([]);
    expect(beforeItsPrerequisite(deps.db)).toEqual([]);
    expect(moneyWithinLimits(deps.db)).toEqual([]);
    expect(budgetsRecomputed(deps.db)).toEqual([]);
    expect(entriesToPayRecomputed(deps.db)).toEqual([]);
    expect(reportCountsRecomputed(deps.db)).toEqual([]);
    const today = quebecToday(deps.clock.now());
    const expected = expectedProposable(deps.db, today);
    for (const s of deps.db.select().from(jobSeekers).all()) {
      expect(isProposable(s, hasActivePairing(deps.db, s.id)), `person ${s.id}`).toBe(
        expected.get(s.id),
      );
    }
    // Every hire pays at least the minimum hourly wage of its phase.
    for (const p of deps.db.select().from(pairings).all()) {
      const phase = p.phaseId === p9?.id ? p9 : p10;
      expect(p.hourlyWageCents).toBeGreaterThanOrEqual(phase?.rules?.minHourlyWageCents ?? 0);
    }
    // The paperwork: agreements signed by both parties (and one waiting), one amendment, claims
    // with proofs of pay on disk, a payment notice for every payment.
    const versions = deps.db.select().from(agreementVersions).all();
    expect(versions.filter((v) => v.kind === 'wage_hours')).toHaveLength(1);
    const signatures = deps.db.select().from(agreementSignatures).all();
    const signedBoth = versions.filter(
      (v) => signatures.filter((x) => x.versionId === v.id).length === 2,
    );
    expect(signedBoth.length).toBeGreaterThanOrEqual(p9Pairings.length + 10);
    expect(versions.length - signedBoth.length).toBeGreaterThanOrEqual(1);
    const proofs = deps.db.select().from(claimProofs).all();
    expect(proofs.length).toBeGreaterThan(20);
    for (const p of proofs.slice(0, 5)) expect(deps.files.has(p.sha256)).toBe(true);
    const noticeItems = deps.db.select({ n: count() }).from(paymentNoticeItems).get()?.n ?? 0;
    expect(noticeItems).toBe(paid);
  }, 180_000);
});
