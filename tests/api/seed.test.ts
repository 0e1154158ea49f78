import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { jobSeekers, postings, proposals, users } from '../../server/db/schema';
import { DEMO_PASSWORD, demoAccounts, isEmpty, seedDemoData } from '../../server/seed/demoData';
import { anonymous } from '../helpers/callers';
import { testDeps } from '../helpers/testDeps';

describe('demo data', () => {
  it('seeds accounts that log in, postings in several states, ~15 seekers per organisation, proposals in every state', async () => {
    const deps = testDeps({ SEED_DEMO: '1' });
    expect(isEmpty(deps.db)).toBe(true);
    await seedDemoData(deps);
    expect(isEmpty(deps.db)).toBe(false);
    expect(deps.db.select({ n: count() }).from(users).get()?.n).toBe(demoAccounts.length);
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
      .groupBy(jobSeekers.organisationId)
      .all();
    expect(perOrg).toHaveLength(2);
    for (const o of perOrg) {
      expect(o.n).toBeGreaterThanOrEqual(15);
      expect(o.proposable).toBeLessThan(o.n); // varied consent
    }
  });
});
