// Transfers of a file between member organisations: declined, accepted with and without the
// person's consent to move notes and client groups; the active pairing's follow-up moves while
// the pairing, its money and the past reports stay with the organisation that did the work.
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  auditEvents,
  fileAccessLog,
  jobSeekers,
  pairings,
  proposals,
  transferRequests,
} from '../../server/db/schema';
import { anonymise } from '../../server/features/jobSeekers/retention';
import { aUser, jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let org1: number;
let org2: number;
let phaseId: number;

const hire = { startDate: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35, plannedWeeks: 12 };

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  org1 = w.users.counsellor1.organisationId ?? 0;
  org2 = w.users.counsellor2.organisationId ?? 0;
  phaseId = (
    await w.coord.phases.create(
      phaseFields({
        organisations: [org1, org2].map((organisationId) => ({ organisationId, pairingTarget: 5 })),
      }),
    )
  ).id;
  await w.coord.phases.transition({ phaseId, action: 'open' });
});

async function hiredPerson(consents: Record<string, unknown> = {}) {
  const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
  const seeker = await w.c1.jobSeekers.create(
    jobSeekerFields({
      consents: {
        participation: true,
        proposal: true,
        contactSharing: true,
        givenOn: '2026-11-01',
        ...consents,
      },
    }),
  );
  const proposal = await w.c1.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });
  const { pairingId } = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
  return { seekerId: seeker.id, pairingId };
}

function seeker(id: number) {
  const row = deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, id)).get();
  if (!row) throw new Error('no seeker');
  return row;
}

describe('transfers of a file', () => {
  it('declined: nothing moves; the request, its reading and the decision are audited and logged', async () => {
    const { seekerId } = await hiredPerson();
    const { id } = await w.c1.transfers.request({
      jobSeekerId: seekerId,
      toOrganisationId: org2,
      reason: 'moved',
      message: 'Déménage en Estrie en janvier.',
    });
    // The receiving organisation sees the request; reading it is logged.
    const incoming = await w.c2.transfers.list({ direction: 'incoming' });
    expect(incoming.map((t) => t.id)).toEqual([id]);
    const detail = await w.c2.transfers.get({ transferId: id });
    expect(detail).toMatchObject({
      incoming: true,
      message: 'Déménage en Estrie en janvier.',
      hasActivePairing: true,
      notesWillMove: false,
    });
    // …but not the file itself.
    await expectAppError(w.c2.jobSeekers.get({ jobSeekerId: seekerId }), 'jobSeeker.notFound');
    await w.c2.transfers.decline({ transferId: id, comment: 'Pas de place ce mois-ci.' });
    expect(seeker(seekerId).organisationId).toBe(org1);
    expect(seeker(seekerId).privateNotes).toBe('NOTE-PRIVEE-SECRETE');
    await expectAppError(w.c2.transfers.accept({ transferId: id }), 'transfer.notPending');
    const logged = deps.db
      .select({ action: fileAccessLog.action })
      .from(fileAccessLog)
      .where(eq(fileAccessLog.jobSeekerId, seekerId))
      .all()
      .map((r) => r.action);
    expect(logged).toEqual(
      expect.arrayContaining(['transfer_requested', 'transfer_viewed', 'transfer_declined']),
    );
    const audited = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, seekerId))
      .all()
      .map((e) => e.action);
    expect(audited).toEqual(expect.arrayContaining(['transfer.requested', 'transfer.declined']));
    // A new request can be made once the first is decided.
    await w.c1.transfers.request({
      jobSeekerId: seekerId,
      toOrganisationId: org2,
      reason: 'moved',
    });
  });

  it('accepted without the notes consent: the file moves, notes and client groups do not; the follow-up moves, the pairing and reports stay', async () => {
    const { seekerId, pairingId } = await hiredPerson();
    await w.c1.pairings.logFollowUp({
      pairingId,
      on: '2026-11-23',
      withWhom: 'both',
      kind: 'call',
      notes: 'Premier appel',
    });
    const reportBefore = await w.coord.reports.phase({ phaseId });
    const { id } = await w.c1.transfers.request({
      jobSeekerId: seekerId,
      toOrganisationId: org2,
      reason: 'moved',
    });
    const result = await w.c2.transfers.accept({ transferId: id });
    expect(result).toEqual({ jobSeekerId: seekerId, notesMoved: false });

    const moved = seeker(seekerId);
    expect(moved.organisationId).toBe(org2);
    expect(moved.privateNotes).toBe('');
    expect(moved.clientGroups).toEqual([]);
    // The new organisation reads the file with its consents; the former one no longer does.
    const file = await w.c2.jobSeekers.get({ jobSeekerId: seekerId });
    expect(file.consents.map((c) => c.purpose).sort()).toEqual([
      'contact_sharing',
      'participation',
      'proposal',
    ]);
    await expectAppError(w.c1.jobSeekers.get({ jobSeekerId: seekerId }), 'jobSeeker.notFound');

    // The pairing stays attributed to organisation 1 (money, reports), organisation 2 follows up.
    const pairing = deps.db.select().from(pairings).where(eq(pairings.id, pairingId)).get();
    expect(pairing).toMatchObject({ organisationId: org1, accompanyingOrganisationId: org2 });
    deps.clock.setToday('2026-11-24'); // a follow-up is dated up to today
    await w.c2.pairings.logFollowUp({
      pairingId,
      on: '2026-11-24',
      withWhom: 'person',
      kind: 'visit',
      nextOn: '2026-11-26',
    });
    await expectAppError(
      w.c1.pairings.logFollowUp({ pairingId, on: '2026-11-24', withWhom: 'person', kind: 'visit' }),
      'auth.forbidden',
    );
    expect((await w.c2.pairings.agenda()).followUpsDue.map((p) => p.id)).toEqual([pairingId]);
    expect((await w.c1.pairings.agenda()).followUpsDue.map((p) => p.id)).toEqual([]);
    // Past and current reports are unchanged, client groups included.
    const reportAfter = await w.coord.reports.phase({ phaseId });
    expect(reportAfter).toEqual({ ...reportBefore, generatedOn: '2026-11-24' });
    expect((await w.admin1.reports.phase({ phaseId })).totals.pairings).toBe(1);
    // Reports count the client groups the pairing recorded at hire, not the file's current ones.
    expect(pairing?.clientGroups).toEqual(['immigrants', 'women']);

    const audited = deps.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, seekerId), eq(auditEvents.action, 'transfer.accepted')))
      .get();
    expect(audited?.details).toMatchObject({ notesMoved: false, pairingsAccompanied: [pairingId] });
    const logged = deps.db
      .select()
      .from(fileAccessLog)
      .where(eq(fileAccessLog.action, 'transfer_accepted'))
      .all();
    expect(logged.map((l) => l.jobSeekerId)).toEqual([seekerId]);
  });

  it('accepted with the notes consent: private notes and client groups move; waiting proposals are withdrawn', async () => {
    const seekerRow = await w.c1.jobSeekers.create(
      jobSeekerFields({
        consents: {
          participation: true,
          proposal: true,
          contactSharing: false,
          transferNotes: true,
          givenOn: '2026-11-01',
        },
      }),
    );
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const proposal = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: seekerRow.id,
      message: '',
    });
    const { id } = await w.c1.transfers.request({
      jobSeekerId: seekerRow.id,
      toOrganisationId: org2,
      reason: 'person_request',
    });
    expect((await w.c2.transfers.get({ transferId: id })).notesWillMove).toBe(true);
    expect(await w.c2.transfers.accept({ transferId: id })).toMatchObject({ notesMoved: true });
    const moved = seeker(seekerRow.id);
    expect(moved.privateNotes).toBe('NOTE-PRIVEE-SECRETE');
    expect(moved.clientGroups).toEqual(['immigrants', 'women']);
    expect(
      deps.db.select().from(proposals).where(eq(proposals.id, proposal.id)).get()?.status,
    ).toBe('withdrawn');
  });

  it('refuses the wrong organisation, a second pending request, a transfer to oneself and bad input', async () => {
    const { seekerId } = await hiredPerson();
    await expectAppError(
      w.c2.transfers.request({ jobSeekerId: seekerId, toOrganisationId: org1, reason: 'moved' }),
      'jobSeeker.notFound',
    );
    await expectAppError(
      w.c1.transfers.request({ jobSeekerId: seekerId, toOrganisationId: org1, reason: 'moved' }),
      'transfer.sameOrganisation',
    );
    await expectAppError(
      w.c1.transfers.request({ jobSeekerId: seekerId, toOrganisationId: 99_999, reason: 'moved' }),
      'organisation.notFound',
    );
    await expectValidationError(
      // @ts-expect-error an unknown reason
      w.c1.transfers.request({ jobSeekerId: seekerId, toOrganisationId: org2, reason: 'whim' }),
      'reason',
    );
    await expectValidationError(
      w.c1.transfers.request({
        jobSeekerId: seekerId,
        toOrganisationId: org2,
        reason: 'other',
        message: 'x'.repeat(2001),
      }),
      'message',
    );
    const { id } = await w.c1.transfers.request({
      jobSeekerId: seekerId,
      toOrganisationId: org2,
      reason: 'moved',
    });
    await expectAppError(
      w.c1.transfers.request({ jobSeekerId: seekerId, toOrganisationId: org2, reason: 'moved' }),
      'transfer.alreadyPending',
    );
    // Only the receiving organisation decides; a third organisation does not even see it.
    await expectAppError(w.c1.transfers.accept({ transferId: id }), 'transfer.notFound');
    const third = await aUser(deps.db, 'counsellor');
    await expectAppError(as(deps, third.id).transfers.get({ transferId: id }), 'transfer.notFound');
    await expectAppError(
      as(deps, third.id).transfers.accept({ transferId: id }),
      'transfer.notFound',
    );
    await expectAppError(w.e1.transfers.list({}), 'auth.forbidden');
    expect(seeker(seekerId).organisationId).toBe(org1);
    // The requester may cancel while it waits.
    await w.c1.transfers.cancel({ transferId: id });
    await expectAppError(w.c2.transfers.accept({ transferId: id }), 'transfer.notPending');
  });

  it('anonymising the file erases the requests’ free text', async () => {
    const { seekerId } = await hiredPerson();
    await w.c1.transfers.request({
      jobSeekerId: seekerId,
      toOrganisationId: org2,
      reason: 'other',
      message: 'MARQUEUR-PERSONNE',
    });
    deps.db.transaction((tx) => anonymise(tx, seekerId, deps.clock.now()));
    expect(JSON.stringify(deps.db.select().from(transferRequests).all())).not.toContain('MARQUEUR');
  });
});
