// Notifications: who is told of each event (and nobody else), delivery as each person chose
// (in-app, email at once in their language, daily digest), the job runner's periods (a second
// run, a restart, a missed hour), reminders due, and each user's own inbox.
import { eq, gt } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { jobRuns, notifications, outbox, tranches, users } from '../../server/db/schema';
import { remindUnansweredProposals } from '../../server/features/proposals/expireProposals';
import { createJobRunner, runDueJobs } from '../../server/jobs/runner';
import { dailyPeriod } from '../../server/jobs/schedule';
import { seedDemoData } from '../../server/seed/demoData';
import { messageKey } from '../../shared/notifications/kinds';
import { acceptBoth } from '../helpers/agreements';
import { aUser, jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let extra: {
  employer1b: Awaited<ReturnType<typeof aUser>>;
  admin2: Awaited<ReturnType<typeof aUser>>;
};

const hire = { startDate: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35, plannedWeeks: 12 };
const twoWeeks = {
  periodStart: '2026-12-07',
  periodEnd: '2026-12-20',
  hoursWorked: 70,
  grossWagesCents: 140_000,
};

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  extra = {
    // A second person at business 1 (reads English), and the manager of organisation 2.
    employer1b: await aUser(deps.db, 'employer', {
      businessId: w.users.employer1.businessId,
      locale: 'en-CA',
    }),
    admin2: await aUser(deps.db, 'org_admin', {
      organisationId: w.users.counsellor2.organisationId,
    }),
  };
});

async function openPhase() {
  const orgs = [w.users.counsellor1.organisationId ?? 0, w.users.counsellor2.organisationId ?? 0];
  const { id } = await w.coord.phases.create(
    phaseFields({
      organisations: orgs.map((organisationId) => ({ organisationId, pairingTarget: 5 })),
    }),
  );
  await w.coord.phases.transition({ phaseId: id, action: 'open' });
}

async function aProposal(employer = w.e1, counsellor = w.c1) {
  const posting = await employer.postings.create({ ...postingFields(), publish: true });
  const seeker = await counsellor.jobSeekers.create(jobSeekerFields());
  const proposal = await counsellor.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: 'Très motivée',
  });
  return { posting, seeker, proposal };
}

/** Who received what: for each user name, the message keys of their notifications. */
function received(): Record<string, string[]> {
  const names: Record<number, string> = {
    [w.users.admin1.id]: 'admin1',
    [w.users.counsellor1.id]: 'counsellor1',
    [w.users.counsellor2.id]: 'counsellor2',
    [w.users.employer1.id]: 'employer1',
    [w.users.employer2.id]: 'employer2',
    [w.users.coordinator.id]: 'coordinator',
    [extra.employer1b.id]: 'employer1b',
    [extra.admin2.id]: 'admin2',
  };
  const out: Record<string, string[]> = {};
  for (const n of deps.db.select().from(notifications).orderBy(notifications.id).all()) {
    const who = names[n.userId] ?? `user${n.userId}`;
    out[who] = [...(out[who] ?? []), messageKey(n.kind, n.params)];
  }
  return out;
}

function mailsTo(email: string) {
  return deps.db.select().from(outbox).where(eq(outbox.toAddress, email)).all();
}

describe('who is told', () => {
  it('each event reaches the right people and nobody of another business or organisation', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    expect(received()).toEqual({
      employer1: ['proposal_received'],
      employer1b: ['proposal_received'],
    });

    await w.e1.proposals.inviteToInterview({ proposalId: proposal.id });
    const declined = await aProposal();
    await w.e1.proposals.decline({ proposalId: declined.proposal.id, reason: 'other' });
    const { pairingId } = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
    deps.clock.setToday('2027-01-04'); // both pay periods have ended
    await acceptBoth(w.e1, w.c1, pairingId);
    const claim = await w.e1.money.submitClaim({ pairingId, ...twoWeeks });
    const approved = await w.coord.money.reviewClaim({ id: claim.id, action: 'approve' });
    await w.coord.money.markPaid({
      ledgerEntryId: approved.ledgerEntryId ?? 0,
      paidOn: '2027-01-04',
      reference: 'VIR-1',
    });
    const second = await w.e1.money.submitClaim({
      pairingId,
      ...twoWeeks,
      periodStart: '2026-12-21',
      periodEnd: '2027-01-03',
    });
    await w.coord.money.reviewClaim({
      id: second.id,
      action: 'reject',
      reason: 'missing_documents',
    });
    const tranche = deps.db.select().from(tranches).where(eq(tranches.pairingId, pairingId)).get();
    const t = await w.coord.money.reviewTranche({ id: tranche?.id ?? 0, action: 'approve' });
    await w.coord.money.markPaid({
      ledgerEntryId: t.ledgerEntryId ?? 0,
      paidOn: '2027-01-04',
      reference: 'VIR-2',
    });

    const employerSide = [
      'proposal_received',
      'proposal_received',
      'agreement_to_sign_agreement',
      'claim_reviewed_claim_approved',
      'payment_made_wage',
      'claim_reviewed_claim_rejected',
    ];
    expect(received()).toEqual({
      employer1: employerSide,
      employer1b: employerSide,
      counsellor1: [
        'proposal_answered_interview',
        'proposal_answered_declined',
        'hire_confirmed',
        'agreement_to_sign_agreement',
        'claim_reviewed_tranche_approved',
        'payment_made_accompaniment',
      ],
      admin1: [
        'hire_confirmed',
        'agreement_to_sign_agreement',
        'claim_reviewed_tranche_approved',
        'payment_made_accompaniment',
      ],
      coordinator: ['hire_confirmed', 'claim_submitted', 'claim_submitted'],
    });
    // Links go straight to the item, per side.
    const links = deps.db
      .select({ userId: notifications.userId, kind: notifications.kind, link: notifications.link })
      .from(notifications)
      .all();
    expect(links).toContainEqual({
      userId: w.users.employer1.id,
      kind: 'proposal_received',
      link: `/postings/${declined.posting.id}?proposal=${declined.proposal.id}`,
    });
    expect(links).toContainEqual({
      userId: w.users.coordinator.id,
      kind: 'hire_confirmed',
      link: `/pairings/${pairingId}`,
    });
    expect(links).toContainEqual({
      userId: w.users.admin1.id,
      kind: 'hire_confirmed',
      link: `/accompaniment/${pairingId}`,
    });
  });

  it('a refused hire tells nobody (notifications share the event’s transaction)', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    const before = deps.db.select().from(notifications).all().length;
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire, hoursPerWeek: 20 }),
      'pairing.rule.minHoursPerWeek',
    );
    expect(deps.db.select().from(notifications).all()).toHaveLength(before);
  });

  it('notifications to employers carry no name, client group or note; emails neither', async () => {
    await aProposal();
    deps.clock.advanceMinutes(8 * 24 * 60);
    remindUnansweredProposals(deps);
    const toEmployer = deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, w.users.employer1.id))
      .all();
    expect(toEmployer.map((n) => n.kind)).toEqual(['proposal_received', 'proposal_unanswered']);
    const everything = JSON.stringify([toEmployer, mailsTo(w.users.employer1.email)]);
    for (const secret of ['Amina', 'Diallo', 'NOTE-PRIVEE', 'immigrants', 'Très motivée'])
      expect(everything).not.toContain(secret);
  });

  it('the unanswered reminder is one notification per employer user, once', async () => {
    const { proposal } = await aProposal();
    deps.clock.advanceMinutes(7 * 24 * 60 + 1);
    remindUnansweredProposals(deps);
    remindUnansweredProposals(deps);
    const reminders = deps.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'proposal_unanswered'))
      .all();
    expect(reminders.map((n) => n.userId).sort()).toEqual(
      [w.users.employer1.id, extra.employer1b.id].sort(),
    );
    expect(reminders[0]).toMatchObject({ dedupeKey: `proposal:${proposal.id}:unanswered` });
  });
});

describe('delivery as each person chose', () => {
  it('email (the default here): one email at once, in the recipient’s language, with the link', async () => {
    const { posting, proposal } = await aProposal();
    const link = `http://localhost:3000/postings/${posting.id}?proposal=${proposal.id}`;
    const [fr] = mailsTo(w.users.employer1.email);
    const en = mailsTo(extra.employer1b.email);
    expect(en).toHaveLength(1);
    expect(fr?.subject).toContain('Nouvelle candidature proposée');
    expect(fr?.textBody).toContain(link);
    expect(en[0]?.subject).toContain('New candidate proposed');
    // Each language its own quotation marks around the posting's title.
    expect(fr?.subject).toMatch(/« .+ »/);
    expect(en[0]?.subject).toMatch(/“.+”/);
    expect(en[0]?.subject).not.toContain('«');
    expect(en[0]?.textBody).toContain(link);
    expect(en[0]?.textBody).toContain('http://localhost:3000/account');
  });

  it('in_app: no email at all', async () => {
    await as(deps, extra.employer1b.id).notifications.setPreference({
      kind: 'proposal_received',
      delivery: 'in_app',
    });
    await aProposal();
    expect(mailsTo(extra.employer1b.email)).toHaveLength(0);
    expect(mailsTo(w.users.employer1.email)).toHaveLength(1);
    expect(received().employer1b).toEqual(['proposal_received']);
  });

  it('digest: nothing until the digest job, then one email per user listing the items; nothing twice, nothing when empty', async () => {
    deps.clock.set('2026-11-23T11:00:00.000Z'); // 06:00 in Quebec
    runDueJobs(deps);
    const e1 = as(deps, w.users.employer1.id);
    await e1.notifications.setPreference({ kind: 'proposal_received', delivery: 'digest' });
    const a = await aProposal();
    const b = await aProposal();
    expect(mailsTo(w.users.employer1.email)).toHaveLength(0);
    deps.clock.set('2026-11-23T11:50:00.000Z'); // 06:50: yesterday's digest already ran
    runDueJobs(deps);
    expect(mailsTo(w.users.employer1.email)).toHaveLength(0);

    deps.clock.set('2026-11-23T12:01:00.000Z'); // 07:01
    expect(runDueJobs(deps)).toContain('daily-digest:2026-11-23');
    const digests = mailsTo(w.users.employer1.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.subject).toContain('résumé');
    for (const p of [a, b])
      expect(digests[0]?.textBody).toContain(
        `http://localhost:3000/postings/${p.posting.id}?proposal=${p.proposal.id}`,
      );
    // Employer 1b kept "email": two emails at once, no digest.
    expect(mailsTo(extra.employer1b.email)).toHaveLength(2);

    runDueJobs(deps);
    createJobRunner(deps).tick(); // a restarted server
    expect(mailsTo(w.users.employer1.email)).toHaveLength(1);
    deps.clock.set('2026-11-24T12:30:00.000Z');
    expect(runDueJobs(deps)).toContain('daily-digest:2026-11-24');
    expect(mailsTo(w.users.employer1.email)).toHaveLength(1);
  });
});

describe('the job runner', () => {
  it('records each period once: ticking twice or restarting runs nothing twice; a missed hour is caught up', () => {
    deps.clock.set('2026-11-23T11:55:00.000Z'); // 06:55 in Quebec
    const first = createJobRunner(deps);
    expect(first.tick()).toEqual([
      'housekeeping:2026-11-23T11:45',
      'accompaniment-due:2026-11-23',
      'daily-digest:2026-11-22',
    ]);
    expect(first.tick()).toEqual([]);
    // The server was down from 06:55 to 09:32: the restarted one sends today's digest.
    deps.clock.set('2026-11-23T14:32:00.000Z');
    const restarted = createJobRunner(deps);
    expect(restarted.tick()).toEqual(['housekeeping:2026-11-23T14:30', 'daily-digest:2026-11-23']);
    expect(restarted.tick()).toEqual([]);
    expect(first.tick()).toEqual([]);
    expect(deps.db.select().from(jobRuns).where(eq(jobRuns.job, 'daily-digest')).all()).toEqual([
      expect.objectContaining({ period: '2026-11-22', finishedAt: expect.any(String) }),
      expect.objectContaining({ period: '2026-11-23', finishedAt: expect.any(String) }),
    ]);
  });

  it('daily periods follow Quebec time, winter and summer', () => {
    expect(dailyPeriod(new Date('2026-11-23T11:59:00Z'), 7)).toBe('2026-11-22');
    expect(dailyPeriod(new Date('2026-11-23T12:00:00Z'), 7)).toBe('2026-11-23');
    expect(dailyPeriod(new Date('2026-07-01T10:59:00Z'), 7)).toBe('2026-06-30');
    expect(dailyPeriod(new Date('2026-07-01T11:00:00Z'), 7)).toBe('2026-07-01');
    expect(dailyPeriod(new Date('2026-11-24T04:30:00Z'), 7)).toBe('2026-11-23');
  });

  it('a failing job is logged, not recorded, and tried again on the next tick', () => {
    let calls = 0;
    const job = {
      name: 'flaky',
      period: () => 'p1',
      inTransaction: () => {
        calls++;
        if (calls === 1) throw new Error('boom');
      },
    };
    expect(runDueJobs(deps, [job])).toEqual([]);
    expect(deps.logs.some((l) => l.includes('flaky p1 failed'))).toBe(true);
    expect(runDueJobs(deps, [job])).toEqual(['flaky:p1']);
    expect(runDueJobs(deps, [job])).toEqual([]);
    expect(calls).toBe(2);
  });

  it('follow-up due and retention check due reach the counsellor in charge, once each', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    const { pairingId } = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
    const due = (kind: string) =>
      deps.db
        .select()
        .from(notifications)
        .where(eq(notifications.kind, kind))
        .all()
        .map((n) => ({ userId: n.userId, dueOn: n.params.dueOn, link: n.link }));
    deps.clock.set('2026-12-13T15:00:00.000Z');
    runDueJobs(deps);
    expect(due('follow_up_due')).toEqual([]);
    // The first follow-up is due a week after the start.
    deps.clock.set('2026-12-14T15:00:00.000Z');
    runDueJobs(deps);
    runDueJobs(deps);
    createJobRunner(deps).tick();
    deps.clock.set('2026-12-15T15:00:00.000Z');
    runDueJobs(deps);
    const firstDue = {
      userId: w.users.counsellor1.id,
      dueOn: '2026-12-14',
      link: `/accompaniment/${pairingId}`,
    };
    expect(due('follow_up_due')).toEqual([firstDue]);
    await w.c1.pairings.logFollowUp({
      pairingId,
      on: '2026-12-15',
      withWhom: 'both',
      kind: 'call',
      nextOn: '2026-12-29',
    });
    deps.clock.set('2026-12-29T15:00:00.000Z');
    runDueJobs(deps);
    expect(due('follow_up_due')).toEqual([firstDue, { ...firstDue, dueOn: '2026-12-29' }]);

    deps.clock.set('2027-02-28T15:00:00.000Z');
    await w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' });
    deps.clock.set('2027-05-23T15:00:00.000Z'); // 12 weeks after the end: 2027-05-23
    runDueJobs(deps);
    deps.clock.set('2027-05-24T15:00:00.000Z');
    runDueJobs(deps);
    createJobRunner(deps).tick();
    expect(due('retention_check_due')).toEqual([
      { userId: w.users.counsellor1.id, dueOn: '2027-05-23', link: `/accompaniment/${pairingId}` },
    ]);
    // Nobody else was reminded.
    expect(
      new Set(
        deps.db
          .select()
          .from(notifications)
          .all()
          .filter((n) => n.kind.endsWith('_due'))
          .map((n) => n.userId),
      ),
    ).toEqual(new Set([w.users.counsellor1.id]));
  });

  it('a follow-up overdue by more than two weeks is on the agenda, not news', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
    deps.clock.set('2027-01-10T15:00:00.000Z'); // first follow-up was due on 2026-12-14
    runDueJobs(deps);
    expect(received().counsellor1 ?? []).not.toContain('follow_up_due');
    expect((await w.c1.pairings.agenda()).followUpsDue).toHaveLength(1);
  });

  it('when the counsellor in charge has left, the organisation’s managers are reminded', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
    deps.db
      .update(users)
      .set({ status: 'disabled' })
      .where(eq(users.id, w.users.counsellor1.id))
      .run();
    deps.clock.set('2026-12-14T15:00:00.000Z');
    runDueJobs(deps);
    expect(received().admin1).toContain('follow_up_due');
    expect(received().counsellor1 ?? []).not.toContain('follow_up_due');
  });
});

describe('each user’s own inbox', () => {
  it('lists newest first by pages, counts and marks unread; another user’s notification is not found', async () => {
    for (let i = 0; i < 3; i++) await aProposal();
    const e1 = as(deps, w.users.employer1.id);
    expect(await e1.notifications.unreadCount()).toEqual({ count: 3 });
    const page1 = await e1.notifications.list({ limit: 2 });
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).not.toBeNull();
    const page2 = await e1.notifications.list({ limit: 2, cursor: page1.nextCursor ?? 0 });
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    const ids = [...page1.items, ...page2.items].map((n) => n.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const [newest] = page1.items;
    const r = await e1.notifications.markRead({ notificationId: newest?.id ?? 0 });
    expect(r.link).toMatch(/^\/postings\/\d+\?proposal=\d+$/);
    expect(await e1.notifications.unreadCount()).toEqual({ count: 2 });
    expect((await e1.notifications.list({ unreadOnly: true })).items.map((n) => n.id)).toEqual(
      ids.slice(1),
    );

    // Employer 2 and employer 1b can neither read nor mark employer 1's notification.
    await expectAppError(
      w.e2.notifications.markRead({ notificationId: ids[1] ?? 0 }),
      'notification.notFound',
    );
    const other = as(deps, extra.employer1b.id);
    await expectAppError(
      other.notifications.markRead({ notificationId: ids[1] ?? 0 }),
      'notification.notFound',
    );
    expect((await w.e2.notifications.list({})).items).toEqual([]);
    expect(await other.notifications.markAllRead()).toEqual({ marked: 3 });
    expect(await e1.notifications.unreadCount()).toEqual({ count: 2 });
    expect(await e1.notifications.markAllRead()).toEqual({ marked: 2 });
    expect(await e1.notifications.unreadCount()).toEqual({ count: 0 });
    await expectValidationError(
      e1.notifications.markRead({ notificationId: -1 }),
      'notificationId',
    );
  });

  it('preferences: only the kinds of one’s role, with defaults; a kind of another role is refused', async () => {
    const e1 = as(deps, w.users.employer1.id);
    const prefs = await e1.notifications.preferences();
    expect(prefs.map((p) => p.kind)).toEqual([
      'proposal_received',
      'proposal_unanswered',
      'agreement_to_sign',
      'claim_reviewed',
      'payment_made',
    ]);
    expect(prefs.find((p) => p.kind === 'payment_made')).toEqual({
      kind: 'payment_made',
      delivery: 'digest',
      defaultDelivery: 'digest',
    });
    await e1.notifications.setPreference({ kind: 'payment_made', delivery: 'email' });
    await e1.notifications.setPreference({ kind: 'payment_made', delivery: 'in_app' });
    expect((await e1.notifications.preferences()).find((p) => p.kind === 'payment_made')).toEqual({
      kind: 'payment_made',
      delivery: 'in_app',
      defaultDelivery: 'digest',
    });
    const refused = await expectAppError(
      e1.notifications.setPreference({ kind: 'claim_submitted', delivery: 'email' }),
      'notification.kindNotForRole',
    );
    expect(refused.field).toBe('kind');
    await expectValidationError(
      e1.notifications.setPreference({ kind: 'payment_made', delivery: 'sms' as 'email' }),
      'delivery',
    );
    expect((await w.coord.notifications.preferences()).map((p) => p.kind)).toEqual([
      'hire_confirmed',
      'claim_submitted',
    ]);
  });
});

// Real argon2 for every demo account: 17 s alone, over a minute on a busy machine.
describe('demo data', { timeout: 180_000 }, () => {
  it('seeds through the real use cases without queuing a single email; the demo accounts have a few unread', async () => {
    const demo = testDeps({ SEED_DEMO: '1' });
    await seedDemoData(demo);
    expect(demo.db.select().from(outbox).all()).toHaveLength(0);
    const unread = (email: string) => {
      const u = demo.db.select().from(users).where(eq(users.email, email)).get();
      return as(demo, u?.id ?? 0).notifications.unreadCount();
    };
    for (const email of ['employeur1@passerelle.test', 'conseil.org1@passerelle.test']) {
      const { count } = await unread(email);
      expect(count, email).toBeGreaterThanOrEqual(3);
      expect(count, email).toBeLessThan(20);
    }
    // Nothing of the demo's history waits for a digest: the first digest run carries only the
    // reminders that run itself found due (the demo has follow-ups due today).
    const seededUntil = demo.clock.now().toISOString();
    demo.clock.set('2026-11-24T12:30:00.000Z');
    runDueJobs(demo);
    const digested = demo.db
      .select()
      .from(notifications)
      .where(gt(notifications.emailedAt, seededUntil))
      .all();
    for (const mail of demo.db.select().from(outbox).all()) expect(mail.subject).toMatch(/résumé/);
    for (const n of digested) {
      expect(['follow_up_due', 'retention_check_due']).toContain(n.kind);
      expect(n.createdAt > seededUntil).toBe(true);
    }
  }, 180_000);
});
