import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { outbox, proposalEvents, proposals } from '../../server/db/schema';
import { runHousekeeping } from '../../server/jobs/housekeeping';
import { jobSeekerFields, notProposableConsents, postingFields } from '../helpers/builders';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

function employerSide<T extends { side: string }>(list: T): Extract<T, { side: 'employer' }> {
  if (list.side !== 'employer') throw new Error('employer view expected');
  return list as Extract<T, { side: 'employer' }>;
}

async function setup() {
  const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
  const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
  const proposal = await w.c1.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: 'Très motivée',
  });
  return { posting, seeker, proposal };
}

describe('matching', () => {
  it('ranks my organisation’s eligible seekers with explained reasons, best first', async () => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const exact = await w.c1.jobSeekers.create(jobSeekerFields({ targetNocCodes: ['75101'] }));
    const broad = await w.c1.jobSeekers.create(
      jobSeekerFields({ targetNocCodes: ['72999'], regionCode: '16', skills: [] }),
    );
    await w.c1.jobSeekers.create(jobSeekerFields(notProposableConsents));
    await w.c2.jobSeekers.create(jobSeekerFields());
    const r = await w.c1.matching.forPosting({ postingId: posting.id });
    expect(r.results.map((x) => x.jobSeekerId)).toEqual([exact.id, broad.id]);
    const top = r.results[0];
    expect(top?.reasons.map((x) => x.kind)).toEqual(
      expect.arrayContaining(['occupation', 'region', 'skills']),
    );
    expect(top?.reasons.find((x) => x.kind === 'occupation')).toMatchObject({ level: 'unit' });
    expect((top?.score ?? 0) > (r.results[1]?.score ?? 0)).toBe(true);
    expect(JSON.stringify(r)).not.toContain('NOTE-PRIVEE');
  });

  it('excludes people already proposed for the posting and people already hired', async () => {
    const { posting, seeker } = await setup();
    expect((await w.c1.matching.forPosting({ postingId: posting.id })).results).toEqual([]);
    const forSeeker = await w.c1.matching.forJobSeeker({ jobSeekerId: seeker.id });
    expect(forSeeker.results.map((r) => r.postingId)).not.toContain(posting.id);
  });

  it('matching a posting that is not open is refused; other organisations cannot match my seekers', async () => {
    const { id } = await w.e1.postings.create({ ...postingFields(), publish: false });
    await expectAppError(w.c1.matching.forPosting({ postingId: id }), 'posting.notFound');
    const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
    await expectAppError(
      w.c2.matching.forJobSeeker({ jobSeekerId: seeker.id }),
      'jobSeeker.notFound',
    );
  });
});

describe('proposals', () => {
  it('the employer sees a candidate card without sensitive data; contact only after interview and with consent', async () => {
    const { proposal } = await setup();
    const list = employerSide(await w.e1.proposals.list({}));
    const json = JSON.stringify(list);
    for (const secret of [
      'NOTE-PRIVEE-SECRETE',
      'immigrants',
      'clientGroups',
      'privateNotes',
      'birthDate',
      '1994-03-12',
      'Diallo',
    ]) {
      expect(json, secret).not.toContain(secret);
    }
    const card = list.items[0];
    expect(card?.candidate).toMatchObject({
      firstName: 'Amina',
      lastInitial: 'D.',
      presentation: 'Fiable et ponctuelle.',
      contact: null,
    });
    expect(card?.message).toBe('Très motivée');
    await w.e1.proposals.inviteToInterview({ proposalId: proposal.id });
    const opened = await w.e1.proposals.open({ proposalId: proposal.id });
    if (opened.side !== 'employer') throw new Error('employer view expected');
    expect(opened.proposal.candidate.contact).toMatchObject({ phone: '514 555-0101' });
    expect(JSON.stringify(opened)).not.toContain('NOTE-PRIVEE');
    expect(opened.history.map((h) => h.toStatus)).toEqual(['proposed', 'interview']);
  });

  it('without consent to share contact details, they stay hidden even in interview', async () => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const seeker = await w.c1.jobSeekers.create(
      jobSeekerFields({
        consents: {
          participation: true,
          proposal: true,
          contactSharing: false,
          givenOn: '2026-11-01',
        },
      }),
    );
    const p = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: '',
    });
    await w.e1.proposals.inviteToInterview({ proposalId: p.id });
    const list = employerSide(await w.e1.proposals.list({}));
    expect(list.items[0]?.candidate.contact).toBeNull();
    expect(JSON.stringify(list)).not.toContain('514 555-0101');
  });

  it('employer 2 cannot see or answer employer 1’s proposals; organisation 2 cannot withdraw organisation 1’s', async () => {
    const { proposal } = await setup();
    expect((await w.e2.proposals.list({})).items).toEqual([]);
    await expectAppError(w.e2.proposals.open({ proposalId: proposal.id }), 'proposal.notFound');
    await expectAppError(
      w.e2.proposals.inviteToInterview({ proposalId: proposal.id }),
      'proposal.notFound',
    );
    await expectAppError(
      w.e2.proposals.decline({ proposalId: proposal.id, reason: 'other', comment: '' }),
      'proposal.notFound',
    );
    expect((await w.c2.proposals.list({})).items).toEqual([]);
    await expectAppError(w.c2.proposals.withdraw({ proposalId: proposal.id }), 'proposal.notFound');
    await expectAppError(w.c2.proposals.open({ proposalId: proposal.id }), 'proposal.notFound');
    expect(deps.db.select().from(proposals).get()?.status).toBe('proposed');
  });

  it('a person withdrawn and proposed again is one live card and one new notification for the business', async () => {
    const { posting, seeker, proposal } = await setup();
    const before = (await w.e1.notifications.unreadCount()).count;
    await w.c1.proposals.withdraw({ proposalId: proposal.id });
    // The withdrawn proposal's notification is no longer news.
    expect((await w.e1.notifications.unreadCount()).count).toBe(before - 1);
    const cards = async () =>
      employerSide(
        await w.e1.proposals.list({
          postingId: posting.id,
          sort: { by: 'created', dir: 'desc' },
          limit: 50,
        }),
      ).items.map((c) => [c.id, c.status]);
    // Alone, a withdrawn proposal stays in the posting's history.
    expect(await cards()).toEqual([[proposal.id, 'withdrawn']]);
    const again = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: 'De nouveau disponible',
    });
    expect(await cards()).toEqual([[again.id, 'proposed']]);
    expect((await w.e1.notifications.unreadCount()).count).toBe(before);
    // The organisation still sees both (its own history).
    const ours = await w.c1.proposals.list({
      postingId: posting.id,
      sort: { by: 'created', dir: 'desc' },
      limit: 50,
    });
    expect(ours.items.map((p) => p.id)).toEqual([again.id, proposal.id]);
  });

  it('organisation 2 cannot propose organisation 1’s seeker', async () => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
    await expectAppError(
      w.c2.proposals.create({ postingId: posting.id, jobSeekerId: seeker.id, message: '' }),
      'jobSeeker.notFound',
    );
    expect(deps.db.select().from(proposals).all()).toHaveLength(0);
  });

  it('refuses a second active proposal for the same person and posting, and proposals on non-open postings', async () => {
    const { posting, seeker } = await setup();
    await expectAppError(
      w.c1.proposals.create({ postingId: posting.id, jobSeekerId: seeker.id, message: '' }),
      'proposal.alreadyActive',
      'CONFLICT',
    );
    const draft = await w.e1.postings.create({ ...postingFields(), publish: false });
    await expectAppError(
      w.c1.proposals.create({ postingId: draft.id, jobSeekerId: seeker.id, message: '' }),
      'posting.notFound',
    );
  });

  it('the home keeps 30 days of answers, and « Tout marquer comme vu » clears them all at once', async () => {
    const first = await setup();
    const second = await setup();
    const third = await setup();
    await w.e1.proposals.decline({ proposalId: first.proposal.id, reason: 'position_filled' });
    // 31 days later the old answer has left the home (it stays in the proposals list).
    deps.clock.advanceMinutes(31 * 24 * 60);
    expect((await w.c1.home.organisation()).answers).toEqual([]);
    await w.e1.proposals.inviteToInterview({ proposalId: second.proposal.id });
    expect((await w.c1.home.organisation()).answers.map((a) => a.id)).toEqual([second.proposal.id]);
    // Another organisation's answers are not touched.
    expect(await w.c2.proposals.markAnswersSeen()).toEqual({ count: 0 });
    expect(await w.c1.proposals.markAnswersSeen()).toEqual({ count: 2 });
    expect((await w.c1.home.organisation()).answers).toEqual([]);
    const rows = deps.db.select().from(proposals).all();
    expect(
      rows.filter((r) => r.status !== 'proposed').every((r) => r.seenByOrganisationAt !== null),
    ).toBe(true);
    // A new answer after that shows again.
    await w.e1.proposals.inviteToInterview({ proposalId: third.proposal.id });
    expect((await w.c1.home.organisation()).answers.map((a) => a.id)).toEqual([third.proposal.id]);
  });

  it('declines with a coded reason the counsellor sees; illegal transitions are refused', async () => {
    const { proposal } = await setup();
    await w.e1.proposals.decline({
      proposalId: proposal.id,
      reason: 'position_filled',
      comment: 'Merci!',
    });
    const home = await w.c1.home.organisation();
    expect(home.answers.map((a) => [a.id, a.status, a.declineReason])).toEqual([
      [proposal.id, 'declined', 'position_filled'],
    ]);
    const mine = await w.c1.proposals.list({});
    expect(mine.items[0]).toMatchObject({ status: 'declined', declineComment: 'Merci!' });
    await w.c1.proposals.open({ proposalId: proposal.id });
    expect((await w.c1.home.organisation()).answers).toEqual([]);
    await expectAppError(
      w.e1.proposals.inviteToInterview({ proposalId: proposal.id }),
      'proposal.illegalTransition',
      'CONFLICT',
    );
    await expectAppError(
      w.c1.proposals.withdraw({ proposalId: proposal.id }),
      'proposal.illegalTransition',
    );
    const events = deps.db
      .select()
      .from(proposalEvents)
      .where(eq(proposalEvents.proposalId, proposal.id))
      .all();
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.reason])).toEqual([
      [null, 'proposed', null],
      ['proposed', 'declined', 'position_filled'],
    ]);
    expect(events[1]?.actorUserId).toBe(w.users.employer1.id);
  });

  it('closing a posting expires its waiting proposals', async () => {
    const { posting, proposal } = await setup();
    await w.e1.postings.transition({ postingId: posting.id, action: 'close' });
    expect(
      deps.db.select().from(proposals).where(eq(proposals.id, proposal.id)).get()?.status,
    ).toBe('expired');
    const event = deps.db
      .select()
      .from(proposalEvents)
      .where(eq(proposalEvents.toStatus, 'expired'))
      .get();
    expect(event).toMatchObject({ actorUserId: null, reason: 'posting_closed' });
  });

  it('reminds the employer once after 7 days and expires after 30, idempotently', async () => {
    const { proposal } = await setup();
    // The proposal itself was emailed at once (the employer's default); reminders come after.
    const reminders = () =>
      deps.db
        .select()
        .from(outbox)
        .all()
        .filter((m) => m.subject.includes('attend votre réponse'));
    runHousekeeping(deps);
    expect(reminders()).toHaveLength(0);
    deps.clock.advanceMinutes(7 * 24 * 60 + 1);
    runHousekeeping(deps);
    runHousekeeping(deps);
    const mails = reminders();
    expect(mails).toHaveLength(1);
    expect(mails[0]?.toAddress).toBe(w.users.employer1.email);
    expect(mails[0]?.textBody).toContain('/postings/');
    deps.clock.advanceMinutes(23 * 24 * 60);
    runHousekeeping(deps);
    runHousekeeping(deps);
    expect(
      deps.db.select().from(proposals).where(eq(proposals.id, proposal.id)).get()?.status,
    ).toBe('expired');
    expect(
      deps.db.select().from(proposalEvents).where(eq(proposalEvents.toStatus, 'expired')).all(),
    ).toHaveLength(1);
    expect(reminders()).toHaveLength(1);
  });

  it('the employer home counts new proposals per posting', async () => {
    const { posting, proposal } = await setup();
    let home = await w.e1.home.employer();
    expect(home.postings.find((p) => p.id === posting.id)).toMatchObject({
      newProposals: 1,
      toReview: 1,
    });
    await w.e1.proposals.open({ proposalId: proposal.id });
    home = await w.e1.home.employer();
    expect(home.postings.find((p) => p.id === posting.id)).toMatchObject({
      newProposals: 0,
      toReview: 1,
    });
    expect(home.toReview).toBe(1);
  });
});
